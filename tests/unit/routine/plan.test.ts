import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../electron/core/routine/catalogue';
import { breakMinutes } from '../../../electron/core/routine/length';
import {
  buildPlan,
  describePlanLength,
  planForBreak,
  planForSettings,
  MIN_SWITCH_SECONDS,
  planOptionsFromSettings,
  switchSecondsFor,
  validatePlanOptions,
  type PlanOptions,
} from '../../../electron/core/routine/plan';
import type { HoldStep, PlanStep } from '../../../electron/core/routine/types';
import { defaultSettings } from '../../../electron/core/settings/schema';
import { stretchName } from '../../../electron/core/routine/stretch-words';
import { t } from '../../english';

const defaults = (): PlanOptions => planOptionsFromSettings(defaultSettings().routine);
const holdsOf = (steps: readonly PlanStep[]): HoldStep[] =>
  steps.filter((s): s is HoldStep => s.kind === 'hold');
/** A compact picture of the plan: S=setup, G=get-set, L/R/B=hold, >=switch, D=done. */
const shape = (steps: readonly PlanStep[]): string =>
  steps
    .map((s) => {
      if (s.kind === 'setup') return 'S';
      if (s.kind === 'get-set') return 'G';
      if (s.kind === 'switch') return '>';
      if (s.kind === 'done') return 'D';
      return s.side === 'left' ? 'L' : s.side === 'right' ? 'R' : 'B';
    })
    .join('');

