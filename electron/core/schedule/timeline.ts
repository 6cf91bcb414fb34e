import type { OutcomeRecord, OutcomeType } from '../history/records';
import { localIso } from '../time/local-iso';
import { MINUTE_MS, MINUTES_PER_DAY } from '../time/units';
import { suggestBreak, withFullOccasion } from './break-choice';
import { AFTER_BUSY_WAIT_MAX_MS, holdingReasons, holdsWithoutLimit, type BusyReason } from './busy';
import { pullBackPause } from './clock-moves';
import { INPUT_WAIT_MAX_MS } from './input-pause';
import {
  cloneTimerState,
  type TimerEffect,
  type TimerSettings,
  type TimerState,
  type WithdrawReason,
} from './timer-state';
import { isWorkingAt, nextHoursBoundary, workingMsBetween } from './working-hours';

/**
 * The sitting timer's rules as a timeline. `applyRules` settles the state at one instant;
 * `nextTimelineEvent` finds the next instant where a rule can change something; `advance` walks
 * from `state.asOf` to a later instant through every such event, so a call long after the last
 * one (after sleep) replays what happened in order instead of acting on stale times.
 */

/** A routine that never reported back (crashed window) stops blocking reminders after this. */
export const ROUTINE_STALE_MS = 60 * MINUTE_MS;

export type TimelineKind =
  | 'hours-start'
  | 'hours-end'
  | 'natural-break'
  | 'routine-stale'
  | 'pause-end'
  | 'reminder'
  | 'repeat'
  | 'input-wait-over'
  | 'busy-end'
  | 'dnd-limit'
  | 'ignored';

export const breakMs = (s: TimerSettings) => s.reminders.breakMinutes * MINUTE_MS;
const repeatMs = (s: TimerSettings) => s.reminders.repeatAfterMinutes * MINUTE_MS;
const dueSittingMs = (settings: TimerSettings, state: TimerState) =>
  state.snoozeDueMs ?? settings.reminders.sittingMinutes * MINUTE_MS;

export type RecordDetails = Partial<
  Pick<
    OutcomeRecord,
    'kind' | 'holdsDone' | 'holdCount' | 'durationMs' | 'reason' | 'after' | 'quiet'
  >
>;

export function record(
  state: TimerState,
  at: number,
  type: OutcomeType,
  out: TimerEffect[],
  extra: RecordDetails = {},
): void {
  // A record keeps at most a day of sitting: more is reachable (hours all day, pause after
  // pause), and the history refuses it, but a day without a break says all there is to say.
  const sittingMinutes = Math.min(Math.floor(state.sittingMs / MINUTE_MS), MINUTES_PER_DAY);
  out.push({
    type: 'record',
    at,
    record: { at: localIso(at), type, sittingMinutes, ...extra },
  });
}

export function withdraw(
  state: TimerState,
  at: number,
  reason: WithdrawReason,
  out: TimerEffect[],
) {
  // Whatever takes the reminder away also ends a wait to show it (or its repeat), or a hold.
  state.pending = null;
  state.held = null;
  if (!state.reminder) return;
  state.reminder = null;
  out.push({ type: 'withdraw-reminder', at, reason });
}

/**
 * The count starts over. A pending "skip next break" goes with it: that break came another way.
 */
export function restartTimer(state: TimerState): void {
  state.sittingMs = 0;
  state.snoozeDueMs = null;
  state.skipNext = false;
  state.snoozedSuggests = null;
  state.pending = null;
  state.held = null;
}

/** Reminders can go out: inside hours, user present, not paused, no routine running. */
function canRemind(settings: TimerSettings, state: TimerState, at: number): boolean {
  return (
    state.away === null &&
    state.pausedUntil === null &&
    state.routineStartedAt === null &&
    isWorkingAt(settings.workingHours, at)
  );
}

function ignoreAt(settings: TimerSettings, state: TimerState): number {
  const r = state.reminder;
  if (!r) return Infinity;
  if (r.repeatAt !== null) return r.repeatAt + repeatMs(settings);
  return settings.reminders.repeatIfUnanswered ? Infinity : r.firstAt + repeatMs(settings);
}

