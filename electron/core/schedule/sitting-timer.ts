import type { RoutineResult } from '../routine/result';
import { MINUTE_MS, SECOND_MS } from '../time/units';
import { suggestBreak, withFullOccasion, withFullRoutineEnded } from './break-choice';
import { holdingReasons, idleIsNoBreak, type BusyReason, type DetectedBusyReason } from './busy';
import { INPUT_PAUSE_SECONDS } from './input-pause';
import { localDayKey } from '../time/day-key';
import type { BreakKind } from '../routine/types';
import {
  accrueBackdated,
  advance,
  applyRules,
  breakMs,
  record,
  restartTimer,
  showPending,
  withdraw,
} from './timeline';
import { carriedForward } from './clock-moves';
import { busyCheckDue, nextEvent, wakesLate } from './next-event';
import {
  cloneTimerState,
  type AwayReason,
  type TimerEffect,
  type TimerSettings,
  type TimerState,
} from './timer-state';

/**
 * The sitting timer as a pure state machine: `transition(settings, state, event, now)`.
 *
 * The rules it settles (docs/decisions.md gives the reasons):
 * - Snooze brings the reminder back after `snoozeMinutes` more *sitting* (inside working hours),
 *   not wall time, so a snooze just before hours end does not fire at the next morning's start.
 * - An unanswered reminder repeats once after `repeatAfterMinutes`; if that goes unanswered for
 *   another `repeatAfterMinutes` it is recorded as 'ignored' and the timer restarts. Without
 *   repeats, 'ignored' comes `repeatAfterMinutes` after the first reminder.
 * - A repeat never goes out while the user is away or paused; it waits for their return.
 * - When working hours end, an outstanding reminder is withdrawn and recorded as 'ignored' (it
 *   went unanswered), and the count starts over, as for any ignored reminder. Without a reminder
 *   out, sitting is kept across the gap, and restarts at zero only if the gap before the next
 *   working range is at least `breakMinutes` long.
 * - Pausing withdraws an outstanding reminder; sitting keeps counting; when the pause ends with
 *   a break overdue the reminder goes out at once. Idle is not polled while paused, so only lock
 *   and sleep are seen as breaks during a pause.
 * - An idle return is taken at the last input the system reports, so counting restarts from the
 *   user's first observed activity.
 * - 'skip' answers the outstanding reminder; without one it means "skip the next one". That
 *   lasts until the count next starts over for any reason (a natural break, a routine, a gap
 *   between working ranges, the next day), so it never carries over to an unrelated later break.
 *   'snooze' without an outstanding reminder does nothing.
 * - A routine ended early with less than half its holds done keeps the count going (it was not
 *   a break), but the next reminder waits `snoozeMinutes` more sitting, as after a snooze.
 * - "I stood up" is a break taken on one's own: recorded as such, and the count starts over.
 * - A reminder that falls due waits for a pause in input (input-pause.ts): an idle reading of
 *   `INPUT_PAUSE_SECONDS` or more shows it at once, and it is shown regardless after
 *   `INPUT_WAIT_MAX_MS`. Whatever would stop a reminder from going out ends the wait.
 * - Each first reminder suggests a kind of break (break-choice.ts); a snoozed reminder comes
 *   back, and repeats, with the suggestion it had.
 * - A reminder that falls due while the person is busy (a call, a presentation, Do Not Disturb,
 *   a meeting) is held until they are free (busy.ts; rules in timeline.ts).
 */
export type TimerEvent =
  /** Re-evaluate at `now`. */
  | { type: 'tick' }
  /**
   * A scheduled wake-up fired (or the app started). If it comes at least a break length after
   * the moment the core asked to be woken, nobody observed the time in between (the machine
   * slept, the process was stopped, or the clock jumped ahead): that time is a break, so a late
   * wake never replays stale reminders. `idleSeconds`, read when an idle check was due, is
   * applied before anything else at `now`, so a reminder due at the same moment as the check
   * does not go out to someone who has already left.
   */
  | { type: 'wake'; idleSeconds?: number }
  | { type: 'away'; since: number; reason: AwayReason }
  | { type: 'back'; at: number; reason: AwayReason }
  | { type: 'idleSeconds'; seconds: number }
  /** 'start' is the kind the reminder suggests; 'quick' and 'full' name one. */
  | { type: 'answer'; action: ReminderAction }
  | { type: 'routineStarted'; kind: BreakKind }
  /** The person took a break on their own (walked, fetched water). */
  | { type: 'stoodUp' }
  | { type: 'routineFinished'; result: RoutineResult }
  | { type: 'pause'; until: number }
  | { type: 'resume' }
  | { type: 'skipNext' }
  | { type: 'settingsChanged'; previous: TimerSettings }
  /** The detectors were read: what they see now (busy.ts). */
  | { type: 'busyReading'; reasons: DetectedBusyReason[] }
  /**
   * Busy for `reason` from now until `until` (null: until it is ended). A meeting set by hand;
   * the simulator's scripted spells. Replaces a spell of the same reason.
   */
  | { type: 'busy'; reason: BusyReason; until: number | null }
  /** Busy for `reason` no more (a meeting ended by hand). */
  | { type: 'notBusy'; reason: BusyReason };

