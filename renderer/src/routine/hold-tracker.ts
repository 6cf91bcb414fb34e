import type { RoutinePlan, StretchId } from '../../../electron/core/routine/types';

/**
 * The hold numbers that just completed when the player moved from step `fromIndex` to
 * `toIndex` and its count of completed holds grew by `newlyDone`: the last holds passed.
 */
export function holdsCompletedBetween(
  plan: RoutinePlan,
  fromIndex: number,
  toIndex: number,
  newlyDone: number,
): number[] {
  if (newlyDone <= 0) return [];
  const passed: number[] = [];
  for (let i = fromIndex; i < toIndex; i++) {
    const step = plan.steps[i];
    if (step?.kind === 'hold') passed.push(step.holdNumber);
  }
  return passed.slice(-newlyDone);
}

/** The stretches, in plan order, whose every hold is in `completedHolds`. */
export function stretchesCompleted(
  plan: RoutinePlan,
  completedHolds: readonly number[],
): StretchId[] {
  return plan.stretches
    .filter((stretch) => {
      const holds = plan.steps.filter((s) => s.kind === 'hold' && s.stretchId === stretch.id);
      return (
        holds.length > 0 &&
        holds.every((s) => s.kind === 'hold' && completedHolds.includes(s.holdNumber))
      );
    })
    .map((stretch) => stretch.id);
}