/** The reminder waiting for a pause in input is still due (else the wait ends unshown). */
function pendingStillDue(settings: TimerSettings, s: TimerState, at: number): boolean {
  if (!s.pending || !canRemind(settings, s, at)) return false;
  if (s.pending.kind === 'repeat') return s.reminder !== null && s.reminder.repeatAt === null;
  return s.reminder === null && s.sittingMs >= dueSittingMs(settings, s);
}

/**
 * Shows the reminder that waited for a pause in input, at `at`. A first reminder suggests a
 * kind of break now (break-choice.ts), unless it comes back after a snooze: then it is the same
 * reminder and keeps its suggestion. The repeat keeps its reminder's suggestion too.
 */
export function showPending(
  settings: TimerSettings,
  s: TimerState,
  at: number,
  out: TimerEffect[],
  quiet = false,
): void {
  const waiting = s.pending;
  s.pending = null;
  if (!waiting) return;
  const { sittingMs } = s;
  const moment = {
    ...(waiting.after === undefined ? {} : { after: waiting.after }),
    ...(quiet ? { quiet: true as const } : {}),
  };
  if (waiting.kind === 'repeat') {
    if (!s.reminder) return;
    s.reminder.repeatAt = at;
    const { suggests } = s.reminder;
    out.push({ type: 'remind', at, kind: 'repeat', sittingMs, suggests, ...moment });
    record(s, at, 'repeated', out, { kind: suggests, ...moment });
    return;
  }
  const snoozed = s.snoozedSuggests;
  s.snoozedSuggests = null;
  const suggests = snoozed ?? suggestBreak(settings.breaks, s.fullRoutines, at);
  if (snoozed === null && suggests === 'full') {
    s.fullRoutines = withFullOccasion(s.fullRoutines, at, true);
  }
  s.reminder = { firstAt: at, repeatAt: null, suggests };
  out.push({
    type: 'remind',
    at,
    kind: 'first',
    sittingMs,
    suggests,
    ...(snoozed === null ? {} : { afterSnooze: true as const }),
    ...moment,
  });
  record(s, at, 'reminded', out, { kind: suggests, ...moment });
}

/**
 * A reminder (or its repeat) falls due at `at`: it waits for a pause in input, or, while the
 * person is busy, it is held (busy.ts).
 */
function fallDue(
  settings: TimerSettings,
  s: TimerState,
  at: number,
  kind: 'first' | 'repeat',
  out: TimerEffect[],
): void {
  const reasons = holdingReasons(settings.busy, s.busy, at);
  if (reasons.length === 0) {
    s.pending = { since: at, kind, checkedAt: null };
    out.push({ type: 'due', at, kind });
    return;
  }
  hold(s, at, kind, at, reasons[0]!, out);
}

function hold(
  s: TimerState,
  at: number,
  kind: 'first' | 'repeat',
  since: number,
  reason: BusyReason,
  out: TimerEffect[],
): void {
  s.pending = null;
  s.held = { since, kind, reason };
  out.push({ type: 'held', at, kind, reason });
  if (kind === 'first') record(s, at, 'held', out, { reason });
}

/**
 * The busy rule at `at` (busy.ts): spells that reached their end stop; a reminder waiting for a
 * pause in input while the person turned busy is held; a hold ends when nobody holds it any
 * more (the reminder then waits for a pause in input, worded for the moment), or, for Do Not
 * Disturb alone, at its limit (shown quietly at once).
 */