export type ReminderAction = 'start' | BreakKind | 'stood-up' | 'snooze' | 'skip';

export interface Transition {
  state: TimerState;
  effects: TimerEffect[];
}

/** Input within this much after the start of an idle stretch is the same stretch (rounding). */
const IDLE_SLACK_MS = 2 * SECOND_MS;

function goAway(
  settings: TimerSettings,
  state: TimerState,
  since: number,
  reason: AwayReason,
  now: number,
  out: TimerEffect[],
): TimerState {
  const start = Math.min(since, now);
  let s = advance(settings, state, Math.max(state.asOf, start), out);
  if (s.away) {
    if (!s.away.reasons.includes(reason)) s.away.reasons.push(reason);
    s.away.since = Math.min(s.away.since, start);
  } else {
    s.away = { since: start, reasons: [reason], breakTaken: false };
  }
  s = advance(settings, s, now, out);
  return s;
}

function comeBack(
  settings: TimerSettings,
  state: TimerState,
  at: number,
  reason: AwayReason,
  now: number,
  out: TimerEffect[],
): TimerState {
  const back = Math.min(at, now);
  const s = advance(settings, state, Math.max(state.asOf, back), out);
  if (!s.away) return advance(settings, s, now, out);
  // Any return (unlock, wake, input) means the user is at the machine, so 'idle' ends too.
  s.away.reasons = s.away.reasons.filter((r) => r !== reason && r !== 'idle');
  if (s.away.reasons.length > 0) return advance(settings, s, now, out);
  const wasBreak = s.away.breakTaken;
  s.away = null;
  // After a break the timer restarts from the return, which may lie before `asOf`.
  if (wasBreak) accrueBackdated(settings, s, back);
  s.idle = { checkedAt: Math.max(back, s.idle?.checkedAt ?? 0), seconds: 0 };
  return advance(settings, s, now, out);
}

function onIdleReading(
  settings: TimerSettings,
  state: TimerState,
  seconds: number,
  now: number,
  out: TimerEffect[],
): TimerState {
  // A previous reading proves input at (checkedAt - seconds): idle cannot have begun earlier.
  const knownInput = state.idle ? state.idle.checkedAt - state.idle.seconds * SECOND_MS : 0;
  const lastInput = Math.max(now - seconds * SECOND_MS, knownInput);
  let s: TimerState;
  const stillOnCall = idleIsNoBreak(holdingReasons(settings.busy, state.busy, now));
  if (!state.away && now - lastInput >= breakMs(settings) && !stillOnCall) {
    s = goAway(settings, state, lastInput, 'idle', now, out);
  } else if (state.away?.reasons.includes('idle') && lastInput > state.away.since + IDLE_SLACK_MS) {
    s = comeBack(settings, state, lastInput, 'idle', now, out);
  } else {
    s = advance(settings, state, now, out);
  }
  s.idle = { checkedAt: now, seconds: Math.max(0, (now - lastInput) / SECOND_MS) };
  // A waiting reminder is shown at a pause in input only once the detectors have been read for
  // it: a reading taken before them (a late wake-up) must not let it out in the middle of a call.
  const detectorsRead = !busyCheckDue(settings, s, now);
  if (s.pending && s.idle.seconds >= INPUT_PAUSE_SECONDS && detectorsRead) {
    showPending(settings, s, now, out);
  } else if (s.pending) s.pending.checkedAt = now;
  return s;
}

/**
 * Busy spells change at `now`: a reading of the detectors (`detected`), or one spell begun or
 * ended by hand (`set`). A reading keeps the start of a spell it sees again, and ends the
 * detected spells it no longer sees; spells with a known end are left alone.
 */
