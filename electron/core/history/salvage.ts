import { HISTORY_VERSION, OutcomeRecordSchema } from './schema';
import type { OutcomeRecord } from '../schedule/status';

export interface LoadedHistory {
  /** Valid records, oldest first. */
  records: OutcomeRecord[];
  /** How many stored records were invalid and dropped. */
  dropped: number;
  /** The version of a file written by a newer app, else null. */
  newerVersion: number | null;
  /** True when the file is not exactly a current, valid history (so it should be rewritten). */
  damaged: boolean;
}

export function byTime(a: OutcomeRecord, b: OutcomeRecord): number {
  return Date.parse(a.at) - Date.parse(b.at);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a stored history object. Only invalid records are dropped; everything else is kept, also
 * from a file written by a newer app (which the adapter keeps aside). A file without a version
 * is read as version 1.
 */
export function loadHistory(raw: unknown): LoadedHistory {
  if (!isObject(raw) || !Array.isArray(raw.records)) {
    return { records: [], dropped: 0, newerVersion: null, damaged: raw !== undefined };
  }
  const version = raw.version ?? HISTORY_VERSION;
  const newerVersion = typeof version === 'number' && version > HISTORY_VERSION ? version : null;
  const records: OutcomeRecord[] = [];
  for (const candidate of raw.records) {
    const parsed = OutcomeRecordSchema.safeParse(candidate);
    if (parsed.success) records.push(parsed.data);
  }
  const dropped = raw.records.length - records.length;
  const damaged = dropped > 0 || version !== HISTORY_VERSION;
  return { records: records.sort(byTime), dropped, newerVersion, damaged };
}
