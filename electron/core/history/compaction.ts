import { recordDay } from './day-key';
import { addDays, type DayKey } from '../time/day-key';
import { mergeTotals, summarizeDay } from './day-summary';
import type { DailyTotal, StoredHistory } from './schema';
import type { OutcomeRecord } from './records';

/**
 * Retention: the records of the last 365 days (today included) are kept one by one; older days
 * are folded into daily totals, which are kept for ever. A day is folded whole, by the local
 * day of its records, so the totals hold exactly what the records said.
 */
export const RECORD_DAYS = 365;

/**
 * The first day anything was recorded, or null for a new user: the earliest of the folded days
 * and of the records' own days. Records are appended in the clock's order, so after the clock
 * was set back a later record can carry an earlier day: the first record is not enough.
 */
export function firstHistoryDay(history: Pick<StoredHistory, 'days' | 'records'>): DayKey | null {
  let first: DayKey | null = null;
  for (const total of history.days) if (first === null || total.day < first) first = total.day;
  for (const record of history.records) {
    const day = recordDay(record.at);
    if (first === null || day < first) first = day;
  }
  return first;
}

/** The oldest day whose records are kept on `today`. */
export function oldestRecordDay(today: DayKey): DayKey {
  return addDays(today, -(RECORD_DAYS - 1));
}

export interface Compaction {
  history: StoredHistory;
  /** How many records were folded into daily totals. */
  folded: number;
}

function byDay(a: DailyTotal, b: DailyTotal): number {
  return a.day < b.day ? -1 : a.day > b.day ? 1 : 0;
}

/** Daily totals with duplicates of a day merged, oldest first. */
export function mergedDays(days: readonly DailyTotal[]): DailyTotal[] {
  const merged = new Map<DayKey, DailyTotal>();
  for (const total of days) {
    const seen = merged.get(total.day);
    merged.set(total.day, seen ? mergeTotals(seen, total) : total);
  }
  return [...merged.values()].sort(byDay);
}

/** Folds the records of days before the retention window into daily totals. */
export function compactHistory(history: StoredHistory, today: DayKey): Compaction {
  const oldest = oldestRecordDay(today);
  const first = history.records[0];
  // Records are in time order; a zone change can move a later one a day earlier, hence `>`.
  if (!first || recordDay(first.at) > oldest) return { history, folded: 0 };
  const old = new Map<DayKey, OutcomeRecord[]>();
  const kept: OutcomeRecord[] = [];
  for (const record of history.records) {
    const day = recordDay(record.at);
    if (day >= oldest) {
      kept.push(record);
      continue;
    }
    const list = old.get(day);
    if (list) list.push(record);
    else old.set(day, [record]);
  }
  const folded = history.records.length - kept.length;
  if (folded === 0) return { history, folded };
  const totals = [...old].map(([day, records]) => summarizeDay(day, records));
  return {
    history: {
      goals: history.goals,
      days: mergedDays([...history.days, ...totals]),
      records: kept,
    },
    folded,
  };
}