function applyBusyRules(settings: TimerSettings, s: TimerState, at: number, out: TimerEffect[]) {
  s.busy = s.busy.filter((spell) => spell.until === null || spell.until > at);
  if (!s.pending && !s.held) {
    // Detectors are read only while a reminder waits or is held: an older reading is stale.
    s.busy = s.busy.filter((spell) => spell.reason === 'meeting' || spell.until !== null);
    return;
  }
  if (!canRemind(settings, s, at)) return;
  const reasons = holdingReasons(settings.busy, s.busy, at);
  const waiting = s.pending;
  if (waiting && reasons.length > 0) {
    if (waiting.after !== undefined) {
      // Busy again before the reminder went out (back-to-back calls): the same hold goes on.
      s.pending = null;
      s.held = {
        since: waiting.heldSince ?? waiting.since,
        kind: waiting.kind,
        reason: reasons[0]!,
      };
    } else hold(s, at, waiting.kind, waiting.since, reasons[0]!, out);
  }
  const held = s.held;
  if (!held) return;
  if (reasons.length === 0) {
    s.held = null;
    s.pending = {
      since: at,
      kind: held.kind,
      checkedAt: null,
      after: held.reason,
      heldSince: held.since,
    };
    out.push({ type: 'due', at, kind: held.kind });
  } else if (!holdsWithoutLimit(reasons) && at >= dndLimitAt(settings, held.since)) {
    s.held = null;
    s.pending = { since: held.since, kind: held.kind, checkedAt: null };
    showPending(settings, s, at, out, true);
  } else held.reason = reasons[0]!;
}

const dndLimitAt = (settings: TimerSettings, heldSince: number) =>
  heldSince + settings.busy.dndLimitMinutes * MINUTE_MS;

/** The longest a reminder waits for a pause in input; shorter once a busy state has ended. */
const inputWaitEnd = (pending: NonNullable<TimerState['pending']>) =>
  pending.since + (pending.after === undefined ? INPUT_WAIT_MAX_MS : AFTER_BUSY_WAIT_MAX_MS);

type Rule = (settings: TimerSettings, s: TimerState, at: number, out: TimerEffect[]) => void;

/** A routine that never reported back is forgotten after a while. */
const forgetStaleRoutine: Rule = (_settings, s, at) => {
  if (s.routineStartedAt !== null && at - s.routineStartedAt >= ROUTINE_STALE_MS) {
    s.routineStartedAt = null;
  }
};

/** An absence as long as a break is a natural break: the reminder goes, the timer restarts. */
const settleAbsence: Rule = (settings, s, at, out) => {
  if (!s.away || s.away.breakTaken || at - s.away.since < breakMs(settings)) return;
  s.away.breakTaken = true;
  withdraw(s, at, 'away', out);
  const hours = settings.workingHours;
  if (isWorkingAt(hours, s.away.since) || isWorkingAt(hours, at))
    record(s, at, 'natural-break', out);
  restartTimer(s);
  s.lastNaturalBreakAt = at;
};

/** The end of working hours (and what it leaves unanswered), and their start again. */
const settleWorkingHours: Rule = (settings, s, at, out) => {
  if (!isWorkingAt(settings.workingHours, at)) {
    const hoursEnd = s.outsideSince === null;
    if (hoursEnd) {
      s.outsideSince = at;
      out.push({ type: 'note', at, note: 'hours-end' });
    }
    // A held reminder is not shown after working hours.
    s.held = null;
    // A reminder still unanswered when the working hours end went unanswered: it is ignored.
    if (s.reminder) {
      record(s, at, 'ignored', out);
      withdraw(s, at, 'hours-ended', out);
      restartTimer(s);
    }
    // Statistics need the sitting a stretch ended with when nothing else recorded it.
    if (hoursEnd && s.sittingMs >= MINUTE_MS) record(s, at, 'hours-ended', out);
  } else if (s.outsideSince !== null) {
    out.push({ type: 'note', at, note: 'hours-start' });
    // A gap between working ranges at least as long as a break is a break.
    if (at - s.outsideSince >= breakMs(settings)) {
      if (s.sittingMs > 0) out.push({ type: 'note', at, note: 'gap-reset' });
      restartTimer(s);
    }
    s.outsideSince = null;
    s.idle = null;
  }
};

const settlePauseEnd: Rule = (_settings, s, at, out) => {
  if (s.pausedUntil === null || at < s.pausedUntil) return;
  s.pausedUntil = null;
  s.idle = null;
  out.push({ type: 'note', at, note: 'pause-end' });
};

