import { describe, expect, it } from 'vitest';
import { WEEKDAYS, type Weekday } from '../../../electron/core/settings/schema';
import { skipBecause } from '../../skip';
import { HOUR, MIN, day, drive, dstChanges, local, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';
const { spring, fall } = dstChanges(2025);
const noDst = zone === 'UTC' || zone === 'Asia/Kolkata';
const noFallBack = skipBecause(fall === null, `fall-back nights: ${zone} has none in 2025`);
const noSpringForward = skipBecause(
  spring === null,
  `spring-forward nights: ${zone} has none in 2025`,
);

/** The calendar day (month 1-based) and weekday on which `t` falls, read off `Date`. */
function dayOf(t: number): { y: number; mo: number; d: number; wd: Weekday } {
  const date = new Date(t);
  const wd = WEEKDAYS[(date.getDay() + 6) % 7] as Weekday;
  return { y: date.getFullYear(), mo: date.getMonth() + 1, d: date.getDate(), wd };
}

function withZone<T>(tz: string, body: () => T): T {
  const saved = process.env.TZ;
  process.env.TZ = tz;
  try {
    return body();
  } finally {
    process.env.TZ = saved;
  }
}

describe(`DST nights under TZ=${zone}`, () => {
  it('knows which zones change their clocks in 2025', () => {
    expect(spring === null && fall === null).toBe(noDst);
  });

  it.skipIf(noFallBack)('a 01:00-03:00 range on the fall-back night lasts three real hours', () => {
    const { y, mo, d, wd } = dayOf(fall as number);
    const from = local(y, mo, d, 1); // Date takes the first of a repeated wall time
    const to = local(y, mo, d, 3);
    // In Berlin, New York and Sydney the repeated hour lies between 01:00 and 03:00.
    expect(to - from).toBe(3 * HOUR);
    const run = drive(settingsWith({ [wd]: day(['01:00', '03:00']) }), from - 2 * HOUR);
    run.runUntil(to + HOUR);
    expect(run.notes('hours-start')).toEqual([from]);
    expect(run.notes('hours-end')).toEqual([to]);
    // 60 min of real sitting, repeat after 5, ignored after 10, then 60 min again.
    expect(run.reminders()).toEqual([from + 60 * MIN, from + 130 * MIN]);
    expect(run.reminders('repeat')).toEqual([from + 65 * MIN, from + 135 * MIN]);
    expect(run.records('ignored')).toEqual([from + 70 * MIN, from + 140 * MIN]);
  });

  it.skipIf(noFallBack)('a reminder due in the repeated hour comes at its second pass', () => {
    const t = fall as number;
    const { wd } = dayOf(t);
    const run = drive(settingsWith({ [wd]: day(['00:00', '24:00']) }), t - 30 * MIN);
    run.runUntil(t + 40 * MIN);
    // The wall clock shows the same time at the start and at the reminder, an hour apart.
    expect(run.reminders()).toEqual([t + 30 * MIN]);
    const wall = (x: number) => new Date(x).toTimeString().slice(0, 5);
    expect(wall(t + 30 * MIN)).toBe(wall(t - 30 * MIN));
    expect(run.reminders('repeat')).toEqual([t + 35 * MIN]);
  });

  it.skipIf(noSpringForward)(
    'a range starting in the skipped hour starts once, at the jump',
    () => {
      const t = spring as number;
      const { y, mo, d, wd } = dayOf(t);
      const end = local(y, mo, d, 10);
      expect(end - t).toBe(7 * HOUR); // 03:00 (the jump) to 10:00
      const run = drive(settingsWith({ [wd]: day(['02:30', '10:00']) }), t - 3 * HOUR);
      run.runUntil(end + HOUR);
      expect(run.notes('hours-start')).toEqual([t]);
      expect(run.notes('hours-end')).toEqual([end]);
      expect(run.reminders().slice(0, 2)).toEqual([t + 60 * MIN, t + 130 * MIN]);
      expect(run.reminders().every((r) => r >= t && r < end)).toBe(true);
    },
  );
});

describe(`a change of time zone mid-sitting (process started under TZ=${zone})`, () => {
  const utc = (d: number, h: number, mi = 0) => Date.UTC(2025, 0, d, h, mi);
  // Mon 13 Jan 2025, default hours 09:00-17:00: Berlin is UTC+1, New York UTC-5.

  it('Berlin to New York: no reminder before the New York morning, then a fresh count', () => {
    withZone('Europe/Berlin', () => {
      const run = drive(settingsWith(), utc(13, 8)); // 09:00 in Berlin
      run.runUntil(utc(13, 8, 40));
      process.env.TZ = 'America/New_York'; // 03:40 there
      run.runUntil(utc(13, 14)); // 09:00 in New York
      // The 40 minutes sat in Berlin ended with the working day there; nothing carries over.
      expect(run.state.sittingMs).toBe(0);
      run.runUntil(utc(14, 0));
      // New York hours are 14:00-22:00 UTC; the night in between restarts the count.
      expect(run.reminders()).toEqual([
        utc(13, 15),
        utc(13, 16, 10),
        utc(13, 17, 20),
        utc(13, 18, 30),
        utc(13, 19, 40),
        utc(13, 20, 50),
      ]);
      expect(run.notes('hours-end')).toEqual([utc(13, 8, 40), utc(13, 22)]);
    });
  });

  it('New York to Berlin: the Berlin working day is counted from the change', () => {
    withZone('America/New_York', () => {
      const run = drive(settingsWith(), utc(13, 11)); // 06:00 in New York, off hours
      run.runUntil(utc(13, 11, 20));
      process.env.TZ = 'Europe/Berlin'; // 12:20 there, inside hours
      run.runUntil(utc(13, 16, 30));
      expect(run.reminders()).toEqual([
        utc(13, 12, 20),
        utc(13, 13, 30),
        utc(13, 14, 40),
        utc(13, 15, 50),
      ]);
      // Hours end at 17:00 in Berlin with the last reminder still out: it was ignored.
      expect(run.notes('hours-end')).toEqual([utc(13, 16)]);
      expect(run.records('ignored').at(-1)).toBe(utc(13, 16));
    });
  });
});
