import { HISTORY_VERSION, OutcomeRecordSchema } from './schema';
import type { OutcomeRecord, OutcomeType } from '../schedule/status';

export interface LoadedHistory {
  /** Valid records, oldest first. */
  records: OutcomeRecord[];
  /** How many stored records were invalid and dropped. */
  dropped: number;
  /** The version of a file written by a newer app, else null. */
  newerVersion: number | null;
  /** The version of an older file whose records were brought up to date, else null. */
  migratedFrom: number | null;
  /** True when records were dropped or the version is unusable (keep a copy, then rewrite). */
  damaged: boolean;
}

/** Records that name a routine, or the routine a reminder suggested. */
const KIND_TYPES: readonly OutcomeType[] = [
  'reminded',
  'repeated',
  'started',
  'completed',
  'ended-early',
];

/**
 * Version 1 knew one routine only, the full one, and no quick stretch: its routine and reminder
 * records get `kind: 'full'`. Nothing else changes, and nothing is dropped here.
 */
function recordFromV1(candidate: unknown): unknown {
  if (!isObject(candidate) || 'kind' in candidate) return candidate;
  if (!KIND_TYPES.includes(candidate.type as OutcomeType)) return candidate;
  return { ...candidate, kind: 'full' };
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
 * is read as version 1, the first format, and migrated.
 */
export function loadHistory(raw: unknown): LoadedHistory {
  if (!isObject(raw) || !Array.isArray(raw.records)) {
    const damaged = raw !== undefined;
    return { records: [], dropped: 0, newerVersion: null, migratedFrom: null, damaged };
  }
  const version = raw.version ?? 1;
  const known = typeof version === 'number' && Number.isInteger(version) && version >= 1;
  const newerVersion = known && version > HISTORY_VERSION ? version : null;
  const migratedFrom = known && version < HISTORY_VERSION ? version : null;
  const records: OutcomeRecord[] = [];
  for (const candidate of raw.records) {
    const parsed = OutcomeRecordSchema.safeParse(
      migratedFrom === 1 ? recordFromV1(candidate) : candidate,
    );
    if (parsed.success) records.push(parsed.data);
  }
  const dropped = raw.records.length - records.length;
  const damaged = dropped > 0 || !known || newerVersion !== null;
  return { records: records.sort(byTime), dropped, newerVersion, migratedFrom, damaged };
}
