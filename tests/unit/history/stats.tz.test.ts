import { describe, expect, it } from 'vitest';
import { completedToday, streakDays } from '../../../electron/core/history/stats';
import type { OutcomeRecord, OutcomeType } from '../../../electron/core/schedule/status';

// Local wall-clock times, so every time zone the suite runs under sees the same calendar days.
const local = (month: number, day: number, hour: number, minute = 0) =>
  new Date(2025, month - 1, day, hour, minute).getTime();
const record = (at: number, type: OutcomeType = 'completed'): OutcomeRecord => ({
  at: new Date(at).toISOString(),
  type,
});

describe('routines completed today', () => {
  it('counts completed routines of the local day only', () => {
    const records = [
      record(local(3, 9, 23, 59)),
      record(local(3, 10, 0, 1)),
      record(local(3, 10, 14)),
      record(local(3, 10, 15), 'ended-early'),
      record(local(3, 10, 16), 'snoozed'),
      record(local(3, 11, 0, 0)),
    ];
    expect(completedToday(records, local(3, 10, 20))).toBe(2);
  });

  it('is zero on a day without any', () => {
    expect(completedToday([record(local(3, 9, 12))], local(3, 10, 9))).toBe(0);
  });
});

describe('streak of days with a completed routine', () => {
  it('counts consecutive local days up to today', () => {
    const records = [local(3, 7, 10), local(3, 8, 23, 50), local(3, 9, 0, 10), local(3, 10, 9)].map(
      (t) => record(t),
    );
    expect(streakDays(records, local(3, 10, 18))).toBe(4);
  });

  it('is broken by a day without a completed routine', () => {
    const records = [
      record(local(3, 6, 10)),
      record(local(3, 7, 10), 'ended-early'),
      record(local(3, 8, 10)),
      record(local(3, 9, 10)),
    ];
    expect(streakDays(records, local(3, 9, 18))).toBe(2);
  });

  it('keeps yesterday’s streak alive while today is still going', () => {
    const records = [record(local(3, 8, 10)), record(local(3, 9, 10))];
    expect(streakDays(records, local(3, 10, 8))).toBe(2);
    expect(streakDays(records, local(3, 11, 8))).toBe(0);
  });

  it('counts the days across a daylight-saving change as ordinary days', () => {
    // 29 March to 1 April 2025 spans the European change; 5 April the Australian one.
    const european = [local(3, 29, 12), local(3, 30, 12), local(3, 31, 12), local(4, 1, 12)].map(
      (t) => record(t),
    );
    expect(streakDays(european, local(4, 1, 20))).toBe(4);
    const southern = [local(4, 5, 23), local(4, 6, 0, 30), local(4, 7, 7)].map((t) => record(t));
    expect(streakDays(southern, local(4, 7, 9))).toBe(3);
  });

  it('is zero without any completed routine', () => {
    expect(streakDays([record(local(3, 10, 9), 'skipped')], local(3, 10, 18))).toBe(0);
  });
});
