import { z } from 'zod';
import { emptyFullRoutineLog, withFullOccasion } from './break-choice';
import {
  AwayReasonSchema,
  Instant,
  TIMER_STATE_VERSION,
  TimerStateSchema,
  freshTimerState,
  type TimerSettings,
  type TimerState,
} from './timer-state';

/** The state as version 1 wrote it, frozen here so later changes cannot alter its reading. */
const TimerStateV1Schema = z.object({
  version: z.literal(1),
  asOf: Instant,
  sittingMs: z.number().nonnegative(),
  snoozeDueMs: z.number().nonnegative().nullable(),
  outsideSince: Instant.nullable(),
  away: z
    .object({
      since: Instant,
      reasons: z.array(AwayReasonSchema).min(1),
      breakTaken: z.boolean(),
    })
    .nullable(),
  pausedUntil: Instant.nullable(),
  skipNext: z.boolean(),
  reminder: z.object({ firstAt: Instant, repeatAt: Instant.nullable() }).nullable(),
  routineStartedAt: Instant.nullable(),
  lastNaturalBreakAt: Instant.nullable(),
  completed: z.object({ day: z.string(), count: z.number().int().nonnegative() }),
  idle: z.object({ checkedAt: Instant, seconds: z.number().nonnegative() }).nullable(),
});

/**
 * Version 1 knew one routine, the full one: its outstanding reminder suggested it (and counts
 * as today's full occasion, so the break choice stays true to its limits), and a routine still
 * running is a full one. Everything else, the sitting count first, carries over.
 */
function fromV1(v1: z.infer<typeof TimerStateV1Schema>): TimerState {
  const reminder = v1.reminder ? { ...v1.reminder, suggests: 'full' as const } : null;
  return {
    ...v1,
    version: TIMER_STATE_VERSION,
    reminder,
    pending: null,
    busy: [],
    busyCheckedAt: null,
    held: null,
    snoozedSuggests: null,
    routineKind: v1.routineStartedAt === null ? null : 'full',
    fullRoutines: reminder
      ? withFullOccasion(emptyFullRoutineLog(), reminder.firstAt, true)
      : emptyFullRoutineLog(),
  };
}

/** A stored state of any known version, brought to the current one; null when unreadable. */
export function migrateTimerState(stored: unknown): TimerState | null {
  const current = TimerStateSchema.safeParse(stored);
  if (current.success) return current.data;
  const v1 = TimerStateV1Schema.safeParse(stored);
  if (!v1.success) return null;
  const migrated = TimerStateSchema.safeParse(fromV1(v1.data));
  return migrated.success ? migrated.data : null;
}

/**
 * Validates a stored state, migrating an older version; anything unreadable starts fresh
 * (which costs at most the sitting time counted so far).
 */
export function restoreTimerState(
  settings: TimerSettings,
  stored: unknown,
  now: number,
): { state: TimerState; restored: boolean } {
  const state = migrateTimerState(stored);
  if (state) return { state, restored: true };
  return { state: freshTimerState(settings, now), restored: false };
}
