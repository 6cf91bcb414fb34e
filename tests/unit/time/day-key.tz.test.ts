import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isDayKey,
  localDayKey,
  readDayKey,
  sameLocalDay,
  weekStart,
} from '../../../electron/core/time/day-key';
import { offsetText } from '../../../electron/core/time/local-iso';
import { HOUR_MS, MINUTE_MS } from '../../../electron/core/time/units';

const zone = process.env.TZ ?? 'UTC';

describe(`calendar days under TZ=${zone}`, () => {
  it('reads only days that exist, written YYYY-MM-DD', () => {
    expect(readDayKey('2028-02-29')).toEqual({ year: 2028, month: 1, day: 29 });
    for (const text of [
      '2026-02-29',
      '2026-13-01',
      '2026-04-31',
      '2026-1-05',
      ' 2026-01-05',
      '0099-01-01x',
    ]) {
      expect(readDayKey(text), text).toBeNull();
    }
    expect(isDayKey('2026-12-31')).toBe(true);
    expect(isDayKey('2026-12-32')).toBe(false);
  });

  it('counts calendar days across month, year and DST changes', () => {
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
    expect(daysBetween('2026-11-02', '2026-10-25')).toBe(-8);
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // a Sunday: its week began on Monday
    // Weeks that start on Sunday (7) or Saturday (6), as some locales have them.
    expect(weekStart('2026-12-06', 7)).toBe('2026-12-06');
    expect(weekStart('2026-12-05', 7)).toBe('2026-11-29');
    expect(weekStart('2026-12-04', 6)).toBe('2026-11-28');
    expect(weekStart('2026-03-02', 7)).toBe('2026-03-01'); // across a month's end
  });

  it("names the local day an instant falls on, and tells two instants' days apart", () => {
    const noon = new Date(2026, 9, 25, 12, 0).getTime();
    const morning = new Date(2026, 9, 25, 0, 5).getTime();
    const lateEvening = new Date(2026, 9, 25, 23, 55).getTime();
    expect(localDayKey(noon)).toBe('2026-10-25');
    expect(sameLocalDay(morning, lateEvening)).toBe(true);
    expect(sameLocalDay(lateEvening, lateEvening + 10 * MINUTE_MS)).toBe(false);
    // Same hour of the clock, a day later: another day, whatever the zone's DST does.
    expect(sameLocalDay(noon, noon + 25 * HOUR_MS)).toBe(false);
  });

  it('writes UTC offsets east and west, with half hours', () => {
    expect(offsetText(60)).toBe('+01:00');
    expect(offsetText(330)).toBe('+05:30');
    expect(offsetText(-210)).toBe('-03:30');
    expect(offsetText(0)).toBe('+00:00');
  });
});