function changeBusy(
  settings: TimerSettings,
  state: TimerState,
  change:
    | { detected: DetectedBusyReason[] }
    | { set: BusyReason; until: number | null }
    | { end: BusyReason },
  now: number,
  out: TimerEffect[],
): TimerState {
  const s = advance(settings, state, now, out);
  if ('detected' in change) {
    const seen = new Set(change.detected);
    const kept = s.busy.filter(
      (spell) => spell.reason === 'meeting' || spell.until !== null || seen.has(spell.reason),
    );
    for (const reason of seen) {
      if (!kept.some((spell) => spell.reason === reason && spell.until === null))
        kept.push({ reason, since: now, until: null });
    }
    s.busy = kept;
    s.busyCheckedAt = now;
  } else if ('set' in change) {
    const previous = s.busy.find((spell) => spell.reason === change.set);
    const until = change.until === null ? null : Math.max(change.until, now + 1);
    s.busy = s.busy.filter((spell) => spell.reason !== change.set);
    s.busy.push({ reason: change.set, since: previous?.since ?? now, until });
  } else {
    s.busy = s.busy.filter((spell) => spell.reason !== change.end);
  }
  applyRules(settings, s, now, out);
  return s;
}

/**
 * A wake-up long after the instant it was armed for. With an idle reading (a running process
 * whose job fired late) and no absence already seen, the person was at the machine unless the
 * reading says otherwise: the clock was set forward, which is neither sitting nor a break, so
 * the state carries on from where it was and the reading decides. Only a suspend (an absence
 * already under way) or measured idle time counts as a break. Without a reading (the app has
 * just started) the time was not observed at all and counts as time away, as does a wake while
 * an absence is under way.
 */
function wakeLate(
  settings: TimerSettings,
  state: TimerState,
  idleSeconds: number | undefined,
  now: number,
  out: TimerEffect[],
): TimerState {
  if (idleSeconds !== undefined && state.away === null) {
    const s = cloneTimerState(state);
    carriedForward(s, now - s.asOf);
    // The last reading's moment moved with the clock; only the new one says when input was.
    s.idle = null;
    return onIdleReading(settings, s, idleSeconds, now, out);
  }
  const expected = nextEvent(settings, state, state.asOf)?.at ?? now;
  // The expected moment itself went unobserved too: nothing due at it may fire now.
  const away = goAway(settings, state, expected - 1, 'sleep', now, out);
  return comeBack(settings, away, now, 'sleep', now, out);
}

/**
 * The next reminder waits `snoozeMinutes` more sitting from now (never sooner than it was due).
 * Used by a snooze and by a routine ended too early to count as a break.
 */
function postpone(settings: TimerSettings, s: TimerState): void {
  const { sittingMinutes, snoozeMinutes } = settings.reminders;
  const due = s.snoozeDueMs ?? sittingMinutes * MINUTE_MS;
  s.snoozeDueMs = Math.max(due, s.sittingMs + snoozeMinutes * MINUTE_MS);
}

/** The kind a reminder answered with "start" means: the one it suggests. */
function suggestedKind(settings: TimerSettings, s: TimerState, now: number): BreakKind {
  return (
    s.reminder?.suggests ?? s.snoozedSuggests ?? suggestBreak(settings.breaks, s.fullRoutines, now)
  );
}

function startRoutine(s: TimerState, kind: BreakKind, now: number, out: TimerEffect[]): void {
  // A full routine that answers no full suggestion is a full occasion of its own.
  const answersFull = (s.reminder?.suggests ?? s.snoozedSuggests) === 'full';
  if (kind === 'full' && !answersFull) {
    s.fullRoutines = withFullOccasion(s.fullRoutines, now, false);
  }
  // A routine answers a snoozed reminder too: should the count go on, the next one is new.
  s.snoozedSuggests = null;
  s.away = null;
  withdraw(s, now, 'answered', out);
  record(s, now, 'started', out, { kind });
  s.routineStartedAt = now;
  s.routineKind = kind;
}

function standUp(s: TimerState, now: number, out: TimerEffect[]): void {
  s.away = null;
  withdraw(s, now, 'answered', out);
  record(s, now, 'stood-up', out);
  restartTimer(s);
  s.idle = { checkedAt: now, seconds: 0 };
}

/**
 * A routine is running and has not reported yet. Its start is forgotten after
 * `ROUTINE_STALE_MS` (so reminders are not held back for ever) but its kind is kept until it
 * reports, so a long routine still counts. A result with no routine to answer (a second report
 * of the same routine, a window that reports twice) changes nothing and records nothing.
 */
function awaitsResult(s: TimerState): boolean {
  return s.routineStartedAt !== null || s.routineKind !== null;
}

