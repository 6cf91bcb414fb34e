import { describe, expect, it } from 'vitest';
import { t } from '../../english';
import {
  emptyFullRoutineLog,
  fullOccasionsOn,
  suggestBreak,
  withFullOccasion,
  withFullRoutineEnded,
  type BreakRules,
} from '../../../electron/core/schedule/break-choice';
import { describeBreakRule } from '../../../electron/core/schedule/break-rule-text';
import { HOUR, MIN, MON, dstChanges, local } from './harness';

const zone = process.env.TZ ?? 'UTC';
const defaults: BreakRules = { fullRoutinesPerDay: 2, fullRoutineGapHours: 3 };
const TUE = (h: number, mi = 0) => local(2025, 1, 14, h, mi);

describe(`which break a reminder suggests under TZ=${zone}`, () => {
  it('suggests the full routine first, then the quick stretch until the gap has passed', () => {
    let log = emptyFullRoutineLog();
    expect(suggestBreak(defaults, log, MON(10))).toBe('full');
    log = withFullOccasion(log, MON(10), true);
    expect(suggestBreak(defaults, log, MON(11))).toBe('quick');
    expect(suggestBreak(defaults, log, MON(12, 59))).toBe('quick');
    expect(suggestBreak(defaults, log, MON(13))).toBe('full');
  });

  it('counts the gap from the later of the last full suggestion and the last full end', () => {
    let log = withFullOccasion(emptyFullRoutineLog(), MON(9), true);
    log = withFullRoutineEnded(log, MON(11)); // a full routine started from the tray, say
    expect(suggestBreak(defaults, log, MON(13, 30))).toBe('quick');
    expect(suggestBreak(defaults, log, MON(14))).toBe('full');
  });

  it('suggests it at most N times a local day, and starts counting again the next day', () => {
    let log = emptyFullRoutineLog();
    log = withFullOccasion(log, MON(8), true);
    log = withFullOccasion(log, MON(12), false); // started from the tray: an occasion too
    expect(fullOccasionsOn(log, MON(20))).toBe(2);
    expect(suggestBreak(defaults, log, MON(20))).toBe('quick');
    expect(fullOccasionsOn(log, TUE(0, 1))).toBe(0);
    // A new day, but the gap still holds across midnight (night shifts).
    expect(suggestBreak(defaults, withFullOccasion(log, MON(23), true), TUE(1))).toBe('quick');
    expect(suggestBreak(defaults, log, TUE(9))).toBe('full');
  });

  it('never suggests it with a limit of 0, and needs no gap with a gap of 0', () => {
    const never = { fullRoutinesPerDay: 0, fullRoutineGapHours: 3 };
    expect(suggestBreak(never, emptyFullRoutineLog(), MON(10))).toBe('quick');
    const back = { fullRoutinesPerDay: 8, fullRoutineGapHours: 0 };
    const log = withFullOccasion(emptyFullRoutineLog(), MON(10), true);
    expect(suggestBreak(back, log, MON(10, 1))).toBe('full');
  });

  it('measures the gap in real hours over a DST change', () => {
    const { spring, fall } = dstChanges(2025);
    for (const change of [spring, fall]) {
      if (change === null) continue;
      const log = withFullOccasion(emptyFullRoutineLog(), change - 2 * HOUR, true);
      expect(suggestBreak(defaults, log, change + HOUR - MIN)).toBe('quick');
      expect(suggestBreak(defaults, log, change + HOUR)).toBe('full');
    }
  });
});

describe('the rule in plain words', () => {
  it('says what the numbers mean as they change', () => {
    expect(describeBreakRule(t, defaults)).toBe(
      'Reminders suggest the full routine at most twice a day, and never within 3 hours of the ' +
        'last one. Every other reminder suggests the quick standing stretch.',
    );
    expect(describeBreakRule(t, { fullRoutinesPerDay: 1, fullRoutineGapHours: 1 })).toMatch(
      /^Reminders suggest the full routine at most once a day, and never within 1 hour of/,
    );
    expect(describeBreakRule(t, { fullRoutinesPerDay: 5, fullRoutineGapHours: 0 })).toBe(
      'Reminders suggest the full routine at most 5 times a day. ' +
        'Every other reminder suggests the quick standing stretch.',
    );
    expect(describeBreakRule(t, { fullRoutinesPerDay: 0, fullRoutineGapHours: 3 })).toMatch(
      /never suggested\. You can still start it from the tray\.$/,
    );
  });
});
