import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutcomeRecord } from '../../../electron/core/history/records';
import {
  HISTORY_VERSION,
  type DayRules,
  type StoredHistory,
} from '../../../electron/core/history/schema';
import { historyFile } from '../../../electron/core/history/salvage';
import { buildStatistics } from '../../../electron/core/history/statistics';
import { summarizeDay } from '../../../electron/core/history/day-summary';
import { localDayKey } from '../../../electron/core/time/day-key';
import { localIso } from '../../../electron/core/time/local-iso';
import { createHistoryStore } from '../../../electron/main/storage';
import { generateHistory } from '../../fixtures/history-generator';
import { NOW, now, openConf, TODAY, useTempDirs, writeJson } from './helpers';

const tempDir = useTempDirs();
const open = (dir: string, onError?: (error: unknown) => void, clock = now) =>
  createHistoryStore({ dir, now: clock, openStore: openConf, onError });
const DAY = 24 * 3600 * 1000;
const at = (msAgo: number) => localIso(NOW - msAgo);
const completed = (msAgo: number): OutcomeRecord => ({
  at: at(msAgo),
  type: 'completed',
  kind: 'full',
  holdsDone: 13,
  holdCount: 13,
  durationMs: 540_000,
});
const rules: DayRules = {
  from: '2024-06-03',
  dailyGoal: 4,
  workdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
};
const fileIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8'));
const copyIn = (dir: string, reason: string, day = TODAY) =>
  JSON.parse(readFileSync(join(dir, `history.${reason}-${day}.json`), 'utf8'));
const v3 = (history: Partial<StoredHistory>) =>
  historyFile({ goals: [], days: [], records: [], ...history });
/** Records described by a history file: kept ones, plus those counted in its daily totals. */
const described = (dir: string) => {
  const store = open(dir);
  const { records, days } = store.read();
  return (
    records.length +
    days.reduce((sum, d) => sum + Object.values(d.counts).reduce((a, n) => a + (n ?? 0), 0), 0)
  );
};

