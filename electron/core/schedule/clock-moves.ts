import type { TimerState } from './timer-state';

/**
 * What the sitting timer does with its stored instants when the wall clock moves under it
 * (docs/decisions.md, "When the clock moves"). Kept apart from the timeline's rules so they read
 * in one place.
 */

/**
 * The clock went back by `by` ms (the state is rebased to the earlier instant). A pause keeps
 * the length it had left: its end moves back with the clock, instead of being clamped and
 * lasting the jump on top of its own length.
 */
export function pullBackPause(s: TimerState, by: number): void {
  if (s.pausedUntil !== null && by > 0) s.pausedUntil = Math.max(0, s.pausedUntil - by);
}

/**
 * The clock went forward by `by` ms while the person was at the machine (no suspend, no
 * measured idle time): that jump is neither sitting nor a break. Every stored instant moves
 * forward with it, so the count, a reminder out, a pause and an absence carry on where they
 * were. Day keys stay as they are: the days themselves did not change.
 */
export function carriedForward(s: TimerState, by: number): void {
  const shift = (t: number) => t + by;
  s.asOf = shift(s.asOf);
  if (s.away) s.away.since = shift(s.away.since);
  if (s.pausedUntil !== null) s.pausedUntil = shift(s.pausedUntil);
  if (s.reminder) {
    s.reminder.firstAt = shift(s.reminder.firstAt);
    if (s.reminder.repeatAt !== null) s.reminder.repeatAt = shift(s.reminder.repeatAt);
  }
  if (s.pending) {
    s.pending.since = shift(s.pending.since);
    if (s.pending.checkedAt !== null) s.pending.checkedAt = shift(s.pending.checkedAt);
    if (s.pending.heldSince !== undefined) s.pending.heldSince = shift(s.pending.heldSince);
  }
  // A reminder held for a call or Do Not Disturb keeps the time it has been held: the jump does
  // not bring its limit nearer. The detectors' last reading keeps its instant, so they are read
  // again at once.
  if (s.held) s.held.since = shift(s.held.since);
  if (s.idle) s.idle.checkedAt = shift(s.idle.checkedAt);
  if (s.routineStartedAt !== null) s.routineStartedAt = shift(s.routineStartedAt);
  if (s.outsideSince !== null) s.outsideSince = shift(s.outsideSince);
  if (s.lastNaturalBreakAt !== null) s.lastNaturalBreakAt = shift(s.lastNaturalBreakAt);
  const log = s.fullRoutines;
  if (log.lastSuggestedAt !== null) log.lastSuggestedAt = shift(log.lastSuggestedAt);
  if (log.lastEndedAt !== null) log.lastEndedAt = shift(log.lastEndedAt);
}
