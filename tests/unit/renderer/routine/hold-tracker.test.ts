import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../../electron/core/routine/catalogue';
import type { PlanStep } from '../../../../electron/core/routine/types';
import { stretchesCompleted } from '../../../../renderer/src/routine/hold-tracker';
import { hold, setup, switchLegs } from './plan-steps';

describe('end-screen tally of completed stretches', () => {
  const plan = {
    steps: [
      { kind: 'setup', stretchId: 'kneeling-lunge', side: 'left', durationMs: 1 },
      hold(1, 'left'),
      switchLegs,
      hold(2, 'right'),
      setup,
      { ...hold(3, null), stretchId: 'butterfly' },
      { kind: 'done' },
    ] as PlanStep[],
    stretches: CATALOGUE.filter((s) => s.id === 'kneeling-lunge' || s.id === 'butterfly'),
    holdCount: 3,
    totalMs: 0,
    holdMs: 0,
  };

  it('counts a stretch only when every one of its holds was completed', () => {
    expect(stretchesCompleted(plan, [1])).toEqual([]);
    expect(stretchesCompleted(plan, [1, 2])).toEqual(['kneeling-lunge']);
    expect(stretchesCompleted(plan, [2, 3])).toEqual(['butterfly']);
  });
});
