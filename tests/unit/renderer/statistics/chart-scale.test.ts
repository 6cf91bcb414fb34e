import { describe, expect, it } from 'vitest';
import { divergingScale, scaleFor } from '../../../../renderer/src/statistics/chart-scale';

describe('chart scales', () => {
  it('round the top up to a whole step, with at most five gridlines', () => {
    expect(scaleFor(0)).toEqual({ max: 4, ticks: [0, 2, 4] });
    expect(scaleFor(7)).toEqual({ max: 8, ticks: [0, 2, 4, 6, 8] });
    expect(scaleFor(35)).toEqual({ max: 40, ticks: [0, 10, 20, 30, 40] });
    expect(scaleFor(3).ticks.every(Number.isInteger)).toBe(true);
  });

  it('share one step above and below the axis, each side as tall as it needs', () => {
    expect(divergingScale(7, 2)).toEqual({
      step: 2,
      upMax: 8,
      downMax: 2,
      ticks: [-2, 0, 2, 4, 6, 8],
    });
    expect(divergingScale(5, 0).downMax).toBe(0);
    expect(divergingScale(0, 0)).toMatchObject({ upMax: 2, downMax: 0 });
  });
});
