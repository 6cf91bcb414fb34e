import type { RoutinePlan, StretchId } from '../../../electron/core/routine/types';

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
