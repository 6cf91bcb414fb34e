import { MINUTE_MS, SECOND_MS } from '../time/units';
import { BUSY_CHECK_MS, detectsAnything, holdingReasons, holdsWithoutLimit } from './busy';
import { nextInputCheck } from './input-pause';
import { localDayKey } from '../time/day-key';
import type { EngineStatus, Phase } from './status';
import { LOOKAHEAD_MS, isWorkingAt, nextWorkingStart, restOfTodayEnd } from './working-hours';
import { advance, breakMs, nextTimelineEvent, type TimelineKind } from './timeline';
import type { TimerEffect, TimerSettings, TimerState } from './timer-state';

/**
 * 'idle-check' watches for absences; 'input-check' looks for a pause to show a reminder in;
 * 'busy-check' reads the detectors while a reminder waits or is held (busy.ts).
 */
export type NextEventKind = TimelineKind | 'idle-check' | 'input-check' | 'busy-check';

export interface NextEvent {
  at: number;
  kind: NextEventKind;
}

/** Idle checks never come closer together than this. */
export const MIN_IDLE_CHECK_MS = MINUTE_MS;
/**
 * While the user is away idle, how often to look for their return (at most). Polling can only
 * see a return at the next reading, and the sitting timer restarts from that reading, so this
 * bounds how late the next reminder can be; 2 min costs at most 30 wake-ups in an away hour.
 */
export const AWAY_IDLE_CHECK_MS = 2 * MINUTE_MS;

/**
 * When the main process should next read the system idle time, or null when it need not:
 * only inside working hours, not while paused, during a routine, or while locked or asleep
 * (those end with their own events).
 *
 * Adaptive: after a reading of `i` idle seconds, idle cannot reach the break length `B` before
 * `B - i` has passed, so the next check waits that long (at least a minute). A user at work is
 * checked every `B`; an idle one is caught the moment idle reaches `B`; while away idle, the
 * return is looked for every `min(B, AWAY_IDLE_CHECK_MS)` (never more often than once a
 * minute). With the default 5 minutes that is 12 checks in an hour at the desk and 30 in an hour
 * away. While a reminder waits for a pause in input, readings come closer (input-pause.ts).
 */
function nextIdleCheck(settings: TimerSettings, state: TimerState): NextEvent | null {
  if (state.pausedUntil !== null || state.routineStartedAt !== null) return null;
  // Held by a call, a presentation or a meeting: idle is no break then, so nothing to read.
  if (state.held && holdsWithoutLimit(holdingReasons(settings.busy, state.busy, state.asOf))) {
    return null;
  }
  if (state.away && state.away.reasons.some((r) => r !== 'idle')) return null;
  if (!isWorkingAt(settings.workingHours, state.asOf)) return null;
  const input = nextInputCheck(state);
  let at = state.asOf;
  if (state.idle) {
    const b = breakMs(settings);
    const wait = state.away
      ? Math.min(Math.max(b, MIN_IDLE_CHECK_MS), AWAY_IDLE_CHECK_MS)
      : Math.max(MIN_IDLE_CHECK_MS, b - state.idle.seconds * SECOND_MS);
    at = Math.max(state.asOf, state.idle.checkedAt + wait);
  }
  if (input !== null && input < at) return { at: Math.max(state.asOf, input), kind: 'input-check' };
  return { at, kind: 'idle-check' };
}

/**
 * When the detectors should next be read, or null: only while a reminder waits for a pause in
 * input or is held, inside working hours, and only for sources that are turned on. A reminder
 * that just fell due is checked at once; after that, at most every `BUSY_CHECK_MS`.
 */
function nextBusyCheck(settings: TimerSettings, state: TimerState): number | null {
  if (!detectsAnything(settings.busy)) return null;
  if (!state.pending && !state.held) return null;
  if (!isWorkingAt(settings.workingHours, state.asOf)) return null;
  const last = state.busyCheckedAt;
  if (state.pending && (last === null || last < state.pending.since)) {
    return Math.max(state.asOf, state.pending.since);
  }
  return Math.max(state.asOf, (last ?? state.asOf) + BUSY_CHECK_MS);
}

/** True when the detectors are to be read at `now`, including a reminder falling due then. */
export function busyCheckDue(settings: TimerSettings, state: TimerState, now: number): boolean {
  const s = state.asOf === now ? state : advance(settings, state, now, []);
  const at = nextBusyCheck(settings, s);
  return at !== null && at <= now;
}