describe('history store', () => {
  it('keeps appended records across restarts, in their own versioned file', () => {
    const dir = tempDir();
    const store = open(dir);
    store.append(completed(2 * DAY));
    store.append({ at: at(DAY), type: 'snoozed', sittingMinutes: 61 });
    expect(open(dir).read().records).toEqual([
      completed(2 * DAY),
      { at: at(DAY), type: 'snoozed', sittingMinutes: 61 },
    ]);
    const text = readFileSync(join(dir, 'history.json'), 'utf8');
    expect(JSON.parse(text).version).toBe(HISTORY_VERSION);
    // Written without indentation, so years of it stay small.
    expect(text).not.toMatch(/\n|\t/);
    expect(readdirSync(dir)).toEqual(['history.json']);
  });

  it('keeps records in time order, also one that arrives late', () => {
    const store = open(tempDir());
    store.append(completed(DAY));
    store.append(completed(3 * DAY));
    store.append(completed(2 * DAY));
    expect(store.read().records).toEqual([completed(3 * DAY), completed(2 * DAY), completed(DAY)]);
  });

  it('refuses to store an invalid record', () => {
    const store = open(tempDir());
    expect(() => store.append({ at: 'soon', type: 'completed' })).toThrow();
    expect(store.read().records).toEqual([]);
  });

  it('drops only the invalid entries of a damaged file and keeps a copy of it', () => {
    const dir = tempDir();
    const good = v3({ records: [completed(DAY), completed(2 * DAY)] });
    const damaged = {
      ...good,
      goals: [rules, { from: 'yesterday' }],
      records: [completed(DAY), { at: 12, type: 'completed' }, completed(2 * DAY)],
    };
    writeJson(join(dir, 'history.json'), damaged);
    expect(open(dir).read()).toEqual({
      goals: [rules],
      days: [],
      records: [completed(2 * DAY), completed(DAY)],
    });
    expect(copyIn(dir, 'broken')).toEqual(damaged);
  });

  it('starts empty from a truncated file without losing the file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'history.json'), '{"version":1,"records":[{"at":"2025-01-0');
    const store = open(dir);
    expect(store.read().records).toEqual([]);
    expect(readFileSync(join(dir, `history.broken-${TODAY}.json`), 'utf8')).toContain('"records"');
  });

  it('logs the daily goal and working days only when they change', () => {
    const dir = tempDir();
    const store = open(dir);
    store.append(completed(DAY));
    store.noteRules({ ...rules, from: TODAY });
    // The first entry reaches back to the first day recorded.
    expect(store.read().goals).toEqual([{ ...rules, from: '2025-01-04' }]);
    const written = readFileSync(join(dir, 'history.json'), 'utf8');
    store.noteRules({ ...rules, from: TODAY });
    expect(readFileSync(join(dir, 'history.json'), 'utf8')).toBe(written);
    store.noteRules({ ...rules, from: TODAY, dailyGoal: 6 });
    expect(
      open(dir)
        .read()
        .goals.map((g) => [g.from, g.dailyGoal]),
    ).toEqual([
      ['2025-01-04', 4],
      [TODAY, 6],
    ]);
  });
});

describe('retention: records for a year, daily totals for ever', () => {
  const yearsOfRecords = () =>
    generateHistory({ from: '2022-11-01', to: TODAY, seed: 3, offsetOn: () => '+01:00' });

  it('folds records older than 365 days into daily totals, keeping a copy before the first time', () => {
    const dir = tempDir();
    const records = yearsOfRecords();
    const file = v3({ goals: [rules], records });
    writeJson(join(dir, 'history.json'), file);
    const { records: kept, days } = open(dir).read();
    expect(kept[0]!.at.slice(0, 10) >= '2024-01-07').toBe(true);
    expect(days[0]?.day).toBe('2022-11-01');
    expect(days.at(-1)!.day < '2024-01-07').toBe(true);
    expect(described(dir)).toBe(records.length);
    expect(copyIn(dir, 'before-compaction')).toEqual(file);
  });

  it('folds a few more records the next day without another copy', () => {
    const dir = tempDir();
    writeJson(join(dir, 'history.json'), v3({ records: yearsOfRecords() }));
    open(dir);
    const copies = readdirSync(dir).sort();
    const store = open(dir, undefined, () => NOW + 3 * DAY);
    const oldest = store.read().records[0];
    expect(oldest!.at.slice(0, 10) >= '2024-01-10').toBe(true);
    store.append(completed(-3 * DAY));
    expect(readdirSync(dir).sort()).toEqual(copies);
  });

  it('folds days into totals while running, as the days pass', () => {
    const dir = tempDir();
    let clock = NOW;
    const store = open(dir, undefined, () => clock);
    store.append(completed(0));
    clock = NOW + 365 * DAY;
    store.append(completed(-365 * DAY));
    expect(store.read().records).toEqual([completed(-365 * DAY)]);
    expect(store.read().days).toMatchObject([{ day: TODAY, taken: 1, breaks: { full: 1 } }]);
    // The first compaction kept a copy of the file as it was.
    expect(copyIn(dir, 'before-compaction', localDayKey(clock)).records).toEqual([completed(0)]);
  });

  it('keeps a copy before folding most of the history at once, as after a clock set years ahead', () => {
    const dir = tempDir();
    const records = yearsOfRecords();
    writeJson(join(dir, 'history.json'), v3({ days: [summarizeDay('2022-01-03', [])], records }));
    const later = NOW + 5 * 365 * DAY;
    expect(open(dir, undefined, () => later).read().records).toEqual([]);
    expect(described(dir)).toBe(records.length);
    expect(copyIn(dir, 'before-compaction', localDayKey(later)).records).toEqual(records);
  });

  it('migrates a version 2 file without losing a record, after keeping a copy', () => {
    const dir = tempDir();
    const records = yearsOfRecords();
    const v2 = { version: 2, records };
    writeJson(join(dir, 'history.json'), v2);
    const store = open(dir);
    const migrated = fileIn(dir);
    expect(migrated.version).toBe(HISTORY_VERSION);
    expect(migrated.days.rows.length).toBeGreaterThan(200);
    expect(described(dir)).toBe(records.length);
    expect(copyIn(dir, 'before-migration')).toEqual(v2);
    // What the statistics say is the same as from the records themselves.
    const view = (history: StoredHistory) =>
      buildStatistics({ history, now: NOW, rules: { ...rules, from: '2000-01-01' } });
    expect(view(store.read() as StoredHistory)).toEqual(view({ goals: [], days: [], records }));
  });

  it('brings a first-format file up to date, marking its routines as full, and keeps a copy', () => {
    const dir = tempDir();
    const { kind: _kind, ...v1Completed } = completed(DAY);
    const v1 = {
      version: 1,
      records: [
        { at: at(2 * DAY), type: 'reminded', sittingMinutes: 60 },
        { at: at(2 * DAY - 1000), type: 'skipped', sittingMinutes: 60 },
        v1Completed,
      ],
    };
    writeJson(join(dir, 'history.json'), v1);
    expect(open(dir).read().records).toEqual([
      { at: at(2 * DAY), type: 'reminded', sittingMinutes: 60, kind: 'full' },
      { at: at(2 * DAY - 1000), type: 'skipped', sittingMinutes: 60 },
      completed(DAY),
    ]);
    const written = fileIn(dir);
    expect(written.version).toBe(HISTORY_VERSION);
    expect(written.records).toHaveLength(3);
    expect(copyIn(dir, 'before-migration')).toEqual(v1);
  });
});

describe('history store on a troubled disk', () => {
  it('keeps recording in memory and reports the problem when the folder cannot be written', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'blocker'), '');
    const errors: unknown[] = [];
    const store = open(join(parent, 'blocker', 'Unsit'), (error) => errors.push(error));
    store.append(completed(DAY));
    expect(store.read().records).toEqual([completed(DAY)]);
    expect(errors).toHaveLength(1);
  });

  it('never overwrites a history it could not read, and says so', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'history.json'));
    const store = open(dir);
    store.append(completed(DAY));
    expect(store.read().records).toEqual([completed(DAY)]);
    expect(statSync(join(dir, 'history.json')).isDirectory()).toBe(true);
    expect(store.health().readOnly).toEqual({ reason: 'unreadable' });
  });
});
