import { z } from 'zod';
import type { Settings } from '../settings/schema';
import type { OutcomeRecord } from './status';
import { isWorkingAt } from './working-hours';

/** Version of the persisted sitting-timer state. A state of another version starts fresh. */
export const TIMER_STATE_VERSION = 1;

const Instant = z.number().int().nonnegative();

export const AwayReasonSchema = z.enum(['idle', 'lock', 'sleep']);
export type AwayReason = z.infer<typeof AwayReasonSchema>;

export const TimerStateSchema = z.object({
  version: z.literal(TIMER_STATE_VERSION),
  /** The instant up to which `sittingMs` and every rule below have been applied. */
  asOf: Instant,
  /** Sitting counted inside working hours since the timer last restarted. */
  sittingMs: z.number().nonnegative(),
  /** After a snooze: the sitting total at which the reminder comes back (else the setting). */
  snoozeDueMs: z.number().nonnegative().nullable(),
  /** When working hours were last seen to end (null while inside them). */
  outsideSince: Instant.nullable(),
  /** Idle, locked or asleep since `since`; `breakTaken` once it lasted the break length. */
  away: z
    .object({
      since: Instant,
      reasons: z.array(AwayReasonSchema).min(1),
      breakTaken: z.boolean(),
    })
    .nullable(),
  pausedUntil: Instant.nullable(),
  skipNext: z.boolean(),
  /** The outstanding reminder: when it went out and when its single repeat did. */
  reminder: z.object({ firstAt: Instant, repeatAt: Instant.nullable() }).nullable(),
  routineStartedAt: Instant.nullable(),
  lastNaturalBreakAt: Instant.nullable(),
  /** Routines completed on the local day `day` ("YYYY-MM-DD"). */
  completed: z.object({ day: z.string(), count: z.number().int().nonnegative() }),
  /** The last idle reading: the system had seen no input for `seconds` at `checkedAt`. */
  idle: z.object({ checkedAt: Instant, seconds: z.number().nonnegative() }).nullable(),
});
export type TimerState = z.infer<typeof TimerStateSchema>;

/** What the schedule core needs from the settings. */
export type TimerSettings = Pick<Settings, 'workingHours' | 'reminders'>;

export type WithdrawReason = 'answered' | 'hours-ended' | 'away' | 'paused' | 'ignored' | 'reset';
export type TimelineNote = 'hours-start' | 'hours-end' | 'pause-start' | 'pause-end' | 'gap-reset';

export type TimerEffect =
  | { type: 'remind'; at: number; kind: 'first' | 'repeat'; sittingMs: number }
  | { type: 'withdraw-reminder'; at: number; reason: WithdrawReason }
  | { type: 'record'; at: number; record: OutcomeRecord }
  | { type: 'note'; at: number; note: TimelineNote };

export function freshTimerState(settings: TimerSettings, now: number): TimerState {
  return {
    version: TIMER_STATE_VERSION,
    asOf: now,
    sittingMs: 0,
    snoozeDueMs: null,
    outsideSince: isWorkingAt(settings.workingHours, now) ? null : now,
    away: null,
    pausedUntil: null,
    skipNext: false,
    reminder: null,
    routineStartedAt: null,
    lastNaturalBreakAt: null,
    completed: { day: '', count: 0 },
    idle: null,
  };
}

/** Validates a stored state; anything invalid (or from another version) starts fresh. */
export function restoreTimerState(
  settings: TimerSettings,
  stored: unknown,
  now: number,
): { state: TimerState; restored: boolean } {
  const parsed = TimerStateSchema.safeParse(stored);
  if (parsed.success) return { state: parsed.data, restored: true };
  return { state: freshTimerState(settings, now), restored: false };
}

export function cloneTimerState(s: TimerState): TimerState {
  return {
    ...s,
    away: s.away ? { ...s.away, reasons: [...s.away.reasons] } : null,
    reminder: s.reminder ? { ...s.reminder } : null,
    completed: { ...s.completed },
    idle: s.idle ? { ...s.idle } : null,
  };
}
