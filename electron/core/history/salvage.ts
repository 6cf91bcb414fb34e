import {
  DayRulesSchema,
  HISTORY_VERSION,
  KIND_TYPES,
  OutcomeRecordSchema,
  type DailyTotal,
  type DayRules,
  type StoredHistory,
} from './schema';
import { mergedDays } from './compaction';
import { dayTable, totalsFromTable, type DayTable } from './day-table';
import type { OutcomeRecord } from './records';

export interface LoadedHistory {
  history: StoredHistory;
  /** How many stored records, daily totals and goal entries were invalid and dropped. */
  dropped: number;
  /** The version of a file written by a newer app, else null. */
  newerVersion: number | null;
  /** The version of an older file whose records were brought up to date, else null. */
  migratedFrom: number | null;
  /**
   * True when something was dropped or the version is unusable (keep a copy, then rewrite).
   * Never for a newer version's file: what this version does not understand there is not
   * damage, and that file is only read (the store never rewrites it).
   */
  damaged: boolean;
}

/**
 * Version 1 knew one routine only, the full one, and no quick stretch: its routine and reminder
 * records get `kind: 'full'`. Nothing else changes, and nothing is dropped here.
 */
function recordFromV1(candidate: unknown): unknown {
  if (!isObject(candidate) || 'kind' in candidate) return candidate;
  if (!(KIND_TYPES as readonly unknown[]).includes(candidate.type)) return candidate;
  return { ...candidate, kind: 'full' };
}

export function byTime(a: OutcomeRecord, b: OutcomeRecord): number {
  return Date.parse(a.at) - Date.parse(b.at);
}

/** Records oldest first; a file already in order (the usual case) is not sorted again. */
function inTimeOrder(records: OutcomeRecord[]): OutcomeRecord[] {
  const times = records.map((r) => Date.parse(r.at));
  if (times.every((t, i) => i === 0 || (times[i - 1] as number) <= t)) return records;
  return records
    .map((record, i) => ({ record, t: times[i] as number }))
    .sort((a, b) => a.t - b.t)
    .map((entry) => entry.record);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The valid entries of a list that should hold them, and how many were not. */
function validEntries<T>(
  list: unknown,
  parse: (entry: unknown) => { success: true; data: T } | { success: false },
): { valid: T[]; dropped: number } {
  if (list === undefined) return { valid: [], dropped: 0 };
  if (!Array.isArray(list)) return { valid: [], dropped: 1 };
  const valid: T[] = [];
  for (const entry of list) {
    const parsed = parse(entry);
    if (parsed.success) valid.push(parsed.data);
  }
  return { valid, dropped: list.length - valid.length };
}

/** Goal entries by date; of two for the same day, the later one in the file. */
function goalLog(entries: DayRules[]): DayRules[] {
  const byDay = new Map(entries.map((entry) => [entry.from, entry]));
  return [...byDay.values()].sort((a, b) => (a.from < b.from ? -1 : 1));
}

/**
 * Reads a stored history object. Only invalid entries are dropped, each on its own; everything
 * else is kept, also from a file written by a newer app (which the adapter then only reads). A file
 * without a version is read as version 1, the first format, and migrated.
 */
export function loadHistory(raw: unknown): LoadedHistory {
  const empty: StoredHistory = { goals: [], days: [], records: [] };
  if (!isObject(raw) || !Array.isArray(raw.records)) {
    const damaged = raw !== undefined;
    return { history: empty, dropped: 0, newerVersion: null, migratedFrom: null, damaged };
  }
  const version = raw.version ?? 1;
  const known = typeof version === 'number' && Number.isInteger(version) && version >= 1;
  const newerVersion = known && version > HISTORY_VERSION ? version : null;
  const migratedFrom = known && version < HISTORY_VERSION ? version : null;
  const records = validEntries(raw.records, (candidate) =>
    OutcomeRecordSchema.safeParse(migratedFrom === 1 ? recordFromV1(candidate) : candidate),
  );
  // Versions before 3 had no totals or goals; anything under those names is not ours.
  const current = migratedFrom === null;
  const days = totalsFromTable(current ? raw.days : undefined);
  const goals = validEntries<DayRules>(current ? raw.goals : undefined, (entry) =>
    DayRulesSchema.safeParse(entry),
  );
  const dropped = records.dropped + days.dropped + goals.dropped;
  const damaged = newerVersion === null && (dropped > 0 || !known);
  return {
    history: {
      goals: goalLog(goals.valid),
      days: mergedDays(days.valid),
      records: inTimeOrder(records.valid),
    },
    dropped,
    newerVersion,
    migratedFrom,
    damaged,
  };
}

export interface StoredFile {
  version: number;
  goals: DayRules[];
  days: DayTable;
  records: OutcomeRecord[];
}

/** The file's content for a history. */
export function historyFile(history: StoredHistory): StoredFile {
  return {
    version: HISTORY_VERSION,
    goals: history.goals,
    days: dayTable(history.days),
    records: history.records,
  };
}

/**
 * The file's text, as `historyFile` would give it, for a store that writes often: the text of
 * records and of the daily totals is kept between writes and only what is new is serialised.
 * Records and the list of totals are never changed in place, so their identity says whether
 * they changed.
 */
export function createHistoryWriter(): (history: StoredHistory) => string {
  const recordTexts = new WeakMap<OutcomeRecord, string>();
  let days: readonly DailyTotal[] | null = null;
  let daysText = '';
  return (history) => {
    if (history.days !== days) {
      days = history.days;
      daysText = JSON.stringify(dayTable(history.days));
    }
    const records = history.records.map((record) => {
      let text = recordTexts.get(record);
      if (text === undefined) {
        text = JSON.stringify(record);
        recordTexts.set(record, text);
      }
      return text;
    });
    const goals = JSON.stringify(history.goals);
    return `{"version":${HISTORY_VERSION},"goals":${goals},"days":${daysText},"records":[${records.join(',')}]}`;
  };
}
