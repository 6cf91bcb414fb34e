import { describe, expect, it } from 'vitest';
import { dayKeyOf } from '../../../electron/core/time/day-key';
import type { DayRules, StoredHistory } from '../../../electron/core/history/schema';
import {
  buildStatistics,
  todayCount,
  type StatisticsView,
} from '../../../electron/core/history/statistics';
import { localDateOf } from '../../../electron/core/time/local-time';
import type { OutcomeRecord } from '../../../electron/core/history/records';
import { dstChanges } from '../schedule/harness';
import { WEEKDAY_RULES, completed, endedEarly, local, rec } from './records';

const zone = process.env.TZ ?? 'UTC';

const history = (records: OutcomeRecord[], extra: Partial<StoredHistory> = {}): StoredHistory => ({
  goals: [],
  days: [],
  records: [...records].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
  ...extra,
});

const stats = (
  records: OutcomeRecord[],
  now: number,
  options: { rules?: DayRules; sittingNowMinutes?: number; goals?: DayRules[] } = {},
): StatisticsView =>
  buildStatistics({
    history: history(records, { goals: options.goals ?? [] }),
    now,
    rules: options.rules ?? WEEKDAY_RULES,
    ...(options.sittingNowMinutes === undefined
      ? {}
      : { sittingNowMinutes: options.sittingNowMinutes }),
  });

const key = (t: number) => dayKeyOf(localDateOf(t));
const bar = (view: StatisticsView, day: string) => view.lastDays.find((d) => d.day === day);

/** A working day whose goal of four breaks is met: four quick stretches after reminders. */
const metDay = (y: number, mo: number, d: number) =>
  [10, 11, 13, 15].flatMap((h) => [
    rec(local(y, mo, d, h), 'reminded', { kind: 'quick', sittingMinutes: 60 }),
    completed(local(y, mo, d, h, 3)),
  ]);

/** Wednesday 12 March 2025, 15:00 local. */
const NOW = local(2025, 3, 12, 15);

describe(`today under TZ=${zone}`, () => {
  const records = [
    rec(local(2025, 3, 11, 16), 'natural-break', { sittingMinutes: 50 }), // yesterday
    rec(local(2025, 3, 12, 9, 40), 'natural-break', { sittingMinutes: 40 }),
    rec(local(2025, 3, 12, 10, 40), 'reminded', { kind: 'quick', sittingMinutes: 60 }),
    rec(local(2025, 3, 12, 10, 41), 'started', { kind: 'quick', sittingMinutes: 60 }),
    completed(local(2025, 3, 12, 10, 43), 'quick'),
    rec(local(2025, 3, 12, 11, 43), 'reminded', { kind: 'full', sittingMinutes: 60 }),
    rec(local(2025, 3, 12, 11, 44), 'skipped', { sittingMinutes: 60 }),
    rec(local(2025, 3, 12, 12, 20), 'stood-up', { sittingMinutes: 36 }),
    rec(local(2025, 3, 12, 13, 20), 'reminded', { kind: 'full', sittingMinutes: 60 }),
    endedEarly(local(2025, 3, 12, 13, 27), 9),
    rec(local(2025, 3, 12, 14, 27), 'reminded', { kind: 'quick', sittingMinutes: 60 }),
    rec(local(2025, 3, 12, 14, 32), 'repeated', { kind: 'quick', sittingMinutes: 65 }),
    rec(local(2025, 3, 12, 14, 37), 'ignored', { sittingMinutes: 70 }),
  ];

  it('counts breaks taken of breaks suggested, routines by kind and time stretching', () => {
    const { today } = stats(records, NOW);
    expect(today).toMatchObject({
      day: key(NOW),
      occasions: 6,
      taken: 4,
      goal: 4,
      working: true,
      breaks: { quick: 1, full: 1, 'stood-up': 1, 'natural-break': 1 },
      completed: { quick: 1, full: 0 },
      skipped: 1,
      ignored: 1,
      stretchingMs: 130_000 + 9 * 40_000,
    });
    // The tray reads the same count from the last records only.
    expect(todayCount(history(records), NOW, WEEKDAY_RULES)).toEqual({
      taken: 4,
      occasions: 6,
      goal: 4,
    });
  });

  it('takes the stretch still going on into the longest sitting', () => {
    // 11:43 skipped at 60 minutes, stood up at 12:20 after 36 more.
    expect(stats(records, NOW).today.longestSittingMinutes).toBe(96);
    // 14:37 ignored at 70, and 40 minutes since then.
    expect(stats(records, NOW, { sittingNowMinutes: 40 }).today.longestSittingMinutes).toBe(110);
  });

  it('says how many breaks were moved to after a call; a held reminder is no extra occasion', () => {
    const busyDay = [
      ...records,
      rec(local(2025, 3, 11, 15), 'held', { reason: 'call', sittingMinutes: 60 }), // yesterday
      rec(local(2025, 3, 12, 14, 40), 'held', { reason: 'call', sittingMinutes: 60 }),
      rec(local(2025, 3, 12, 14, 55), 'reminded', {
        kind: 'quick',
        sittingMinutes: 75,
        after: 'call',
      }),
      completed(local(2025, 3, 12, 14, 58), 'quick'),
    ];
    const { today } = stats(busyDay, NOW);
    expect(today.movedAfterBusy).toBe(1);
    expect(today).toMatchObject({ occasions: 7, taken: 5 });
    expect(stats(records, NOW).today.movedAfterBusy).toBe(0);
  });

  it('starts a new day at local midnight', () => {
    const justAfter = local(2025, 3, 13, 0, 5);
    expect(stats(records, justAfter).today).toMatchObject({ occasions: 0, taken: 0 });
    expect(todayCount(history(records), justAfter, WEEKDAY_RULES).occasions).toBe(0);
  });
});

