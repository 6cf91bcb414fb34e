import { describe, expect, it } from 'vitest';
import {
  HISTORY_VERSION,
  HistoryFileSchema,
  OutcomeRecordSchema,
} from '../../../electron/core/history/schema';
import { historyFile, loadHistory } from '../../../electron/core/history/salvage';
import { summarizeDay } from '../../../electron/core/history/day-summary';
import type { OutcomeRecord } from '../../../electron/core/history/records';

const completed: OutcomeRecord = {
  at: '2025-01-05T10:00:00.000Z',
  type: 'completed',
  kind: 'full',
  holdsDone: 13,
  holdCount: 13,
  durationMs: 480_000,
};
const snoozed: OutcomeRecord = {
  at: '2025-01-04T15:30:00.000Z',
  type: 'snoozed',
  sittingMinutes: 62,
};

describe('history records', () => {
  it('accept every outcome the engine reports', () => {
    expect(OutcomeRecordSchema.parse(completed)).toEqual(completed);
    expect(
      OutcomeRecordSchema.parse({ at: '2025-01-05T10:00:00+01:00', type: 'natural-break' }).type,
    ).toBe('natural-break');
  });

  it('refuse a record with an unknown type, a bad time or a negative count', () => {
    expect(OutcomeRecordSchema.safeParse({ ...completed, type: 'danced' }).success).toBe(false);
    expect(OutcomeRecordSchema.safeParse({ ...completed, at: 'last tuesday' }).success).toBe(false);
    expect(OutcomeRecordSchema.safeParse({ ...completed, holdsDone: -1 }).success).toBe(false);
  });

  it('form a versioned file', () => {
    expect(HistoryFileSchema.safeParse({ records: [completed] }).success).toBe(false);
  });
});

const rules = { from: '2025-01-01', dailyGoal: 4, workdays: ['mon', 'tue'] };
const oldDay = summarizeDay('2023-05-02', [
  { at: '2023-05-02T10:00:00.000+02:00', type: 'reminded', kind: 'quick', sittingMinutes: 60 },
  {
    at: '2023-05-02T10:03:00.000+02:00',
    type: 'completed',
    kind: 'quick',
    holdsDone: 2,
    holdCount: 2,
    durationMs: 130_000,
  },
]);
const file = (records: unknown[], extra: Record<string, unknown> = {}) => ({
  ...historyFile({ goals: [rules] as never, days: [oldDay], records: [] }),
  records,
  ...extra,
});

describe('loading the history file', () => {
  it('keeps a valid file as it is, oldest record first', () => {
    expect(loadHistory(file([completed, snoozed]))).toEqual({
      history: { goals: [rules], days: [oldDay], records: [snoozed, completed] },
      dropped: 0,
      newerVersion: null,
      migratedFrom: null,
      damaged: false,
    });
    expect(HistoryFileSchema.safeParse(file([completed])).success).toBe(true);
  });

  it('drops only the invalid records, daily totals and goal entries', () => {
    const good = historyFile({ goals: [rules] as never, days: [oldDay], records: [] });
    const loaded = loadHistory({
      version: HISTORY_VERSION,
      goals: [rules, { from: 'someday', dailyGoal: 4, workdays: [] }],
      days: {
        columns: good.days.columns,
        rows: [...good.days.rows, ['2023-05-03', 'many'], { day: '2023-05-04' }],
      },
      records: [completed, { at: 5 }, 'junk', snoozed],
    });
    expect(loaded.history).toEqual({
      goals: [rules],
      days: [oldDay],
      records: [snoozed, completed],
    });
    expect(loaded.dropped).toBe(5);
    expect(loaded.damaged).toBe(true);
  });

  it('reads daily totals by their column names, whatever their order', () => {
    const table = historyFile({ goals: [], days: [oldDay], records: [] }).days;
    const order = table.columns.map((_, i) => i).reverse();
    const reordered = {
      columns: order.map((i) => table.columns[i]),
      rows: table.rows.map((row) => order.map((i) => row[i])),
    };
    expect(loadHistory(file([], { days: reordered })).history.days).toEqual([oldDay]);
  });

  it('reads an unversioned file as version 1 and keeps records of a newer one', () => {
    const { kind: _kind, ...firstFormat } = completed;
    const unversioned = loadHistory({ records: [firstFormat] });
    expect(unversioned.history.records).toEqual([completed]);
    expect(unversioned.migratedFrom).toBe(1);
    expect(unversioned.damaged).toBe(false);
    const newer = loadHistory({
      ...file([completed, { at: completed.at, type: 'meditated' }]),
      version: 4,
    });
    expect(newer.history.records).toEqual([completed]);
    expect(newer.history.days).toEqual([oldDay]);
    expect(newer.newerVersion).toBe(4);
    // Not damage: the store opens such a file read-only instead of rewriting it.
    expect(newer.damaged).toBe(false);
  });

  it('reads a version 2 file as records only', () => {
    const v2 = loadHistory({ version: 2, records: [completed, snoozed], days: 'not ours' });
    expect(v2.history).toEqual({ goals: [], days: [], records: [snoozed, completed] });
    expect(v2.migratedFrom).toBe(2);
    expect(v2.damaged).toBe(false);
  });

  it('starts empty from something that is not a history at all', () => {
    expect(loadHistory([completed]).history.records).toEqual([]);
    expect(loadHistory({ version: HISTORY_VERSION, records: 'none' }).damaged).toBe(true);
    expect(loadHistory({ version: 'two', records: [completed] }).damaged).toBe(true);
  });
});

describe('records of the first format', () => {
  it('name the full routine on routine and reminder records, and nothing else changes', () => {
    const v1 = {
      version: 1,
      records: [
        { at: '2025-01-05T09:00:00.000Z', type: 'reminded', sittingMinutes: 60 },
        { at: '2025-01-05T09:01:00.000Z', type: 'started', sittingMinutes: 61 },
        { at: '2025-01-05T09:10:00.000Z', type: 'ended-early', holdsDone: 3, holdCount: 13 },
        { at: '2025-01-05T11:00:00.000Z', type: 'natural-break', sittingMinutes: 40 },
      ],
    };
    const loaded = loadHistory(v1);
    expect(loaded.history.records.map((r) => r.kind)).toEqual(['full', 'full', 'full', undefined]);
    expect(loaded.history.records[2]).toMatchObject({ holdsDone: 3, holdCount: 13 });
    expect(loaded.dropped).toBe(0);
  });

  it("accept the new outcome for a break taken on one's own", () => {
    const stoodUp = { at: '2025-01-05T10:00:00.000Z', type: 'stood-up', sittingMinutes: 58 };
    expect(OutcomeRecordSchema.parse(stoodUp)).toEqual(stoodUp);
  });
});
