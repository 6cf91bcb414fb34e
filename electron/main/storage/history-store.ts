import { join } from 'node:path';
import type { HistoryStore } from '../../core/storage/ports';
import type { HistoryHealth } from '../../core/history/notice';
import type { OutcomeRecord } from '../../core/history/records';
import { compactHistory, firstHistoryDay } from '../../core/history/compaction';
import { localDayKey } from '../../core/time/day-key';
import { withRules } from '../../core/history/day-rules';
import { createHistoryWriter, loadHistory } from '../../core/history/salvage';
import { OutcomeRecordSchema, type StoredHistory } from '../../core/history/schema';
import { removeLeftoverTemporaries, writeTextAtomically } from './atomic-file';
import { keepCopyAside, type CopyReason } from './backup';
import { writeProblem } from './errors';
import { storeOptions, type OpenStore, type StoreLike } from './open-store';
import { readRawJson, withoutConfInternals } from './raw-file';
import { MINUTE_MS } from '../../core/time/units';

export const HISTORY_FILE = 'history';

export interface HistoryStoreDeps {
  dir: string;
  now: () => number;
  openStore: OpenStore;
  /** Told about write failures; history keeps working in memory meanwhile. */
  onError?: (error: unknown) => void;
  /**
   * Runs `retry` once after `ms` (a failed write is tried again); returns a cancel function.
   * Defaults to a timeout that does not keep the process alive.
   */
  later?: (retry: () => void, ms: number) => () => void;
}

/** A failed write is tried again after 1 minute, then 2, 4... and every 15 minutes at most. */
export const FIRST_RETRY_MS = MINUTE_MS;
export const LONGEST_RETRY_MS = 15 * MINUTE_MS;

interface StartHistory {
  history: StoredHistory;
  /** A copy to keep before the first write, and why. */
  backup: CopyReason | null;
  needsWrite: boolean;
  /** Never write the file in this run: it could not be read, or a newer version wrote it. */
  readOnly: HistoryHealth['readOnly'];
  damaged: HistoryHealth['damaged'];
}

const defaultLater = (retry: () => void, ms: number) => {
  const timer = setTimeout(retry, ms);
  timer.unref?.();
  return () => clearTimeout(timer);
};

const EMPTY: StoredHistory = { goals: [], days: [], records: [] };

/**
 * Folding records into daily totals trusts the clock. The first time it happens, and whenever it
 * would fold most of the records at once (a clock set years ahead, say), the file is copied
 * aside first, so no record is lost for good.
 */
function compactionCopy(before: StoredHistory, folded: number): CopyReason | null {
  if (folded === 0) return null;
  const first = before.days.length === 0;
  const most = folded * 2 > before.records.length;
  return first || most ? 'before-compaction' : null;
}

function startHistory(path: string, now: number): StartHistory {
  const read = readRawJson(path);
  const fine = { backup: null, needsWrite: false, readOnly: null, damaged: null };
  if (read.kind === 'missing') return { history: EMPTY, ...fine };
  if (read.kind === 'unreadable') {
    return { history: EMPTY, ...fine, readOnly: { reason: 'unreadable' } };
  }
  if (read.kind === 'unparseable') {
    const damaged = { backupName: null, lostAll: true, dropped: 0 };
    return { history: EMPTY, ...fine, backup: 'broken', needsWrite: true, damaged };
  }
  const loaded = loadHistory(withoutConfInternals(read.value));
  const { history, folded } = compactHistory(loaded.history, localDayKey(now));
  if (loaded.newerVersion !== null) {
    return { history, ...fine, readOnly: { reason: 'newer', version: loaded.newerVersion } };
  }
  const migrated = loaded.migratedFrom !== null;
  const lostAll = loaded.damaged && loaded.history.records.length === 0 && loaded.dropped === 0;
  return {
    history,
    backup: loaded.damaged
      ? 'broken'
      : migrated
        ? 'before-migration'
        : compactionCopy(loaded.history, folded),
    needsWrite: loaded.damaged || migrated || folded > 0,
    readOnly: null,
    damaged: loaded.damaged ? { backupName: null, lostAll, dropped: loaded.dropped } : null,
  };
}

/** `records` with `record` in time order; new records almost always go last. */
function inserted(records: readonly OutcomeRecord[], record: OutcomeRecord): OutcomeRecord[] {
  const t = Date.parse(record.at);
  let i = records.length;
  while (i > 0 && Date.parse((records[i - 1] as OutcomeRecord).at) > t) i -= 1;
  return [...records.slice(0, i), record, ...records.slice(i)];
}

/** A copy of the file, unless there is no file yet (then there is nothing to lose). */
function keepCopyIfAny(path: string, now: number, reason: CopyReason): string | null {
  try {
    return keepCopyAside(path, now, reason);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return null;
  }
}

/**
 * The history in history.json ({version, goals, days, records}), apart from the settings so a
 * settings problem never touches it. Invalid entries are dropped (the damaged file is copied
 * aside first); records older than a year are folded into daily totals (compaction.ts in core).
 * The file is written without indentation: years of history stay small.
 *
 * Nothing is lost without a word (`health`, shown as a notice): a file written by a newer
 * version, or one that cannot be read, is only read in this run; a write that fails keeps the
 * history in memory and is tried again, with longer waits, until one succeeds.
 */
export function createHistoryStore({
  dir,
  now,
  openStore,
  onError,
  later = defaultLater,
}: HistoryStoreDeps): HistoryStore {
  const path = join(dir, `${HISTORY_FILE}.json`);
  removeLeftoverTemporaries(path);
  const start = startHistory(path, now());
  let history = start.history;
  let pendingBackup = start.backup;
  let store: StoreLike | null = null;
  const fileText = createHistoryWriter();
  const damaged = start.damaged;
  let unsaved: HistoryHealth['unsaved'] = null;
  let retryMs = FIRST_RETRY_MS;
  let cancelRetry: (() => void) | null = null;

  function write(): void {
    if (pendingBackup) {
      const copy = keepCopyIfAny(path, now(), pendingBackup);
      if (pendingBackup === 'broken' && damaged) damaged.backupName = copy;
      pendingBackup = null;
    }
    store ??= openStore(storeOptions(dir, HISTORY_FILE));
    writeTextAtomically(store.path, fileText(history));
  }

  function persist(): void {
    if (start.readOnly) return;
    cancelRetry?.();
    cancelRetry = null;
    try {
      write();
      unsaved = null;
      retryMs = FIRST_RETRY_MS;
    } catch (error) {
      unsaved = { problem: writeProblem(error) };
      onError?.(error);
      cancelRetry = later(persist, retryMs);
      retryMs = Math.min(retryMs * 2, LONGEST_RETRY_MS);
    }
  }

  if (start.needsWrite) persist();

  return {
    append(record) {
      const valid = OutcomeRecordSchema.parse(record);
      const before: StoredHistory = { ...history, records: inserted(history.records, valid) };
      const { history: after, folded } = compactHistory(before, localDayKey(now()));
      pendingBackup ??= compactionCopy(before, folded);
      history = after;
      persist();
    },
    read: () => history,
    noteRules(rules) {
      const goals = withRules(history.goals, rules, firstHistoryDay(history));
      if (JSON.stringify(goals) === JSON.stringify(history.goals)) return;
      history = { ...history, goals };
      persist();
    },
    health: () => ({
      damaged: damaged ? { ...damaged } : null,
      readOnly: start.readOnly,
      unsaved,
    }),
  };
}