describe(`days are local days under TZ=${zone}`, () => {
  it('puts records at the edges of a day on their own day, also on a DST change day', () => {
    const { spring, fall } = dstChanges(2025);
    for (const change of [spring, fall, local(2025, 6, 4, 12)]) {
      if (change === null) continue;
      const { year, month, day } = localDateOf(change);
      const at = (d: number, h: number, m: number) => local(year, month + 1, d, h, m);
      const records = [
        rec(at(day - 1, 23, 50), 'stood-up'),
        rec(at(day, 0, 10), 'stood-up'),
        rec(at(day, 23, 50), 'natural-break'),
        rec(at(day + 1, 0, 10), 'stood-up'),
      ];
      const view = stats(records, at(day + 1, 12, 0));
      expect(bar(view, key(at(day - 1, 12, 0)))?.taken).toBe(1);
      expect(bar(view, key(at(day, 12, 0)))?.taken).toBe(2);
      expect(view.today.taken).toBe(1);
      expect(view.lastDays.map((d) => d.day)).toHaveLength(
        new Set(view.lastDays.map((d) => d.day)).size,
      );
    }
  });

  it('keeps the day a record was lived on after a move to another zone', () => {
    const records: OutcomeRecord[] = [
      // Evening of Monday 10 March in Berlin, then the same Monday evening in New York, which
      // is already Tuesday in UTC, Berlin, Kolkata and Sydney.
      { at: '2025-03-10T20:00:00.000+01:00', type: 'stood-up' },
      { at: '2025-03-10T21:30:00.000-05:00', type: 'natural-break', sittingMinutes: 30 },
      { at: '2025-03-11T09:00:00.000-05:00', type: 'stood-up' },
      // Wednesday morning in Sydney: still Tuesday in the west.
      { at: '2025-03-12T08:00:00.000+11:00', type: 'stood-up' },
    ];
    const view = stats(records, local(2025, 3, 12, 15));
    expect(bar(view, '2025-03-10')?.taken).toBe(2);
    expect(bar(view, '2025-03-11')?.taken).toBe(1);
    expect(bar(view, '2025-03-12')?.taken).toBe(1);
  });

  it('follows a change of the process zone while recording', () => {
    const saved = process.env.TZ;
    const records: OutcomeRecord[] = [];
    try {
      process.env.TZ = 'Asia/Tokyo';
      // Tuesday 11 March, 23:30 in Tokyo.
      records.push(rec(new Date(2025, 2, 11, 23, 30).getTime(), 'stood-up'));
      process.env.TZ = 'America/Los_Angeles';
      // The same instant plus an hour is Tuesday morning in Los Angeles.
      records.push(rec(Date.parse('2025-03-11T15:30:00Z'), 'stood-up'));
    } finally {
      process.env.TZ = saved;
    }
    expect(records.map((r) => r.at.slice(0, 10))).toEqual(['2025-03-11', '2025-03-11']);
    const view = stats(records, local(2025, 3, 12, 12));
    expect(bar(view, '2025-03-11')?.taken).toBe(2);
  });

  it('places records written before offsets were kept in the current zone', () => {
    const utcRecord: OutcomeRecord = {
      at: new Date(local(2025, 3, 11, 23, 30)).toISOString(),
      type: 'stood-up',
    };
    expect(bar(stats([utcRecord], NOW), '2025-03-11')?.taken).toBe(1);
  });
});

