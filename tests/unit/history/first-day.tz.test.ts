import { describe, expect, it } from 'vitest';
import { firstHistoryDay } from '../../../electron/core/history/compaction';
import { emptyTotal } from '../../../electron/core/history/day-summary';
import type { StoredHistory } from '../../../electron/core/history/schema';
import { buildStatistics } from '../../../electron/core/history/statistics';
import { WEEKDAY_RULES, completed, local } from './records';

const zone = process.env.TZ ?? 'UTC';
const NOW = local(2026, 12, 4, 15);

const firstShown = (history: StoredHistory) =>
  buildStatistics({ history, now: NOW, rules: WEEKDAY_RULES }).firstDay;

describe(`the first day of history under TZ=${zone}`, () => {
  it('is null for a new user, and the one record’s day after the first break', () => {
    expect(firstShown({ goals: [], days: [], records: [] })).toBeNull();
    const history = { goals: [], days: [], records: [completed(local(2026, 12, 2, 10))] };
    expect(firstShown(history)).toBe('2026-12-02');
  });

  it('is the earliest record even when the clock was set back between two records', () => {
    // Written in this order: the second break happened after the clock went back two days.
    const records = [completed(local(2026, 12, 3, 10)), completed(local(2026, 12, 1, 10))];
    expect(firstShown({ goals: [], days: [], records })).toBe('2026-12-01');
  });

  it('counts folded days and records alike, whichever is earlier', () => {
    const days = [emptyTotal('2025-11-20'), emptyTotal('2025-11-21')];
    const records = [completed(local(2025, 11, 19, 10))];
    expect(firstHistoryDay({ days, records })).toBe('2025-11-19');
    expect(firstHistoryDay({ days, records: [completed(local(2026, 1, 5, 9))] })).toBe(
      '2025-11-20',
    );
  });
});
