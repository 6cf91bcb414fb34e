import { join } from 'node:path';
import type { HistoryStore } from '../../core/storage/ports';
import type { OutcomeRecord } from '../../core/schedule/status';
import { withinRetention } from '../../core/history/retention';
import { byTime, loadHistory } from '../../core/history/salvage';
import { HISTORY_VERSION, OutcomeRecordSchema } from '../../core/history/schema';
import { removeLeftoverTemporaries, writeJsonAtomically } from './atomic-file';
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
  records: OutcomeRecord[];
  /** A copy to keep before the first write, and why. */
  backup: CopyReason | null;
  needsWrite: boolean;
  /** The file exists but could not be read: never overwrite it. */
  locked: boolean;
}

function startHistory(path: string, now: number): StartHistory {
  const read = readRawJson(path);
  if (read.kind === 'missing')
    return { records: [], backup: null, needsWrite: false, locked: false };
  if (read.kind === 'unreadable')
    return { records: [], backup: null, needsWrite: false, locked: true };
  if (read.kind === 'unparseable')
    return { records: [], backup: 'broken', needsWrite: true, locked: false };
  const loaded = loadHistory(withoutConfInternals(read.value));
  const records = withinRetention(loaded.records, now);
  const pruned = loaded.records.length - records.length;
  // Pruning trusts the clock. When it would take most of the history at once (a clock set
  // years ahead, say), the file is copied aside first so nothing is lost for good.
  const massPrune = pruned * 2 > loaded.records.length;
  const migrated = loaded.migratedFrom !== null;
  return {
    records,
    backup: loaded.damaged
      ? 'broken'
      : migrated
        ? 'before-migration'
        : massPrune
          ? 'before-prune'
          : null,
    needsWrite: loaded.damaged || migrated || pruned > 0,
    locked: false,
  };
}

/**
 * Routine outcomes in history.json ({version, records}), apart from the settings so that a
 * settings problem never touches them. Invalid records are dropped (the damaged file is copied
 * aside first) and records older than about a year are pruned.
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
  let records = start.records;
  let pendingBackup = start.backup;
  let store: StoreLike | null = null;

  function persist(): void {
    try {
      if (start.locked) throw new Error(`${path} could not be read, so it is left as it is.`);
      if (pendingBackup) {
        keepCopyAside(path, now(), pendingBackup);
        pendingBackup = null;
      }
      store ??= openStore(storeOptions(dir, HISTORY_FILE));
      writeJsonAtomically(store.path, { version: HISTORY_VERSION, records });
    } catch (error) {
      onError?.(error);
    }
  }

  if (start.needsWrite) persist();

  return {
    append(record) {
      const valid = OutcomeRecordSchema.parse(record);
      records = withinRetention([...records, valid].sort(byTime), now());
      persist();
    },
    since(sinceMs) {
      return records.filter((record) => Date.parse(record.at) >= sinceMs).map((r) => ({ ...r }));
    },
  };
}