function finishRoutine(
  settings: TimerSettings,
  s: TimerState,
  result: RoutineResult,
  now: number,
  out: TimerEffect[],
) {
  s.routineStartedAt = null;
  // The kind main opened the window for; a state from before kinds were known ran the full one.
  const kind = s.routineKind ?? 'full';
  s.routineKind = null;
  if (kind === 'full') s.fullRoutines = withFullRoutineEnded(s.fullRoutines, now);
  const { outcome, holdsDone, holdCount, durationMs } = result;
  record(s, now, outcome, out, { kind, holdsDone, holdCount, durationMs });
  if (outcome === 'completed') {
    const day = localDayKey(now);
    s.completed = { day, count: (s.completed.day === day ? s.completed.count : 0) + 1 };
  }
  // An abandoned routine only counts as a break if most of it was done. Otherwise the count
  // goes on, but the user just chose to stop: the next reminder waits like a snooze instead of
  // coming back at once.
  if (outcome === 'completed' || holdsDone * 2 >= holdCount) restartTimer(s);
  else postpone(settings, s);
  s.idle = { checkedAt: now, seconds: 0 };
}

function answer(
  settings: TimerSettings,
  s: TimerState,
  action: 'snooze' | 'skip',
  now: number,
  out: TimerEffect[],
): void {
  if (action === 'skip' && !s.reminder) {
    s.skipNext = true;
    return;
  }
  if (!s.reminder) return;
  record(s, now, action === 'skip' ? 'skipped' : 'snoozed', out);
  const { suggests } = s.reminder;
  withdraw(s, now, 'answered', out);
  if (action === 'skip') restartTimer(s);
  else {
    postpone(settings, s);
    s.snoozedSuggests = suggests;
  }
}

export function transition(
  settings: TimerSettings,
  state: TimerState,
  event: TimerEvent,
  now: number,
): Transition {
  const out: TimerEffect[] = [];
  if (event.type === 'away') {
    return { state: goAway(settings, state, event.since, event.reason, now, out), effects: out };
  }
  if (event.type === 'back') {
    return { state: comeBack(settings, state, event.at, event.reason, now, out), effects: out };
  }
  if (event.type === 'wake') {
    if (wakesLate(settings, state, now)) {
      return { state: wakeLate(settings, state, event.idleSeconds, now, out), effects: out };
    }
    if (event.idleSeconds !== undefined) {
      return { state: onIdleReading(settings, state, event.idleSeconds, now, out), effects: out };
    }
  }
  if (event.type === 'idleSeconds') {
    return { state: onIdleReading(settings, state, event.seconds, now, out), effects: out };
  }
  if (event.type === 'busyReading' || event.type === 'busy' || event.type === 'notBusy') {
    const change =
      event.type === 'busyReading'
        ? { detected: event.reasons }
        : event.type === 'busy'
          ? { set: event.reason, until: event.until }
          : { end: event.reason };
    return { state: changeBusy(settings, state, change, now, out), effects: out };
  }
  const before = event.type === 'settingsChanged' ? event.previous : settings;
  const s = advance(before, state, now, out);
  switch (event.type) {
    case 'answer':
      if (event.action === 'snooze' || event.action === 'skip') {
        answer(settings, s, event.action, now, out);
      } else if (event.action === 'stood-up') standUp(s, now, out);
      else {
        const kind = event.action === 'start' ? suggestedKind(settings, s, now) : event.action;
        startRoutine(s, kind, now, out);
      }
      break;
    case 'routineStarted':
      startRoutine(s, event.kind, now, out);
      break;
    case 'stoodUp':
      standUp(s, now, out);
      break;
    case 'routineFinished':
      if (awaitsResult(s)) finishRoutine(settings, s, event.result, now, out);
      break;
    case 'pause':
      withdraw(s, now, 'paused', out);
      s.pausedUntil = Math.max(event.until, now + 1);
      out.push({ type: 'note', at: now, note: 'pause-start' });
      break;
    case 'resume':
      if (s.pausedUntil !== null) {
        s.pausedUntil = null;
        s.idle = null;
        out.push({ type: 'note', at: now, note: 'pause-end' });
      }
      break;
    case 'skipNext':
      answer(settings, s, 'skip', now, out);
      break;
    case 'settingsChanged': // the rules below apply the new settings (a shorter limit fires now)
    case 'tick':
    case 'wake':
      break;
  }
  applyRules(settings, s, now, out);
  return { state: s, effects: out };
}
