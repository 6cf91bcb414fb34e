import { z } from 'zod';
import type { Settings } from '../settings/schema';
import { emptyFullRoutineLog } from './break-choice';
import { BreakKindSchema } from '../routine/result';
import { BusyReasonSchema, BusySpellSchema, type BusyReason } from './busy';
import type { BreakKind } from '../routine/types';
import type { OutcomeRecord } from '../history/records';
import { isWorkingAt } from './working-hours';

/**
 * Version of the persisted sitting-timer state. Bump it and add a step to
 * `migrateTimerState` (timer-state-migrations.ts) together; a state that no step can read
 * starts fresh.
 */
export const TIMER_STATE_VERSION = 2;

export const Instant = z.number().int().nonnegative();

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
  /**
   * The outstanding reminder: when it went out, when its single repeat did, and the kind of
   * break it suggests.
   */
  reminder: z
    .object({ firstAt: Instant, repeatAt: Instant.nullable(), suggests: BreakKindSchema })
    .nullable(),
  /**
   * A reminder (or its repeat) that fell due at `since` and waits for a pause in input before
   * it is shown (docs/decisions.md, "No interrupting mid-sentence"); `checkedAt` is the last
   * idle reading taken while it waited.
   */
  pending: z
    .object({
      since: Instant,
      kind: z.enum(['first', 'repeat']),
      checkedAt: Instant.nullable(),
      /** Held until the person was free: why, and since when it was held (busy.ts). */
      after: BusyReasonSchema.optional(),
      heldSince: Instant.optional(),
    })
    .nullable(),
  /**
   * The busy spells known (busy.ts): a meeting set by hand, or what the detectors saw at their
   * last reading, `busyCheckedAt`. The fields below were added without a version bump: a state
   * written before them reads as "not busy".
   */
  busy: z.array(BusySpellSchema).max(8).default([]),
  busyCheckedAt: Instant.nullable().default(null),
  /** A reminder (or its repeat) that fell due at `since` while the person was busy. */
  held: z
    .object({ since: Instant, kind: z.enum(['first', 'repeat']), reason: BusyReasonSchema })
    .nullable()
    .default(null),
  /** After a snooze: the kind the reminder suggested; it comes back with the same one. */
  snoozedSuggests: BreakKindSchema.nullable(),
  routineStartedAt: Instant.nullable(),
  /** The kind of the routine running since `routineStartedAt`. */
  routineKind: BreakKindSchema.nullable(),
  /** What the break choice remembers about full routines (break-choice.ts). */
  fullRoutines: z.object({
    day: z.string(),
    occasions: z.number().int().nonnegative(),
    lastSuggestedAt: Instant.nullable(),
    lastEndedAt: Instant.nullable(),
  }),
  lastNaturalBreakAt: Instant.nullable(),
  /** Routines completed on the local day `day` ("YYYY-MM-DD"). */
  completed: z.object({ day: z.string(), count: z.number().int().nonnegative() }),
  /** The last idle reading: the system had seen no input for `seconds` at `checkedAt`. */
  idle: z.object({ checkedAt: Instant, seconds: z.number().nonnegative() }).nullable(),
});
export type TimerState = z.infer<typeof TimerStateSchema>;

/** What the schedule core needs from the settings. */
export type TimerSettings = Pick<Settings, 'workingHours' | 'reminders' | 'breaks' | 'busy'>;

export type WithdrawReason = 'answered' | 'hours-ended' | 'away' | 'paused' | 'ignored' | 'reset';
export type TimelineNote = 'hours-start' | 'hours-end' | 'pause-start' | 'pause-end' | 'gap-reset';

export type ReminderKind = 'first' | 'repeat';

export type TimerEffect =
  /** A reminder fell due; it is shown at the next pause in input (then comes 'remind'). */
  | { type: 'due'; at: number; kind: ReminderKind }
  /** A reminder fell due while the person was busy: nothing is shown (busy.ts). */
  | { type: 'held'; at: number; kind: ReminderKind; reason: BusyReason }
  /**
   * `afterSnooze`: a snoozed reminder coming back, the same suggestion as before. `after`: the
   * busy state it was held for has ended. `quiet`: Do Not Disturb held it to its limit; it is
   * shown without sound and never as the window.
   */
  | {
      type: 'remind';
      at: number;
      kind: ReminderKind;
      sittingMs: number;
      suggests: BreakKind;
      afterSnooze?: true;
      after?: BusyReason;
      quiet?: true;
    }
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
    pending: null,
    snoozedSuggests: null,
    routineStartedAt: null,
    routineKind: null,
    fullRoutines: emptyFullRoutineLog(),
    lastNaturalBreakAt: null,
    completed: { day: '', count: 0 },
    idle: null,
    busy: [],
    busyCheckedAt: null,
    held: null,
  };
}

export function cloneTimerState(s: TimerState): TimerState {
  return {
    ...s,
    away: s.away ? { ...s.away, reasons: [...s.away.reasons] } : null,
    reminder: s.reminder ? { ...s.reminder } : null,
    pending: s.pending ? { ...s.pending } : null,
    fullRoutines: { ...s.fullRoutines },
    completed: { ...s.completed },
    idle: s.idle ? { ...s.idle } : null,
    busy: s.busy.map((spell) => ({ ...spell })),
    held: s.held ? { ...s.held } : null,
  };
}
