import { describe, expect, it } from 'vitest';
import { english } from '../../english';
import { settingsErrorText } from '../../../electron/core/settings/error-text';
import type { SettingsError } from '../../../electron/core/settings/field-error';

/** An error as the window shows it, in English. */
const words = (error: SettingsError | undefined) =>
  error ? settingsErrorText(english, error) : '';
import { findRangeOverlaps } from '../../../electron/core/settings/overlap';
import {
  defaultWorkingHours,
  type TimeRange,
  type Weekday,
  type WorkingHours,
} from '../../../electron/core/settings/schema';
import { validateSettings } from '../../../electron/core/settings/validate';
import { customSettings } from './fixtures';

const r = (from: string, to: string): TimeRange => ({ from, to });

function hoursWith(
  days: Partial<Record<Weekday, TimeRange[] | { off: TimeRange[] }>>,
): WorkingHours {
  const hours = defaultWorkingHours();
  for (const [day, value] of Object.entries(days) as [
    Weekday,
    TimeRange[] | { off: TimeRange[] },
  ][]) {
    hours[day] = Array.isArray(value)
      ? { enabled: true, ranges: value }
      : { enabled: false, ranges: value.off };
  }
  return hours;
}

describe('overlapping working ranges', () => {
  it('accepts ranges that only touch (lunch break ending as the afternoon starts)', () => {
    expect(
      findRangeOverlaps(hoursWith({ mon: [r('09:00', '12:00'), r('12:00', '17:00')] })),
    ).toEqual([]);
  });

  it('flags the later of two overlapping ranges on one day, naming the other', () => {
    const errors = findRangeOverlaps(
      hoursWith({ tue: [r('09:00', '12:30'), r('12:00', '17:00')] }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('workingHours.tue.ranges.1');
    expect(words(errors[0])).toContain('09:00–12:30');
  });

  it('flags a range inside another one regardless of the order they are listed in', () => {
    const errors = findRangeOverlaps(
      hoursWith({ wed: [r('10:00', '11:00'), r('08:00', '18:00')] }),
    );
    expect(errors.map((e) => e.path)).toEqual(['workingHours.wed.ranges.1']);
  });

  it('sees a night range reaching midnight as covering the late evening of its own day', () => {
    const errors = findRangeOverlaps(
      hoursWith({ thu: [r('22:00', '06:00'), r('23:00', '23:30')] }),
    );
    expect(errors.map((e) => e.path)).toEqual(['workingHours.thu.ranges.1']);
  });

  it("does not treat a night range's early-morning part as the same day's morning", () => {
    expect(
      findRangeOverlaps(hoursWith({ thu: [r('22:00', '06:00'), r('05:00', '07:00')] })),
    ).toEqual([]);
  });

  it("flags the next day's early range that a night range runs into", () => {
    const errors = findRangeOverlaps(
      hoursWith({ mon: [r('22:00', '02:00')], tue: [r('01:00', '05:00'), r('09:00', '17:00')] }),
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]?.path).toBe('workingHours.tue.ranges.0');
    expect(words(errors[0])).toContain('Monday');
    expect(words(errors[0])).toContain('22:00–02:00');
  });

  it('wraps the week: a Sunday night range runs into Monday', () => {
    const errors = findRangeOverlaps(
      hoursWith({ sun: [r('20:00', '09:30')], mon: [r('09:00', '17:00')] }),
    );
    expect(errors.map((e) => e.path)).toEqual(['workingHours.mon.ranges.0']);
  });

  it('accepts a night shift that hands over exactly when the next day starts', () => {
    expect(
      findRangeOverlaps(hoursWith({ mon: [r('22:00', '06:00')], tue: [r('06:00', '14:00')] })),
    ).toEqual([]);
  });

  it('accepts a range ending at midnight (00:00 or 24:00) next to an early next-day start', () => {
    const hours = hoursWith({
      fri: [r('18:00', '00:00')],
      sat: [r('00:00', '04:00')],
      sun: [r('20:00', '24:00')],
      mon: [r('00:00', '03:00')],
    });
    expect(findRangeOverlaps(hours)).toEqual([]);
  });

  it('ignores the spill-over when either day is switched off', () => {
    expect(
      findRangeOverlaps(
        hoursWith({ mon: [r('22:00', '02:00')], tue: { off: [r('01:00', '05:00')] } }),
      ),
    ).toEqual([]);
    expect(
      findRangeOverlaps(
        hoursWith({ mon: { off: [r('22:00', '02:00')] }, tue: [r('01:00', '05:00')] }),
      ),
    ).toEqual([]);
  });

  it('still checks the ranges kept on a switched-off day against each other', () => {
    const errors = findRangeOverlaps(
      hoursWith({ sat: { off: [r('09:00', '12:00'), r('11:00', '13:00')] } }),
    );
    expect(errors.map((e) => e.path)).toEqual(['workingHours.sat.ranges.1']);
  });

  it('makes validateSettings refuse overlapping hours with the same per-range errors', () => {
    const settings = customSettings();
    settings.workingHours.mon = {
      enabled: true,
      ranges: [r('08:00', '12:00'), r('11:00', '16:00')],
    };
    expect(validateSettings(settings)).toEqual({
      ok: false,
      errors: [expect.objectContaining({ path: 'workingHours.mon.ranges.1' })],
    });
  });
});
