import { SECOND_MS } from '../../../../electron/core/time/units';
/** The whole seconds a countdown shows: 29.3 s left reads "30", 0 s reads "0". */
export function wholeSecondsLeft(ms: number): number {
  return Math.max(0, Math.ceil(ms / SECOND_MS));
}

/** "m:ss" for a countdown or a routine length, rounding partial seconds up like a countdown. */
export function formatMinutesSeconds(ms: number): string {
  const total = wholeSecondsLeft(ms);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Milliseconds until a countdown showing whole seconds changes its number (0 when none left). */
export function msUntilNextWholeSecond(remainingMs: number): number {
  if (remainingMs <= 0) return 0;
  return ((Math.ceil(remainingMs) - 1) % SECOND_MS) + 1;
}