/**
 * A reminder that falls due waits for a pause in input (input-pause.ts): readings show it, and
 * so does the end of the longest wait; one no longer due stops waiting.
 */
const settlePending: Rule = (settings, s, at, out) => {
  applyBusyRules(settings, s, at, out);
  if (s.pending && !pendingStillDue(settings, s, at)) s.pending = null;
  if (s.pending && at >= inputWaitEnd(s.pending)) showPending(settings, s, at, out);
};

/** The reminder shown: ignored after its time, or repeated once when it is time to. */
const settleReminder: Rule = (settings, s, at, out) => {
  if (!s.reminder) return;
  if (at >= ignoreAt(settings, s)) {
    record(s, at, 'ignored', out);
    withdraw(s, at, 'ignored', out);
    restartTimer(s);
  } else if (
    settings.reminders.repeatIfUnanswered &&
    s.reminder.repeatAt === null &&
    s.pending === null &&
    s.held === null &&
    at >= s.reminder.firstAt + repeatMs(settings) &&
    canRemind(settings, s, at)
  ) {
    fallDue(settings, s, at, 'repeat', out);
  }
};

/** Enough sitting: the next reminder falls due, or is skipped when the user asked to. */
const settleDue: Rule = (settings, s, at, out) => {
  if (s.reminder || s.pending !== null || s.held !== null) return;
  if (s.sittingMs < dueSittingMs(settings, s) || !canRemind(settings, s, at)) return;
  if (s.skipNext) {
    s.skipNext = false;
    record(s, at, 'skipped', out);
    restartTimer(s);
  } else {
    fallDue(settings, s, at, 'first', out);
  }
};

/** The rules, in the order they are settled: each sees what the ones before it changed. */
const RULES: readonly Rule[] = [
  forgetStaleRoutine,
  settleAbsence,
  settleWorkingHours,
  settlePauseEnd,
  settlePending,
  settleReminder,
  settleDue,
];

/** Settles every rule at instant `at` (state.asOf must already be `at`). */
export function applyRules(
  settings: TimerSettings,
  s: TimerState,
  at: number,
  out: TimerEffect[],
): void {
  for (const rule of RULES) rule(settings, s, at, out);
}

/** Is sitting time accruing right after `state.asOf`? */
function isCounting(settings: TimerSettings, s: TimerState): boolean {
  // A short absence still counts; once it became a break, nothing counts until the return.
  if (s.away?.breakTaken || s.routineStartedAt !== null) return false;
  return isWorkingAt(settings.workingHours, s.asOf);
}

/** The next instant after `state.asOf` at which a rule may change something, or null. */
export function nextTimelineEvent(
  settings: TimerSettings,
  s: TimerState,
): { at: number; kind: TimelineKind } | null {
  const candidates: { at: number; kind: TimelineKind }[] = [];
  const boundary = nextHoursBoundary(settings.workingHours, s.asOf);
  if (boundary) candidates.push(boundary);
  if (s.away && !s.away.breakTaken) {
    candidates.push({ at: s.away.since + breakMs(settings), kind: 'natural-break' });
  }
  if (s.routineStartedAt !== null) {
    candidates.push({ at: s.routineStartedAt + ROUTINE_STALE_MS, kind: 'routine-stale' });
  }
  if (s.pausedUntil !== null) candidates.push({ at: s.pausedUntil, kind: 'pause-end' });
  if (s.pending) candidates.push({ at: inputWaitEnd(s.pending), kind: 'input-wait-over' });
  for (const spell of s.busy) {
    if (spell.until !== null) candidates.push({ at: spell.until, kind: 'busy-end' });
  }
  if (s.held) candidates.push({ at: dndLimitAt(settings, s.held.since), kind: 'dnd-limit' });
  if (s.reminder) {
    const ignore = ignoreAt(settings, s);
    if (ignore !== Infinity) candidates.push({ at: ignore, kind: 'ignored' });
    const waiting = s.pending || s.held;
    if (settings.reminders.repeatIfUnanswered && s.reminder.repeatAt === null && !waiting) {
      candidates.push({ at: s.reminder.firstAt + repeatMs(settings), kind: 'repeat' });
    }
  } else if (
    isCounting(settings, s) &&
    s.away === null &&
    s.pausedUntil === null &&
    s.pending === null
  ) {
    // An overdue reminder that is held back (pause, absence) goes out when that ends instead.
    const left = dueSittingMs(settings, s) - s.sittingMs;
    if (left > 0) candidates.push({ at: s.asOf + left, kind: 'reminder' });
  }
  let best: { at: number; kind: TimelineKind } | null = null;
  for (const c of candidates) if (c.at > s.asOf && (!best || c.at < best.at)) best = c;
  return best;
}

