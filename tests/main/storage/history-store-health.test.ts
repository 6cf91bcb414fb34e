import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { historyNotice } from '../../../electron/core/history/notice';
import { historyFile } from '../../../electron/core/history/salvage';
import type { OutcomeRecord } from '../../../electron/core/history/records';
import { localIso } from '../../../electron/core/time/local-iso';
import { createHistoryStore } from '../../../electron/main/storage';
import { FIRST_RETRY_MS, LONGEST_RETRY_MS } from '../../../electron/main/storage/history-store';
import { NOW, now, openConf, TODAY, useTempDirs, writeJson } from './helpers';

const tempDir = useTempDirs();
const DAY = 24 * 3600 * 1000;
const completed = (msAgo: number): OutcomeRecord => ({
  at: localIso(NOW - msAgo),
  type: 'completed',
  kind: 'quick',
  holdsDone: 2,
  holdCount: 2,
  durationMs: 120_000,
});

/** A retry timer the test fires by hand: every wait asked for, and the retry armed last. */
function manualLater() {
  const waits: number[] = [];
  let armed: (() => void) | null = null;
  return {
    later: (retry: () => void, ms: number) => {
      waits.push(ms);
      armed = retry;
      return () => {
        if (armed === retry) armed = null;
      };
    },
    waits,
    fire: () => {
      const retry = armed;
      armed = null;
      retry?.();
    },
    armed: () => armed !== null,
  };
}

function open(dir: string, later = manualLater()) {
  const errors: unknown[] = [];
  const store = createHistoryStore({
    dir,
    now,
    openStore: openConf,
    onError: (error) => errors.push(error),
    later: later.later,
  });
  return { store, errors, later };
}

const noticeOf = (store: ReturnType<typeof open>['store']) => historyNotice(store.health());

describe('the history tells the user about a damaged file', () => {
  it('names the copy it kept and how many entries were left out', () => {
    const dir = tempDir();
    const file = historyFile({ goals: [], days: [], records: [completed(DAY)] });
    writeJson(join(dir, 'history.json'), {
      ...file,
      records: [completed(DAY), { at: 'yesterday' }, 'junk'],
    });
    const { store } = open(dir);
    expect(store.health().damaged).toEqual({
      backupName: `history.broken-${TODAY}.json`,
      lostAll: false,
      dropped: 2,
    });
    expect(noticeOf(store)).toBe(
      `Your history file was damaged; a copy was kept as history.broken-${TODAY}.json in Unsit's data folder. 2 entries that could not be read were left out; everything else is kept.`,
    );
    expect(store.read().records).toEqual([completed(DAY)]);
  });

  it('says the history starts again when nothing in the file could be read', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'history.json'), '{"version":3,"records":[{"at":"2025-');
    const { store } = open(dir);
    expect(noticeOf(store)).toContain(`a copy was kept as history.broken-${TODAY}.json`);
    expect(noticeOf(store)).toContain('None of it could be read');
  });

  it('says nothing about a healthy file', () => {
    const dir = tempDir();
    const { store } = open(dir);
    store.append(completed(DAY));
    expect(noticeOf(open(dir).store)).toBeNull();
  });
});

describe('a history written by a newer version', () => {
  it('is shown, never rewritten, and the user is told so', () => {
    const dir = tempDir();
    const path = join(dir, 'history.json');
    const file = historyFile({ goals: [], days: [], records: [completed(2 * DAY)] });
    const newer = { ...file, version: 4, streaks: { best: 12 } };
    writeJson(path, newer);
    const before = readFileSync(path, 'utf8');
    const { store, errors } = open(dir);
    store.append(completed(DAY));
    store.noteRules({ from: TODAY, dailyGoal: 6, workdays: ['mon'] });
    expect(store.read().records).toEqual([completed(2 * DAY), completed(DAY)]);
    expect(readFileSync(path, 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['history.json']);
    expect(errors).toEqual([]);
    expect(store.health().readOnly).toEqual({ reason: 'newer', version: 4 });
    expect(noticeOf(store)).toContain('saved by a newer version of Unsit');
    expect(noticeOf(store)).toContain('not kept after Unsit quits');
  });
});

describe('a history that cannot be written', () => {
  it('keeps recording in memory, says why, and writes everything once the folder is back', () => {
    const parent = tempDir();
    const blocker = join(parent, 'Unsit');
    writeFileSync(blocker, 'a file where the data folder should be');
    const { store, errors, later } = open(blocker);
    store.append(completed(2 * DAY));
    store.append(completed(DAY));
    expect(store.health().unsaved).toEqual({ problem: 'folder not writable' });
    expect(noticeOf(store)).toBe(
      'Unsit could not save your history (folder not writable). It keeps trying; until it succeeds, breaks you take are kept only until Unsit quits.',
    );
    expect(errors).toHaveLength(2);
    later.fire(); // still blocked
    expect(later.armed()).toBe(true);
    rmSync(blocker);
    later.fire();
    expect(later.armed()).toBe(false);
    expect(store.health().unsaved).toBeNull();
    expect(noticeOf(store)).toBeNull();
    const saved = JSON.parse(readFileSync(join(blocker, 'history.json'), 'utf8'));
    expect(saved.records).toEqual([completed(2 * DAY), completed(DAY)]);
  });

  it('waits longer between tries, up to a quarter of an hour', () => {
    const parent = tempDir();
    const blocker = join(parent, 'Unsit');
    writeFileSync(blocker, '');
    const { store, later } = open(blocker);
    store.append(completed(DAY));
    for (let i = 0; i < 6; i++) later.fire();
    const minute = FIRST_RETRY_MS;
    expect(later.waits).toEqual([
      minute,
      2 * minute,
      4 * minute,
      8 * minute,
      LONGEST_RETRY_MS,
      LONGEST_RETRY_MS,
      LONGEST_RETRY_MS,
    ]);
  });

  it('a new record tries at once, without waiting for the armed retry', () => {
    const parent = tempDir();
    const blocker = join(parent, 'Unsit');
    writeFileSync(blocker, '');
    const { store, later } = open(blocker);
    store.append(completed(2 * DAY));
    rmSync(blocker);
    store.append(completed(DAY));
    expect(later.armed()).toBe(false);
    expect(store.health().unsaved).toBeNull();
  });

  it('keeps the damaged file, and says so, until a copy of it can be made', () => {
    const dir = tempDir();
    const path = join(dir, 'history.json');
    writeFileSync(path, 'not json');
    // Today's copies have all been used up, so no copy can be made for now.
    const names = Array.from({ length: 100 }, (_, i) =>
      i === 0 ? `history.broken-${TODAY}.json` : `history.broken-${TODAY}-${i + 1}.json`,
    );
    for (const name of names) writeFileSync(join(dir, name), 'an earlier copy');
    const { store, later } = open(dir);
    expect(readFileSync(path, 'utf8')).toBe('not json');
    expect(store.health().damaged?.backupName).toBeNull();
    expect(noticeOf(store)).toContain(
      'no copy of it could be kept yet, so the file is left as it is',
    );
    rmSync(join(dir, names[0] as string));
    later.fire();
    expect(store.health().damaged?.backupName).toBe(`history.broken-${TODAY}.json`);
    expect(readFileSync(join(dir, `history.broken-${TODAY}.json`), 'utf8')).toBe('not json');
    expect(noticeOf(store)).toContain(`a copy was kept as history.broken-${TODAY}.json`);
  });
});
