import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { OutcomeRecord } from '../../../electron/core/schedule/status';
import { HISTORY_VERSION } from '../../../electron/core/history/schema';
import { createHistoryStore } from '../../../electron/main/storage';
import { NOW, now, openConf, TODAY, useTempDirs, writeJson } from './helpers';

const tempDir = useTempDirs();
const open = (dir: string, onError?: (error: unknown) => void) =>
  createHistoryStore({ dir, now, openStore: openConf, onError });
const DAY = 24 * 3600 * 1000;
const at = (msAgo: number) => new Date(NOW - msAgo).toISOString();
const completed = (msAgo: number): OutcomeRecord => ({
  at: at(msAgo),
  type: 'completed',
  kind: 'full',
  holdsDone: 13,
  holdCount: 13,
});

describe('history store', () => {
  it('keeps appended records across restarts, in their own versioned file', () => {
    const dir = tempDir();
    const store = open(dir);
    store.append(completed(2 * DAY));
    store.append({ at: at(DAY), type: 'snoozed', sittingMinutes: 61 });
    const reopened = open(dir);
    expect(reopened.since(0)).toEqual([
      completed(2 * DAY),
      { at: at(DAY), type: 'snoozed', sittingMinutes: 61 },
    ]);
    expect(JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')).version).toBe(
      HISTORY_VERSION,
    );
    expect(readdirSync(dir)).toEqual(['history.json']);
  });

  it('returns only the records from a given moment on, oldest first', () => {
    const store = open(tempDir());
    store.append(completed(DAY));
    store.append(completed(3 * DAY));
    store.append(completed(2 * DAY));
    expect(store.since(NOW - 2.5 * DAY)).toEqual([completed(2 * DAY), completed(DAY)]);
  });

  it('refuses to store an invalid record', () => {
    const store = open(tempDir());
    expect(() => store.append({ at: 'soon', type: 'completed' })).toThrow();
    expect(store.since(0)).toEqual([]);
  });

  it('drops only the invalid records of a damaged file and keeps a copy of it', () => {
    const dir = tempDir();
    const damaged = {
      version: HISTORY_VERSION,
      records: [completed(DAY), { at: 12, type: 'completed' }, completed(2 * DAY)],
    };
    writeJson(join(dir, 'history.json'), damaged);
    expect(open(dir).since(0)).toEqual([completed(2 * DAY), completed(DAY)]);
    expect(JSON.parse(readFileSync(join(dir, `history.broken-${TODAY}.json`), 'utf8'))).toEqual(
      damaged,
    );
  });

  it('starts empty from a truncated file without losing the file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'history.json'), '{"version":1,"records":[{"at":"2025-01-0');
    const store = open(dir);
    expect(store.since(0)).toEqual([]);
    expect(readFileSync(join(dir, `history.broken-${TODAY}.json`), 'utf8')).toContain('"records"');
  });

  it('forgets records older than about a year', () => {
    const dir = tempDir();
    writeJson(join(dir, 'history.json'), {
      version: HISTORY_VERSION,
      records: [completed(400 * DAY), completed(30 * DAY)],
    });
    expect(open(dir).since(0)).toEqual([completed(30 * DAY)]);
    expect(JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8')).records).toHaveLength(1);
  });

  it('keeps a copy before pruning most of the history at once, as after a clock set years ahead', () => {
    const dir = tempDir();
    const file = {
      version: HISTORY_VERSION,
      records: [completed(900 * DAY), completed(800 * DAY), completed(700 * DAY), completed(DAY)],
    };
    writeJson(join(dir, 'history.json'), file);
    expect(open(dir).since(0)).toEqual([completed(DAY)]);
    expect(
      JSON.parse(readFileSync(join(dir, `history.before-prune-${TODAY}.json`), 'utf8')),
    ).toEqual(file);
  });

  it('prunes a few old records without keeping a copy', () => {
    const dir = tempDir();
    writeJson(join(dir, 'history.json'), {
      version: HISTORY_VERSION,
      records: [completed(400 * DAY), completed(30 * DAY), completed(DAY)],
    });
    expect(open(dir).since(0)).toEqual([completed(30 * DAY), completed(DAY)]);
    expect(readdirSync(dir)).toEqual(['history.json']);
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
    expect(open(dir).since(0)).toEqual([
      { at: at(2 * DAY), type: 'reminded', sittingMinutes: 60, kind: 'full' },
      { at: at(2 * DAY - 1000), type: 'skipped', sittingMinutes: 60 },
      completed(DAY),
    ]);
    const written = JSON.parse(readFileSync(join(dir, 'history.json'), 'utf8'));
    expect(written.version).toBe(HISTORY_VERSION);
    expect(written.records).toHaveLength(3);
    expect(
      JSON.parse(readFileSync(join(dir, `history.before-migration-${TODAY}.json`), 'utf8')),
    ).toEqual(v1);
  });

  it('keeps recording in memory and reports the problem when the folder cannot be written', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'blocker'), '');
    const errors: unknown[] = [];
    const store = open(join(parent, 'blocker', 'Unsit'), (error) => errors.push(error));
    store.append(completed(DAY));
    expect(store.since(0)).toEqual([completed(DAY)]);
    expect(errors).toHaveLength(1);
  });

  it('never overwrites a history it could not read', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'history.json'));
    const errors: unknown[] = [];
    const store = open(dir, (error) => errors.push(error));
    store.append(completed(DAY));
    expect(store.since(0)).toEqual([completed(DAY)]);
    expect(statSync(join(dir, 'history.json')).isDirectory()).toBe(true);
    expect(errors).toHaveLength(1);
  });
});