/** True when an idle reading is due at `now` (the state must be advanced to `now`). */
export function idleCheckDue(settings: TimerSettings, state: TimerState, now: number): boolean {
  const check = nextIdleCheck(settings, state);
  return check !== null && check.at <= now;
}

/**
 * The next instant the main process must wake for, given a state advanced to `now`: the next
 * timeline event (reminder, repeat, hours start/end, pause end, ...) or idle check. A result at
 * `now` means "act at once".
 */
export function nextEvent(
  settings: TimerSettings,
  state: TimerState,
  now: number,
): NextEvent | null {
  const s = state.asOf === now ? state : advance(settings, state, now, []);
  const timeline = nextTimelineEvent(settings, s);
  const check = nextIdleCheck(settings, s);
  const busyAt = nextBusyCheck(settings, s);
  let best: NextEvent | null = timeline;
  if (check !== null && (!best || check.at < best.at)) best = check;
  if (busyAt !== null && (!best || busyAt <= best.at)) best = { at: busyAt, kind: 'busy-check' };
  return best;
}

/**
 * A wake-up at `now` comes at least a break length after the instant the core asked to be woken
 * for: nobody looked at the time in between (the machine slept, the process stood still, or the
 * clock was set forward). The reminder service reads the idle time for such a wake, because only
 * a suspend or measured idle time is a break (sitting-timer.ts, `wakeLate`).
 */
export function wakesLate(settings: TimerSettings, state: TimerState, now: number): boolean {
  const expected = nextEvent(settings, state, state.asOf)?.at;
  return expected !== undefined && now - expected >= breakMs(settings);
}

/**
 * True when a reminder waits for a pause in input at `now`, including one falling due at that
 * very instant. Simulated people (`npm run simulate`, tests, the bench) use it to pause then.
 */
export function reminderWaiting(settings: TimerSettings, state: TimerState, now: number): boolean {
  const s = state.asOf === now ? state : advance(settings, state, now, []);
  return s.pending !== null;
}

/**
 * When the next first reminder would fall due if the user sat on from `now` without a break, by
 * running the same rules forward on a copy (one already waiting for a pause in input shows at
 * the end of its wait at the latest).
 */
export function projectNextReminder(
  settings: TimerSettings,
  state: TimerState,
  now: number,
): number | null {
  const sitting: TimerState = { ...state, away: null, idle: null, asOf: now };
  const out: TimerEffect[] = [];
  const firstReminder = (effects: TimerEffect[]) =>
    effects.find((e) => (e.type === 'due' || e.type === 'remind') && e.kind === 'first');
  advance(settings, sitting, now + LOOKAHEAD_MS, out, (e) => firstReminder(e) !== undefined);
  return firstReminder(out)?.at ?? null;
}

export function status(settings: TimerSettings, state: TimerState, now: number): EngineStatus {
  const s = state.asOf === now ? state : advance(settings, state, now, []);
  const inside = isWorkingAt(settings.workingHours, now);
  let phase: Phase = 'counting';
  if (s.pausedUntil !== null) phase = 'paused';
  else if (!inside) phase = 'outside-hours';
  else if (s.reminder) phase = 'due';
  else if (s.away) phase = 'away';
  const showNext = phase !== 'due' && s.routineStartedAt === null;
  return {
    phase,
    sittingMs: s.sittingMs,
    nextReminderAt: showNext ? projectNextReminder(settings, s, now) : null,
    pausedUntil: s.pausedUntil,
    hoursResumeAt: inside ? null : nextWorkingStart(settings.workingHours, now),
    skipNext: s.skipNext,
    completedToday: s.completed.day === localDayKey(now) ? s.completed.count : 0,
    heldBy: inside && s.held ? s.held.reason : null,
    meeting: meetingOf(settings, s, now),
  };
}

/** The meeting set by hand, if one is on at `now`. */
function meetingOf(settings: TimerSettings, s: TimerState, now: number): EngineStatus['meeting'] {
  if (!settings.busy.meeting) return null;
  const spell = s.busy.find((b) => b.reason === 'meeting');
  if (!spell || (spell.until !== null && spell.until <= now)) return null;
  return { until: spell.until };
}

export type PauseLength = { minutes: number } | 'rest-of-today';

/** When a pause chosen from the tray ends. */
export function pauseEnd(settings: TimerSettings, length: PauseLength, now: number): number {
  if (length === 'rest-of-today') return restOfTodayEnd(settings.workingHours, now);
  return now + length.minutes * MINUTE_MS;
}
