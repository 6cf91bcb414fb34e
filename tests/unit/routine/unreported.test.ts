import { describe, expect, it } from 'vitest';
import { RoutineResultSchema } from '../../../electron/core/ipc/contract';
import { unreportedRoutineResult } from '../../../electron/core/routine/unreported';
import { DAY_MS, MINUTE_MS } from '../../../electron/core/time/units';

const START = Date.UTC(2025, 2, 10, 10, 0);

describe('a routine that never reported a result', () => {
  it('ended early with no hold done, after the time it was seen running', () => {
    expect(unreportedRoutineResult(13, START, START + 4 * MINUTE_MS)).toEqual({
      outcome: 'ended-early',
      holdsDone: 0,
      holdCount: 13,
      durationMs: 4 * MINUTE_MS,
    });
  });

  it('is always a result main accepts: a window left open for days, a clock set back', () => {
    const forgotten = unreportedRoutineResult(13, START, START + 3 * DAY_MS);
    const clockSetBack = unreportedRoutineResult(0, START, START - MINUTE_MS);
    expect(forgotten.durationMs).toBe(DAY_MS);
    expect(clockSetBack).toMatchObject({ holdCount: 1, durationMs: 0 });
    expect(RoutineResultSchema.safeParse(forgotten).success).toBe(true);
    expect(RoutineResultSchema.safeParse(clockSetBack).success).toBe(true);
  });
});
