import { describe, expect, it } from 'vitest';
import {
  HISTORY_VERSION,
  HistoryFileSchema,
  OutcomeRecordSchema,
} from '../../../electron/core/history/schema';
import { withinRetention } from '../../../electron/core/history/retention';
import { loadHistory } from '../../../electron/core/history/salvage';
import type { OutcomeRecord } from '../../../electron/core/schedule/status';

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
    expect(
      HistoryFileSchema.safeParse({ version: HISTORY_VERSION, records: [completed] }).success,
    ).toBe(true);
    expect(HistoryFileSchema.safeParse({ records: [completed] }).success).toBe(false);
  });
});

describe('loading the history file', () => {
  it('keeps a valid file as it is, oldest record first', () => {
    expect(loadHistory({ version: HISTORY_VERSION, records: [completed, snoozed] })).toEqual({
      records: [snoozed, completed],
      dropped: 0,
      newerVersion: null,
      migratedFrom: null,
      damaged: false,
    });
  });

  it('drops only the invalid records', () => {
    const loaded = loadHistory({
      version: HISTORY_VERSION,
      records: [completed, { at: 5 }, 'junk', snoozed],
    });
    expect(loaded.records).toEqual([snoozed, completed]);
    expect(loaded.dropped).toBe(2);
    expect(loaded.damaged).toBe(true);
  });

  it('reads an unversioned file as version 1 and keeps records of a newer one', () => {
    const { kind: _kind, ...firstFormat } = completed;
    const unversioned = loadHistory({ records: [firstFormat] });
    expect(unversioned.records).toEqual([completed]);
    expect(unversioned.migratedFrom).toBe(1);
    expect(unversioned.damaged).toBe(false);
    const newer = loadHistory({
      version: 4,
      records: [completed, { at: completed.at, type: 'meditated' }],
    });
    expect(newer.records).toEqual([completed]);
    expect(newer.newerVersion).toBe(4);
  });

  it('starts empty from something that is not a history at all', () => {
    expect(loadHistory([completed]).records).toEqual([]);
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
    expect(loaded.records.map((r) => r.kind)).toEqual(['full', 'full', 'full', undefined]);
    expect(loaded.records[2]).toMatchObject({ holdsDone: 3, holdCount: 13 });
    expect(loaded.dropped).toBe(0);
  });

  it("accept the new outcome for a break taken on one's own", () => {
    const stoodUp = { at: '2025-01-05T10:00:00.000Z', type: 'stood-up', sittingMinutes: 58 };
    expect(OutcomeRecordSchema.parse(stoodUp)).toEqual(stoodUp);
  });
});

describe('retention', () => {
  const now = Date.UTC(2025, 5, 1);
  const daysAgo = (days: number): OutcomeRecord => ({
    at: new Date(now - days * 24 * 3600 * 1000).toISOString(),
    type: 'completed',
  });

  it('keeps about a year of records and drops anything older', () => {
    const kept = withinRetention([daysAgo(400), daysAgo(366), daysAgo(200), daysAgo(0)], now);
    expect(kept).toEqual([daysAgo(366), daysAgo(200), daysAgo(0)]);
  });
});