describe(`weeks and the year under TZ=${zone}`, () => {
  it('shows the last 7 days and 12 weeks from Monday to Sunday, this week last', () => {
    const view = stats([...metDay(2025, 3, 3), ...metDay(2025, 3, 10)], NOW);
    expect(view.lastDays.map((d) => d.day)).toEqual([
      '2025-03-06',
      '2025-03-07',
      '2025-03-08',
      '2025-03-09',
      '2025-03-10',
      '2025-03-11',
      '2025-03-12',
    ]);
    expect(view.lastWeeks).toHaveLength(12);
    expect(view.lastWeeks.at(-1)).toMatchObject({ from: '2025-03-10', to: '2025-03-16', taken: 4 });
    expect(view.lastWeeks.at(-2)).toMatchObject({ from: '2025-03-03', to: '2025-03-09', taken: 4 });
    expect(view.lastWeeks[0]?.from).toBe('2024-12-23');
  });

  it('starts the weeks and the calendar on Sunday where the locale does', () => {
    const view = buildStatistics({
      history: history([...metDay(2025, 3, 9), ...metDay(2025, 3, 10)], { goals: [] }),
      now: NOW,
      rules: WEEKDAY_RULES,
      firstDayOfWeek: 7,
    });
    // Sunday 9 March begins this week: its breaks move out of last week's bar into this one.
    expect(view.lastWeeks.at(-1)).toMatchObject({ from: '2025-03-09', to: '2025-03-15', taken: 8 });
    expect(view.lastWeeks.at(-2)).toMatchObject({ from: '2025-03-02', to: '2025-03-08', taken: 0 });
    expect(view.calendar).toHaveLength(53 * 7);
    expect(view.calendar[0]?.day).toBe('2024-03-10');
    expect(view.calendar.at(-1)?.day).toBe('2025-03-15');
    expect(view.calendar.find((d) => d.day === '2025-03-12')?.status).toBe('today');
  });

  it('draws the calendar in whole weeks, met, partly met, missed, days off and future', () => {
    const records = [
      rec(local(2025, 2, 3, 10), 'stood-up'), // first day recorded, a Monday
      ...metDay(2025, 3, 10),
      rec(local(2025, 3, 11, 10), 'stood-up'),
      rec(local(2025, 3, 8, 10), 'stood-up'), // a Saturday
      rec(local(2025, 3, 12, 10), 'stood-up'),
    ];
    const { calendar } = stats(records, NOW);
    expect(calendar).toHaveLength(53 * 7);
    expect(calendar[0]?.day).toBe('2024-03-11');
    expect(calendar.at(-1)?.day).toBe('2025-03-16');
    const status = (day: string) => calendar.find((d) => d.day === day);
    expect(status('2025-02-02')?.status).toBe('before');
    expect(status('2025-02-03')).toMatchObject({ status: 'partial', taken: 1, goal: 4 });
    expect(status('2025-03-07')).toMatchObject({ status: 'missed', taken: 0 });
    expect(status('2025-03-08')).toMatchObject({ status: 'off', taken: 1 });
    expect(status('2025-03-09')?.status).toBe('off');
    expect(status('2025-03-10')).toMatchObject({ status: 'met', taken: 4 });
    expect(status('2025-03-11')?.status).toBe('partial');
    expect(status('2025-03-12')).toMatchObject({ status: 'today', taken: 1 });
    expect(status('2025-03-13')?.status).toBe('future');
  });
});

