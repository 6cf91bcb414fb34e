import { describe, expect, it } from 'vitest';
import { WEEKDAYS, type Weekday } from '../../../electron/core/settings/schema';
import { weekdayOf, localDateOf } from '../../../electron/core/time/local-time';
import {
  currentRangeEnd,
  instantAfterWorkingMs,
  isWorkingAt,
  nextWorkingStart,
  restOfTodayEnd,
  workingIntervalsBetween,
  workingMsBetween,
} from '../../../electron/core/schedule/working-hours';
import { skipBecause } from '../../skip';
import { HOUR, MIN, MON, day, dstChanges, local, off, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';
const hoursOf = (s: Parameters<typeof settingsWith>[0]) => settingsWith(s).workingHours;
const allDay = () =>
  Object.fromEntries(WEEKDAYS.map((d) => [d, day(['00:00', '24:00'])])) as Record<
    Weekday,
    ReturnType<typeof day>
  >;
const hhmm = (t: number) => {
  const d = new Date(t);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
};

describe(`working hours under TZ=${zone}`, () => {
  const hours = hoursOf({});

  it('starts and ends exactly at the range boundaries (09:00-17:00 Mon-Fri)', () => {
    expect(isWorkingAt(hours, MON(8, 59))).toBe(false);
    expect(isWorkingAt(hours, MON(9))).toBe(true);
    expect(isWorkingAt(hours, MON(16, 59))).toBe(true);
    expect(isWorkingAt(hours, MON(17))).toBe(false);
    expect(workingMsBetween(hours, MON(0), MON(23, 59))).toBe(8 * HOUR);
    expect(currentRangeEnd(hours, MON(12))).toBe(MON(17));
    expect(currentRangeEnd(hours, MON(18))).toBeNull();
  });

  it('skips the weekend: after Friday 17:00 the next start is Monday 09:00', () => {
    const friday = local(2025, 1, 17, 17, 30);
    expect(nextWorkingStart(hours, friday)).toBe(local(2025, 1, 20, 9));
    expect(isWorkingAt(hours, local(2025, 1, 18, 12))).toBe(false);
  });

  it('keeps a lunch gap as two intervals', () => {
    const h = hoursOf({ mon: day(['09:00', '12:30'], ['13:30', '17:30']) });
    expect(workingIntervalsBetween(h, MON(0), MON(23))).toEqual([
      { start: MON(9), end: MON(12, 30) },
      { start: MON(13, 30), end: MON(17, 30) },
    ]);
    expect(nextWorkingStart(h, MON(12, 45))).toBe(MON(13, 30));
  });

  it('runs a range that ends before it starts into the next day (night shift)', () => {
    const h = hoursOf({ mon: day(['22:00', '06:00']), tue: off() });
    expect(isWorkingAt(h, local(2025, 1, 14, 3))).toBe(true);
    expect(isWorkingAt(h, local(2025, 1, 14, 6))).toBe(false);
    expect(workingIntervalsBetween(h, MON(0), local(2025, 1, 15))).toEqual([
      { start: MON(22), end: local(2025, 1, 14, 6) },
    ]);
    expect(currentRangeEnd(h, MON(23))).toBe(local(2025, 1, 14, 6));
  });

  it('treats 24:00 as midnight and merges ranges that touch across midnight', () => {
    const h = hoursOf({ mon: day(['18:00', '24:00']), tue: day(['00:00', '02:00']) });
    expect(workingIntervalsBetween(h, MON(0), local(2025, 1, 15))).toEqual([
      { start: MON(18), end: local(2025, 1, 14, 2) },
    ]);
  });

  it('finds when a given amount of working time will have passed, across gaps and days', () => {
    const h = hoursOf({ mon: day(['09:00', '12:30'], ['13:30', '17:30']) });
    expect(instantAfterWorkingMs(h, MON(12), 45 * MIN)).toBe(MON(13, 45));
    expect(instantAfterWorkingMs(h, MON(17), 60 * MIN)).toBe(local(2025, 1, 14, 9, 30));
    expect(
      instantAfterWorkingMs(
        hoursOf(Object.fromEntries(WEEKDAYS.map((d) => [d, off()]))),
        MON(9),
        MIN,
      ),
    ).toBeNull();
  });

  it('ends a pause for the rest of today at midnight, or at the end of a night shift', () => {
    expect(restOfTodayEnd(hours, MON(15))).toBe(local(2025, 1, 14));
    const night = hoursOf({ mon: day(['22:00', '06:00']) });
    expect(restOfTodayEnd(night, MON(23))).toBe(local(2025, 1, 14, 6));
  });

  it('follows a change of the process time zone mid-day', () => {
    const saved = process.env.TZ;
    const eightUtcMonday = Date.UTC(2025, 0, 13, 8, 0);
    try {
      process.env.TZ = 'Europe/Berlin'; // 09:00 local
      expect(isWorkingAt(hours, eightUtcMonday)).toBe(true);
      process.env.TZ = 'America/New_York'; // 03:00 local
      expect(isWorkingAt(hours, eightUtcMonday)).toBe(false);
      expect(nextWorkingStart(hours, eightUtcMonday)).toBe(Date.UTC(2025, 0, 13, 14, 0));
    } finally {
      process.env.TZ = saved;
    }
  });
});

describe(`isWorkingAt agrees with the working intervals under TZ=${zone}`, () => {
  it("answers like a one-millisecond interval at every quarter hour of the year's DST weeks, night shifts included", () => {
    const { spring, fall } = dstChanges(2025);
    const weeks = [spring, fall, MON(0)].filter((t): t is number => t !== null);
    const shapes = [
      hoursOf({}),
      hoursOf({ mon: day(['22:00', '06:00']), sun: day(['23:30', '02:30']), tue: off() }),
      hoursOf({ sat: day(['01:00', '03:30'], ['18:00', '24:00']), sun: day(['00:00', '04:00']) }),
      allDay(),
    ];
    let working = 0;
    for (const h of shapes) {
      for (const week of weeks) {
        for (let t = week - 4 * 24 * HOUR; t < week + 4 * 24 * HOUR; t += 15 * MIN) {
          const expected = workingIntervalsBetween(h, t, t + 1).length > 0;
          expect(isWorkingAt(h, t), new Date(t).toString()).toBe(expected);
          if (expected) working++;
        }
      }
    }
    // Both answers occur, so the comparison is not between two constants.
    expect(working).toBeGreaterThan(0);
    expect(working).toBeLessThan(shapes.length * weeks.length * 8 * 96);
  });
});

describe(`DST changes under TZ=${zone}`, () => {
  const { spring, fall } = dstChanges(2025);

  const fromMinutes = (m: number) =>
    `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

  it.skipIf(skipBecause(spring === null, `spring forward: ${zone} has no such change in 2025`))(
    'spring forward: a range inside the skipped hour is empty, one across it shorter',
    () => {
      const t = spring as number;
      const gap = new Date(t - MIN).getTimezoneOffset() - new Date(t).getTimezoneOffset();
      const lastBefore = new Date(t - MIN);
      const skippedFrom = lastBefore.getHours() * 60 + lastBefore.getMinutes() + 1;
      const wd = weekdayOf(localDateOf(t));
      const inGap = hoursOf({ [wd]: day([fromMinutes(skippedFrom), hhmm(t)]) });
      expect(hhmm(t)).not.toBe(fromMinutes(skippedFrom));
      expect(gap).toBeGreaterThan(0);
      expect(workingMsBetween(inGap, t - 12 * HOUR, t + 12 * HOUR)).toBe(0);
      const across = hoursOf({ [wd]: day([fromMinutes(skippedFrom - 60), hhmm(t + HOUR)]) });
      expect(workingMsBetween(across, t - 12 * HOUR, t + 12 * HOUR)).toBe(2 * HOUR);
      const dayStart = local(
        new Date(t).getFullYear(),
        new Date(t).getMonth() + 1,
        new Date(t).getDate(),
      );
      const whole = hoursOf({ [wd]: day(['00:00', '24:00']) });
      expect(workingMsBetween(whole, dayStart - HOUR, dayStart + 30 * HOUR)).toBe(
        24 * HOUR - gap * MIN,
      );
    },
  );

  it.skipIf(skipBecause(fall === null, `fall back: ${zone} has no such change in 2025`))(
    'fall back: a range covering the repeated hour lasts longer in real time',
    () => {
      const t = fall as number;
      const extra = new Date(t).getTimezoneOffset() - new Date(t - MIN).getTimezoneOffset();
      const wd = weekdayOf(localDateOf(t));
      const across = hoursOf({
        [wd]: day([hhmm(t - extra * MIN - HOUR), hhmm(t + extra * MIN + HOUR)]),
      });
      // The wall range is the repeated stretch plus an hour each side; the repeat runs twice.
      expect(workingMsBetween(across, t - 12 * HOUR, t + 12 * HOUR)).toBe(
        2 * HOUR + 2 * extra * MIN,
      );
      const d = new Date(t);
      const dayStart = local(d.getFullYear(), d.getMonth() + 1, d.getDate());
      const whole = hoursOf({ [wd]: day(['00:00', '24:00']) });
      expect(workingMsBetween(whole, dayStart - HOUR, dayStart + 30 * HOUR)).toBe(
        24 * HOUR + extra * MIN,
      );
    },
  );

  it.skipIf(skipBecause(spring !== null || fall !== null, `days without DST: ${zone} has DST`))(
    `without DST (${zone}) every day of 2025 is 24 hours long`,
    () => {
      const whole = hoursOf(allDay());
      expect(workingMsBetween(whole, local(2025, 1, 1), local(2026, 1, 1))).toBe(365 * 24 * HOUR);
    },
  );
});
