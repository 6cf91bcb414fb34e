import { MINUTE_MS, SECOND_MS } from '../time/units';
import type { TimerState } from './timer-state';

/**
 * No interrupting mid-sentence (docs/decisions.md): a reminder that falls due while the person
 * types or moves the mouse waits for a short pause in input before it is shown. The core asks
 * for idle readings while it waits; the sitting timer shows the reminder at the first reading
 * of a pause, or when the wait has lasted its longest (a timeline event).
 */

/** A reading of at least this many idle seconds is a pause: the waiting reminder shows then. */
export const INPUT_PAUSE_SECONDS = 3;
/** While a reminder waits, idle is read no more often than this. */
export const INPUT_CHECK_MS = 10 * SECOND_MS;
/** The longest a reminder waits for a pause; then it is shown regardless. */
export const INPUT_WAIT_MAX_MS = 2 * MINUTE_MS;

/**
 * When the waiting reminder needs its next idle reading, or null when none waits. The first
 * reading is due at the instant the reminder fell due, so someone already idle sees it at once.
 */
export function nextInputCheck(state: TimerState): number | null {
  const waiting = state.pending;
  if (!waiting) return null;
  return waiting.checkedAt === null ? waiting.since : waiting.checkedAt + INPUT_CHECK_MS;
}
