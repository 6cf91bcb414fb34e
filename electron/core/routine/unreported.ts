import type { RoutineResult } from './result';
import { DAY_MS } from '../time/units';

/**
 * The result recorded for a routine that never reported one: its window was closed with the
 * window button, or the app stopped while it ran. Nothing is known about the holds done, so it
 * ended early with none (the sitting count goes on). It lasted from its start to the last moment
 * it was seen, within the longest duration a result may hold (a day).
 */
export function unreportedRoutineResult(
  holdCount: number,
  startedAt: number,
  seenUntil: number,
): RoutineResult {
  return {
    outcome: 'ended-early',
    holdsDone: 0,
    holdCount: Math.max(1, holdCount),
    durationMs: Math.min(Math.max(0, seenUntil - startedAt), DAY_MS),
  };
}