describe('buildPlan with the default settings (the prescribed routine)', () => {
  const plan = buildPlan(CATALOGUE, defaults());

  it('has 13 holds of 30 s: 6 min 30 s of holding', () => {
    const holds = holdsOf(plan.steps);
    expect(plan.holdCount).toBe(13);
    expect(holds).toHaveLength(13);
    expect(holds.every((h) => h.durationMs === 30_000)).toBe(true);
    expect(plan.holdMs).toBe(390_000);
  });

  it('plays the four stretches in order, each sided one L,R,L,R with switches between holds', () => {
    expect(shape(plan.steps)).toBe('SGL>R>L>R' + 'SGL>R>L>R' + 'SGB' + 'SGL>R>L>R' + 'D');
    const stretchOrder = plan.steps
      .filter((s) => s.kind === 'setup')
      .map((s) => (s.kind === 'setup' ? s.stretchId : ''));
    expect(stretchOrder).toEqual(['kneeling-lunge', 'kneeling-side', 'butterfly', 'standing-quad']);
    expect(plan.stretches.map((s) => s.id)).toHaveLength(4);
  });

  it('holds the butterfly once, with no side', () => {
    const butterfly = holdsOf(plan.steps).filter((h) => h.stretchId === 'butterfly');
    expect(butterfly).toEqual([
      expect.objectContaining({ side: null, cycle: 1, durationMs: 30_000 }),
    ]);
  });

  it('numbers holds 1..13 across the routine and counts cycles per stretch', () => {
    const holds = holdsOf(plan.steps);
    expect(holds.map((h) => h.holdNumber)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    const lunge = holds.filter((h) => h.stretchId === 'kneeling-lunge');
    expect(lunge.map((h) => `${h.cycle}${h.side}`)).toEqual(['1left', '1right', '2left', '2right']);
  });

  it('switches from the leg just held to the other one', () => {
    const switches = plan.steps.flatMap((step, i) =>
      step.kind === 'switch' ? [{ step, before: plan.steps[i - 1], after: plan.steps[i + 1] }] : [],
    );
    expect(switches).toHaveLength(9);
    for (const { step, before, after } of switches) {
      expect(before).toMatchObject({ kind: 'hold', side: step.from, stretchId: step.stretchId });
      expect(after).toMatchObject({ kind: 'hold', side: step.to, stretchId: step.stretchId });
      expect(step.from).not.toBe(step.to);
    }
  });

  it("gives each stretch's switches the time that stretch needs: 10 s lunge, 15 s side and quad", () => {
    const switchTimes = plan.steps.flatMap((step) =>
      step.kind === 'switch' ? [`${step.stretchId} ${step.durationMs / 1000}`] : [],
    );
    expect(switchTimes).toEqual([
      ...Array<string>(3).fill('kneeling-lunge 10'),
      ...Array<string>(3).fill('kneeling-side 15'),
      ...Array<string>(3).fill('standing-quad 15'),
    ]);
  });

  it('counts 8 s to get set after each set-up, on the side of the first hold, before the hold', () => {
    const getSets = plan.steps.flatMap((step, i) =>
      step.kind === 'get-set'
        ? [{ step, before: plan.steps[i - 1], after: plan.steps[i + 1] }]
        : [],
    );
    expect(getSets).toHaveLength(4);
    for (const { step, before, after } of getSets) {
      expect(step.durationMs).toBe(8_000);
      expect(before).toMatchObject({ kind: 'setup', stretchId: step.stretchId, side: step.side });
      // The hold keeps its full length: the count comes on top of it.
      expect(after).toMatchObject({ kind: 'hold', side: step.side, durationMs: 30_000 });
    }
  });

  it('gives each stretch a set-up naming the first side', () => {
    const setups = plan.steps.filter((s) => s.kind === 'setup');
    expect(setups.map((s) => (s.kind === 'setup' ? [s.side, s.durationMs] : null))).toEqual([
      ['left', 15_000],
      ['left', 15_000],
      [null, 15_000],
      ['left', 15_000],
    ]);
  });

  it('totals holds, 4 set-ups of 15 s, 4 get-set counts of 8 s and the 9 switches', () => {
    expect(plan.totalMs).toBe(390_000 + 4 * 15_000 + 4 * 8_000 + 3 * (10_000 + 15_000 + 15_000));
    // 10 min 2 s, announced rounded up.
    expect(describePlanLength(plan)).toBe('about 11 min');
  });
});

describe('switch and get-set lengths', () => {
  const switchSeconds = (plan: ReturnType<typeof buildPlan>) => [
    ...new Set(plan.steps.flatMap((s) => (s.kind === 'switch' ? [s.durationMs / 1000] : []))),
  ];

  it("lengthens every stretch's switch by the extra seconds of the settings", () => {
    const plan = buildPlan(CATALOGUE, { ...defaults(), switchExtraSeconds: 5 });
    expect(switchSeconds(plan)).toEqual([15, 20]);
  });

  it('shortens them too, never below 3 s', () => {
    expect(switchSeconds(buildPlan(CATALOGUE, { ...defaults(), switchExtraSeconds: -5 }))).toEqual([
      5, 10,
    ]);
    expect(switchSeconds(buildPlan(CATALOGUE, { ...defaults(), switchExtraSeconds: -7 }))).toEqual([
      3, 8,
    ]);
    for (const stretch of CATALOGUE) {
      expect(switchSecondsFor(stretch, -7)).toBeGreaterThanOrEqual(MIN_SWITCH_SECONDS);
    }
  });

  it('uses the get-set count the user chose', () => {
    const plan = buildPlan(CATALOGUE, { ...defaults(), getSetSeconds: 12 });
    const counts = plan.steps.filter((s) => s.kind === 'get-set').map((s) => s.durationMs);
    expect(counts).toEqual([12_000, 12_000, 12_000, 12_000]);
  });

  it('counts no get-set when set-ups run out on their own timer', () => {
    const plan = buildPlan(CATALOGUE, { ...defaults(), waitForPosition: false });
    expect(shape(plan.steps)).toBe('SL>R>L>R' + 'SL>R>L>R' + 'SB' + 'SL>R>L>R' + 'D');
  });
});

describe('buildPlan with other options', () => {
  it('uses the hold length the user chose', () => {
    const plan = buildPlan(CATALOGUE, { ...defaults(), holdSeconds: 45 });
    expect(holdsOf(plan.steps).every((h) => h.durationMs === 45_000)).toBe(true);
    expect(plan.holdMs).toBe(13 * 45_000);
  });

  it('with 1 cycle holds each leg once, and the butterfly still once', () => {
    const plan = buildPlan(CATALOGUE, { ...defaults(), cycles: 1 });
    expect(shape(plan.steps)).toBe('SGL>R' + 'SGL>R' + 'SGB' + 'SGL>R' + 'D');
    expect(plan.holdCount).toBe(7);
  });

  it('with 3 cycles holds each leg three times', () => {
    const plan = buildPlan(CATALOGUE, { ...defaults(), cycles: 3, stretches: ['standing-quad'] });
    expect(shape(plan.steps)).toBe('SGL>R>L>R>L>RD');
  });

  it('plays only the chosen stretches, in the chosen order', () => {
    const plan = buildPlan(CATALOGUE, {
      ...defaults(),
      stretches: ['butterfly', 'kneeling-lunge'],
    });
    expect(plan.stretches.map((s) => s.id)).toEqual(['butterfly', 'kneeling-lunge']);
    expect(shape(plan.steps)).toBe('SGB' + 'SGL>R>L>R' + 'D');
    expect(holdsOf(plan.steps).map((h) => h.holdNumber)).toEqual([1, 2, 3, 4, 5]);
    expect(plan.totalMs).toBe(5 * 30_000 + 2 * 15_000 + 2 * 8_000 + 3 * 10_000);
  });

  it('describes short and long plans', () => {
    const short = buildPlan(CATALOGUE, {
      ...defaults(),
      holdSeconds: 10,
      setupSeconds: 5,
      stretches: ['butterfly'],
    });
    expect(describePlanLength(short)).toBe('under a minute');
    const long = buildPlan(CATALOGUE, { ...defaults(), holdSeconds: 120, cycles: 4 });
    // 25 holds of 2 min, 4 set-ups of 15 s and 4 counts of 8 s, 7 switches each of 10 s, 15 s
    // and 15 s = 50 + 1.53 + 4.67 min.
    expect(describePlanLength(long)).toBe('about 57 min');
  });

  it('copies the stretch list from settings so later edits do not leak into the plan', () => {
    const settings = defaultSettings().routine;
    const options = planOptionsFromSettings(settings);
    settings.stretches.pop();
    expect(options.stretches).toHaveLength(4);
    expect(options).not.toHaveProperty('sound');
  });
});

describe('validatePlanOptions', () => {
  const errorsFor = (patch: Record<string, unknown>) => {
    const result = validatePlanOptions({ ...defaults(), ...patch });
    return result.ok ? [] : result.errors;
  };

  it('accepts the defaults', () => {
    expect(validatePlanOptions(defaults())).toEqual({ ok: true, options: defaults() });
  });

  it.each([
    [{ holdSeconds: 5 }, 'holdSeconds', 'At least 10 seconds.'],
    [{ holdSeconds: 121 }, 'holdSeconds', 'At most 120 seconds.'],
    [{ holdSeconds: 30.5 }, 'holdSeconds', 'Hold length must be a whole number.'],
    [{ holdSeconds: '30' }, 'holdSeconds', 'Hold length must be a number.'],
    [{ holdSeconds: undefined }, 'holdSeconds', 'Hold length is missing.'],
    [{ cycles: 0 }, 'cycles', 'At least 1 cycle.'],
    [{ cycles: 5 }, 'cycles', 'At most 4 cycles.'],
    [{ setupSeconds: 2 }, 'setupSeconds', 'At least 5 seconds.'],
    [{ switchExtraSeconds: 31 }, 'switchExtraSeconds', 'At most 30 seconds.'],
    [{ switchExtraSeconds: -8 }, 'switchExtraSeconds', 'At least -7 seconds.'],
    [{ getSetSeconds: 2 }, 'getSetSeconds', 'At least 3 seconds.'],
    [{ getSetSeconds: 16 }, 'getSetSeconds', 'At most 15 seconds.'],
    [{ stretches: [] }, 'stretches', 'Choose at least one stretch.'],
    [{ stretches: ['butterfly', 'butterfly'] }, 'stretches', 'Each stretch can appear only once.'],
    [
      { stretches: 'butterfly' },
      'stretches',
      'The list of stretches must be a list of stretch ids.',
    ],
  ])('refuses %j with a clear message', (patch, path, message) => {
    expect(errorsFor(patch)).toEqual([{ path, message }]);
  });

  it('names an unknown stretch and the valid ones', () => {
    const [error] = errorsFor({ stretches: ['butterfly', 'cobra'] });
    expect(error?.path).toBe('stretches.1');
    expect(error?.message).toContain('"cobra"');
    expect(error?.message).toContain('kneeling-lunge');
  });

  it('reports every bad field at once', () => {
    expect(errorsFor({ holdSeconds: 1, cycles: 9 }).map((e) => e.path)).toEqual([
      'holdSeconds',
      'cycles',
    ]);
  });

  it('refuses something that is not an object', () => {
    expect(validatePlanOptions(null)).toEqual({
      ok: false,
      errors: [{ path: '', message: 'Plan options must be an object.' }],
    });
  });
});

describe('buildPlan with bad input', () => {
  it('throws, naming the field and the problem', () => {
    expect(() => buildPlan(CATALOGUE, { ...defaults(), cycles: 0 })).toThrow(
      'Cannot build a routine plan: cycles: At least 1 cycle.',
    );
  });

  it('throws when a chosen stretch is missing from the catalogue given', () => {
    const withoutButterfly = CATALOGUE.filter((s) => s.id !== 'butterfly');
    expect(() => buildPlan(withoutButterfly, defaults())).toThrow(
      /"butterfly" is not in the catalogue/,
    );
  });
});

describe('planForSettings', () => {
  it("builds the user's routine from the catalogue: chosen stretches, order and timings", () => {
    const settings = defaultSettings();
    settings.routine = {
      ...settings.routine,
      holdSeconds: 45,
      cycles: 1,
      stretches: ['standing-quad', 'butterfly'],
    };
    const plan = planForSettings(settings);
    expect(plan.stretches.map((s) => stretchName(t, s.id))).toEqual([
      'Standing quad stretch',
      'Butterfly stretch',
    ]);
    expect(shape(plan.steps)).toBe('SGL>R' + 'SGB' + 'D');
    expect(plan.holdMs).toBe(3 * 45_000);
  });

  it('refuses settings that no plan can be built from', () => {
    const settings = defaultSettings();
    settings.routine.stretches = [];
    expect(() => planForSettings(settings)).toThrow(/Cannot build a routine plan/);
  });
});

describe('planForBreak', () => {
  it('plays the whole routine for a full break, as planForSettings does', () => {
    const settings = defaultSettings();
    expect(planForBreak(settings, 'full')).toEqual(planForSettings(settings));
  });

  it('plays the standing quad stretch alone, one cycle, for a quick break: about 2 min', () => {
    const plan = planForBreak(defaultSettings(), 'quick');
    expect(plan.stretches.map((s) => s.id)).toEqual(['standing-quad']);
    expect(shape(plan.steps)).toBe('SGL>R' + 'D');
    // 15 s of set-up, an 8 s count, two holds of 30 s, 15 s to turn round and switch legs.
    expect(plan.totalMs).toBe(98_000);
    expect(breakMinutes(plan)).toBe(2);
    expect(describePlanLength(plan)).toBe('about 2 min');
  });

  it("uses the user's hold, set-up and switch lengths, even when their routine leaves the quad out", () => {
    const settings = defaultSettings();
    settings.routine = {
      ...settings.routine,
      holdSeconds: 45,
      cycles: 3,
      setupSeconds: 20,
      switchExtraSeconds: 5,
      getSetSeconds: 6,
      stretches: ['butterfly'],
    };
    const plan = planForBreak(settings, 'quick');
    expect(shape(plan.steps)).toBe('SGL>R' + 'D');
    expect(holdsOf(plan.steps).map((h) => h.durationMs)).toEqual([45_000, 45_000]);
    // The quad stretch's own 15 s switch, 5 s longer.
    expect(plan.totalMs).toBe(20_000 + 6_000 + 45_000 + 20_000 + 45_000);
    expect(breakMinutes(plan)).toBe(3);
  });
});
