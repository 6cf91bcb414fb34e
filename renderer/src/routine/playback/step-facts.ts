import type { PlanStep, RoutinePlan, Side } from '../../../../electron/core/routine/types';

/** Facts about each step of a plan that the player looks up rather than recomputes. */
export interface StepFacts {
  /** Planned time from the start of the routine to the start of each step. */
  startOffsetMs: readonly number[];
  /**
   * The hold number to show at each step: the hold itself, or for set-up and switch steps the
   * hold that comes next; the done step shows the last hold.
   */
  displayHoldNumber: readonly number[];
}

export function durationOf(step: PlanStep | undefined): number {
  return step === undefined || step.kind === 'done' ? 0 : step.durationMs;
}

/** The side a step is about: its own side, or for a switch the side being switched to. */
export function sideOf(step: PlanStep | undefined): Side | null {
  if (step === undefined || step.kind === 'done') return null;
  return step.kind === 'switch' ? step.to : step.side;
}

export function buildStepFacts(plan: RoutinePlan): StepFacts {
  const startOffsetMs: number[] = [];
  let offset = 0;
  for (const step of plan.steps) {
    startOffsetMs.push(offset);
    offset += durationOf(step);
  }
  const displayHoldNumber: number[] = new Array<number>(plan.steps.length).fill(plan.holdCount);
  let upcoming = plan.holdCount;
  for (let i = plan.steps.length - 1; i >= 0; i--) {
    const step = plan.steps[i];
    if (step?.kind === 'hold') upcoming = step.holdNumber;
    if (step?.kind !== 'done') displayHoldNumber[i] = upcoming;
  }
  return { startOffsetMs, displayHoldNumber };
}