function accrue(settings: TimerSettings, s: TimerState, to: number): void {
  if (to <= s.asOf) return;
  if (isCounting(settings, s)) s.sittingMs += to - s.asOf;
  s.asOf = to;
}

/** The wall clock went back: nothing in the state may lie in the future of `now`. */
function rebase(s: TimerState, now: number): void {
  const clamp = (t: number) => Math.min(t, now);
  pullBackPause(s, s.asOf - now);
  s.asOf = now;
  if (s.away) s.away.since = clamp(s.away.since);
  if (s.reminder) {
    s.reminder.firstAt = clamp(s.reminder.firstAt);
    if (s.reminder.repeatAt !== null) s.reminder.repeatAt = clamp(s.reminder.repeatAt);
  }
  if (s.idle) s.idle.checkedAt = clamp(s.idle.checkedAt);
  if (s.routineStartedAt !== null) s.routineStartedAt = clamp(s.routineStartedAt);
  if (s.outsideSince !== null) s.outsideSince = clamp(s.outsideSince);
  if (s.lastNaturalBreakAt !== null) s.lastNaturalBreakAt = clamp(s.lastNaturalBreakAt);
  if (s.held) s.held.since = clamp(s.held.since);
  for (const spell of s.busy) spell.since = clamp(spell.since);
  if (s.busyCheckedAt !== null) s.busyCheckedAt = clamp(s.busyCheckedAt);
  if (s.pending) {
    if (s.pending.heldSince !== undefined) s.pending.heldSince = clamp(s.pending.heldSince);
    s.pending.since = clamp(s.pending.since);
    if (s.pending.checkedAt !== null) s.pending.checkedAt = clamp(s.pending.checkedAt);
  }
  const log = s.fullRoutines;
  if (log.lastSuggestedAt !== null) log.lastSuggestedAt = clamp(log.lastSuggestedAt);
  if (log.lastEndedAt !== null) log.lastEndedAt = clamp(log.lastEndedAt);
}

const MAX_STEPS = 100_000;

/**
 * Walks the state forward to `to`, in place on a copy, collecting effects. `stop` ends the walk
 * early (used to project the next reminder).
 */
export function advance(
  settings: TimerSettings,
  state: TimerState,
  to: number,
  out: TimerEffect[],
  stop?: (out: TimerEffect[]) => boolean,
): TimerState {
  const s = cloneTimerState(state);
  if (to < s.asOf) rebase(s, to);
  applyRules(settings, s, s.asOf, out);
  for (let i = 0; i < MAX_STEPS; i++) {
    if (stop?.(out)) return s;
    const event = nextTimelineEvent(settings, s);
    if (!event || event.at > to) break;
    accrue(settings, s, event.at);
    applyRules(settings, s, event.at, out);
  }
  accrue(settings, s, to);
  applyRules(settings, s, to, out);
  return s;
}

/** Adds sitting for [from, state.asOf) when a return turns out to have happened earlier. */
export function accrueBackdated(settings: TimerSettings, s: TimerState, from: number): void {
  if (from < s.asOf) s.sittingMs += workingMsBetween(settings.workingHours, from, s.asOf);
}
