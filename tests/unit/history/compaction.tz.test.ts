import { describe, expect, it } from 'vitest';
import { compactHistory, oldestRecordDay } from '../../../electron/core/history/compaction';
import { historyCsv } from '../../../electron/core/history/csv';
import { recordDay } from '../../../electron/core/history/day-key';
import { addDays, localDayKey } from '../../../electron/core/time/day-key';
import { historyFile, loadHistory } from '../../../electron/core/history/salvage';
import type { StoredHistory } from '../../../electron/core/history/schema';
import { buildStatistics } from '../../../electron/core/history/statistics';
import { generateHistory } from '../../fixtures/history-generator';
import { WEEKDAY_RULES, local } from './records';

const zone = process.env.TZ ?? 'UTC';
const NOW = local(2025, 3, 12, 15);
const TODAY = localDayKey(NOW);

/** Two and a half years of a person who moved from Berlin to New York in the middle. */
function longHistory(): StoredHistory {
  const records = generateHistory({
    from: '2022-09-01',
    to: TODAY,
    seed: 7,
    offsetOn: (day) => (day < '2024-06-01' ? '+01:00' : '-05:00'),
  });
  return { goals: [{ ...WEEKDAY_RULES, from: '2022-09-01' }], days: [], records };
}

const view = (history: StoredHistory, now = NOW) =>
  buildStatistics({ history, now, rules: WEEKDAY_RULES, sittingNowMinutes: 12 });

/** Records described by the history: kept ones, plus those counted in daily totals. */
const recordsDescribed = (history: StoredHistory) =>
  history.records.length +
  history.days.reduce(
    (sum, day) => sum + Object.values(day.counts).reduce((a, n) => a + (n ?? 0), 0),
    0,
  );

/** The history as written to disk and read back. */
const roundTrip = (history: StoredHistory) =>
  loadHistory(JSON.parse(JSON.stringify(historyFile(history)))).history;

describe(`compaction under TZ=${zone}`, () => {
  const full = longHistory();
  const { history: compacted, folded } = compactHistory(full, TODAY);

  it('keeps the records of the last 365 days and folds older days into daily totals', () => {
    expect(folded).toBeGreaterThan(1000);
    expect(compacted.records.length + folded).toBe(full.records.length);
    const oldest = oldestRecordDay(TODAY);
    expect(oldest).toBe(addDays(TODAY, -364));
    expect(compacted.records.every((r) => recordDay(r.at) >= oldest)).toBe(true);
    expect(compacted.days.every((d) => d.day < oldest)).toBe(true);
    expect(recordsDescribed(compacted)).toBe(full.records.length);
  });

  it('keeps what every statistic says, through the file and back', () => {
    const stored = roundTrip(compacted);
    expect(stored).toEqual(compacted);
    expect(view(stored)).toEqual(view(full));
    expect(view(stored, local(2025, 3, 15, 9)).streak).toEqual(
      view(full, local(2025, 3, 15, 9)).streak,
    );
  });

  it('folds one more day the next day, and nothing twice', () => {
    expect(compactHistory(compacted, TODAY).folded).toBe(0);
    const tomorrow = addDays(TODAY, 1);
    const next = compactHistory(compacted, tomorrow);
    const newlyFolded = compacted.records.filter(
      (r) => recordDay(r.at) < oldestRecordDay(tomorrow),
    ).length;
    expect(next.folded).toBe(newlyFolded);
    expect(recordsDescribed(next.history)).toBe(full.records.length);
  });

  it('exports the same number of records before and after', () => {
    const count = (csv: string) =>
      csv
        .trim()
        .split('\r\n')
        .slice(1)
        .reduce((sum, row) => sum + Number(row.split(',').at(-1)), 0);
    expect(count(historyCsv(compacted).text)).toBe(full.records.length);
    expect(count(historyCsv(full).text)).toBe(full.records.length);
  });
});
