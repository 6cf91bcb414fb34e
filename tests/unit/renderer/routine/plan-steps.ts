/** Hand-made plan steps for the renderer's pure routine tests: one of each kind. */
import type { PlanStep } from '../../../../electron/core/routine/types';

export const setup: PlanStep = {
  kind: 'setup',
  stretchId: 'butterfly',
  side: null,
  durationMs: 15_000,
};

export const hold = (holdNumber: number, side: 'left' | 'right' | null = 'left'): PlanStep => ({
  kind: 'hold',
  stretchId: 'kneeling-lunge',
  side,
  durationMs: 30_000,
  holdNumber,
  cycle: 1,
});

export const switchLegs: PlanStep = {
  kind: 'switch',
  stretchId: 'kneeling-lunge',
  from: 'left',
  to: 'right',
  durationMs: 8_000,
};
