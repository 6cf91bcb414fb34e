import { join } from 'node:path';
import type { HistoryStore } from '../../core/storage/ports';
import type { OutcomeRecord } from '../../core/history/records';
import { compactHistory } from '../../core/history/compaction';
import { recordDay, todayKey } from '../../core/history/day-key';
import { withRules } from '../../core/history/day-rules';
import { createHistoryWriter, loadHistory } from '../../core/history/salvage';
import { OutcomeRecordSchema, type StoredHistory } from '../../core/history/schema';
import { removeLeftoverTemporaries, writeTextAtomically } from './atomic-file';
import { keepCopyAside, type CopyReason } from './backup';
import { storeOptions, type OpenStore, type StoreLike } from './open-store';
import { readRawJson, withoutConfInternals } from './raw-file';

export const HISTORY_FILE = 'history';

export interface HistoryStoreDeps {
  dir: string;
  now: () => number;
  openStore: OpenStore;
  /** Told about write failures; history keeps working in memory meanwhile. */
  onError?: (error: unknown) => void;
}

interface StartHistory {
  history: StoredHistory;
  /** A copy to keep before the first write, and why. */
  backup: CopyReason | null;
  needsWrite: boolean;
  /** The file exists but could not be read: never overwrite it. */
  locked: boolean;
}

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
  if (read.kind === 'missing')
    return { history: EMPTY, backup: null, needsWrite: false, locked: false };
  if (read.kind === 'unreadable')
    return { history: EMPTY, backup: null, needsWrite: false, locked: true };
  if (read.kind === 'unparseable')
    return { history: EMPTY, backup: 'broken', needsWrite: true, locked: false };
  const loaded = loadHistory(withoutConfInternals(read.value));
  const { history, folded } = compactHistory(loaded.history, todayKey(now));
  const migrated = loaded.migratedFrom !== null;
  return {
    history,
    backup: loaded.damaged
      ? 'broken'
      : migrated
        ? 'before-migration'
        : compactionCopy(loaded.history, folded),
    needsWrite: loaded.damaged || migrated || folded > 0,
    locked: false,
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
function keepCopyIfAny(path: string, now: number, reason: CopyReason): void {
  try {
    keepCopyAside(path, now, reason);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}

function firstDay(history: StoredHistory): string | null {
  const first = history.records[0];
  return history.days[0]?.day ?? (first ? recordDay(first.at) : null);
}

/**
 * The history in history.json ({version, goals, days, records}), apart from the settings so a
 * settings problem never touches it. Invalid entries are dropped (the damaged file is copied
 * aside first); records older than a year are folded into daily totals (compaction.ts in core).
 * The file is written without indentation: years of history stay small.
 */
export function createHistoryStore({
  dir,
  now,
  openStore,
  onError,
}: HistoryStoreDeps): HistoryStore {
  const path = join(dir, `${HISTORY_FILE}.json`);
  removeLeftoverTemporaries(path);
  const start = startHistory(path, now());
  let history = start.history;
  let pendingBackup = start.backup;
  let store: StoreLike | null = null;
  const fileText = createHistoryWriter();

  function persist(): void {
    try {
      if (start.locked) throw new Error(`${path} could not be read, so it is left as it is.`);
      if (pendingBackup) {
        keepCopyIfAny(path, now(), pendingBackup);
        pendingBackup = null;
      }
      store ??= openStore(storeOptions(dir, HISTORY_FILE));
      writeTextAtomically(store.path, fileText(history));
    } catch (error) {
      onError?.(error);
    }
  }

  if (start.needsWrite) persist();

  return {
    append(record) {
      const valid = OutcomeRecordSchema.parse(record);
      const before: StoredHistory = { ...history, records: inserted(history.records, valid) };
      const { history: after, folded } = compactHistory(before, todayKey(now()));
      pendingBackup ??= compactionCopy(before, folded);
      history = after;
      persist();
    },
    read: () => history,
    noteRules(rules) {
      const goals = withRules(history.goals, rules, firstDay(history));
      if (JSON.stringify(goals) === JSON.stringify(history.goals)) return;
      history = { ...history, goals };
      persist();
    },
  };
}