describe(`the streak under TZ=${zone}`, () => {
  it('counts working days in a row that met the goal; days off neither count nor break it', () => {
    // Thursday 6 to Tuesday 11 March: four working days met, a weekend between.
    const records = [6, 7, 10, 11].flatMap((d) => metDay(2025, 3, d));
    const view = stats(records, NOW);
    expect(view.streak).toEqual({ current: 4, best: 4 });
  });

  it('lets today count once met, and break the streak only once it is over', () => {
    const records = [10, 11].flatMap((d) => metDay(2025, 3, d));
    expect(stats(records, NOW).streak.current).toBe(2);
    expect(stats([...records, ...metDay(2025, 3, 12)], NOW).streak.current).toBe(3);
    expect(stats(records, local(2025, 3, 13, 9)).streak).toEqual({ current: 0, best: 2 });
  });

  it('is broken by a working day with fewer breaks than its goal', () => {
    const records = [
      ...[3, 4, 5].flatMap((d) => metDay(2025, 3, d)),
      rec(local(2025, 3, 6, 10), 'stood-up'),
      ...[7, 10, 11].flatMap((d) => metDay(2025, 3, d)),
    ];
    expect(stats(records, NOW).streak).toEqual({ current: 3, best: 3 });
  });

  it('judges each day by the goal it had: a higher goal from today does not re-judge the past', () => {
    const records = [10, 11].flatMap((d) => metDay(2025, 3, d));
    const goals: DayRules[] = [
      { ...WEEKDAY_RULES, from: '2025-03-01' },
      { ...WEEKDAY_RULES, from: '2025-03-12', dailyGoal: 6 },
    ];
    const view = stats(records, NOW, { goals, rules: { ...WEEKDAY_RULES, dailyGoal: 6 } });
    expect(view.streak.current).toBe(2);
    expect(view.today.goal).toBe(6);
    expect(view.calendar.find((d) => d.day === '2025-03-11')).toMatchObject({
      goal: 4,
      status: 'met',
    });
  });

  it('counts a day with reminders as a working day even when the settings call it off', () => {
    // A Saturday with reminders (the hours were different then, or a night shift ran on).
    const records = [
      ...metDay(2025, 3, 7),
      rec(local(2025, 3, 8, 1), 'reminded', { kind: 'quick', sittingMinutes: 60 }),
      rec(local(2025, 3, 8, 1, 5), 'ignored', { sittingMinutes: 65 }),
      ...metDay(2025, 3, 10),
    ];
    const view = stats(records, local(2025, 3, 10, 18));
    expect(view.calendar.find((d) => d.day === '2025-03-08')?.status).toBe('missed');
    expect(view.streak.current).toBe(1);
  });

  it('is zero for a new user', () => {
    const view = stats([], NOW);
    expect(view.streak).toEqual({ current: 0, best: 0 });
    expect(view.firstDay).toBeNull();
    // Only today: Unsit is running now, and the days before it never had it.
    expect(
      view.calendar.filter((d) => d.status !== 'before' && d.status !== 'future'),
    ).toMatchObject([{ day: '2025-03-12', status: 'today', taken: 0 }]);
  });
});
