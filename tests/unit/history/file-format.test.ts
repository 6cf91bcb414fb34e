import { describe, expect, it } from 'vitest';
import { compactHistory } from '../../../electron/core/history/compaction';
import { dayTable, totalsFromTable } from '../../../electron/core/history/day-table';
import { createHistoryWriter, historyFile } from '../../../electron/core/history/salvage';
import { DAY_COLUMNS, DailyTotalSchema } from '../../../electron/core/history/schema';
import { generateHistory } from '../../fixtures/history-generator';

const history = compactHistory(
  {
    goals: [{ from: '2023-01-02', dailyGoal: 4, workdays: ['mon', 'tue'] }],
    days: [],
    records: generateHistory({ from: '2023-01-02', to: '2024-03-01', seed: 9 }),
  },
  '2024-03-01',
).history;

describe('the history file', () => {
  it('is written the same by the caching writer as by plain JSON, change after change', () => {
    const write = createHistoryWriter();
    expect(write(history)).toBe(JSON.stringify(historyFile(history)));
    const appended = {
      ...history,
      records: [
        ...history.records,
        { at: '2024-03-01T16:00:00.000+00:00', type: 'stood-up' as const },
      ],
    };
    expect(write(appended)).toBe(JSON.stringify(historyFile(appended)));
    const folded = compactHistory(appended, '2024-03-20').history;
    expect(folded.days).not.toBe(appended.days);
    expect(write(folded)).toBe(JSON.stringify(historyFile(folded)));
  });

  it('reads daily totals by the same rules as their schema', () => {
    const { columns, rows } = dayTable(history.days);
    const at = (name: string) => columns.indexOf(name);
    const good = rows[0] as (string | number)[];
    const variants: unknown[] = [
      good,
      good.slice(1),
      'a row',
      Object.assign([...good], { [at('day')]: '2024-02-30' }),
      Object.assign([...good], { [at('day')]: 20240201 }),
      Object.assign([...good], { [at('counts.skipped')]: -1 }),
      Object.assign([...good], { [at('counts.skipped')]: 1.5 }),
      Object.assign([...good], { [at('counts.skipped')]: 10_001 }),
      Object.assign([...good], { [at('durations.completed.full')]: 86_400_001 }),
      Object.assign([...good], { [at('longestSittingMinutes')]: 1441 }),
      Object.assign([...good], { [at('taken')]: 99, [at('occasions')]: 3 }),
      Object.assign([...good], { [at('breaks.quick')]: '2' }),
    ];
    for (const row of variants) {
      const fast = totalsFromTable({ columns, rows: [row] }).valid;
      const object =
        Array.isArray(row) && row.length === columns.length
          ? Object.fromEntries(columns.map((c, i) => [c, row[i]]))
          : null;
      const nested = object && {
        day: object.day,
        occasions: object.occasions,
        taken: object.taken,
        endedEarly: object.endedEarly,
        longestSittingMinutes: object.longestSittingMinutes,
        ...Object.fromEntries(
          ['breaks', 'counts', 'durations'].map((group) => [
            group,
            Object.fromEntries(
              DAY_COLUMNS.filter((c) => c.startsWith(`${group}.`))
                .filter((c) => object[c] !== 0)
                .map((c) => [c.slice(group.length + 1), object[c]]),
            ),
          ]),
        ),
      };
      const bySchema = DailyTotalSchema.safeParse(nested);
      expect(fast.length === 1, JSON.stringify(row).slice(0, 80)).toBe(bySchema.success);
      if (bySchema.success) expect(fast[0]).toEqual(bySchema.data);
    }
  });
});
