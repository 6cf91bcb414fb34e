import type { OutcomeRecord } from './records';
import { recordMoment } from './day-key';
import { COUNT_KEYS, type DailyTotal, type StoredHistory } from './schema';
import { SECOND_MS } from '../time/units';

/**
 * The whole history as CSV (RFC 4180: comma-separated, CRLF line ends, a header row, fields
 * quoted when they hold a comma, a quote or a line break, quotes doubled). One row per record,
 * with the local date and time of the moment and its offset from UTC. Days older than a year
 * are kept as daily totals only: each gives one row per outcome and kind, with an empty time
 * and the number of records in `count` (a record's row has count 1).
 */
export const CSV_COLUMNS = [
  'date',
  'time',
  'utc_offset',
  'outcome',
  'kind',
  'sitting_minutes',
  'holds_done',
  'hold_count',
  'duration_seconds',
  'count',
] as const;

/** Characters that make a spreadsheet read a cell as a formula (or strip what follows). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field, safe to open in a spreadsheet: a cell that would start a formula gets a leading
 * apostrophe, and a field with a comma, a quote or a line break is quoted.
 */
export function csvField(value: string | number | undefined): string {
  let text = value === undefined ? '' : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: (string | number | undefined)[]) => fields.map(csvField).join(',');

const seconds = (ms: number | undefined) =>
  ms === undefined ? undefined : Math.round(ms / SECOND_MS);

function recordRow(record: OutcomeRecord): string {
  const moment = recordMoment(record.at);
  return line([
    moment.day,
    moment.time,
    // "UTC+01:00" rather than "+01:00", so that no cell starts with a sign.
    `UTC${moment.offset}`,
    record.type,
    record.kind,
    record.sittingMinutes === undefined ? undefined : Math.floor(record.sittingMinutes),
    record.holdsDone,
    record.holdCount,
    seconds(record.durationMs),
    1,
  ]);
}

function totalRows(total: DailyTotal): string[] {
  const rows: string[] = [];
  for (const key of COUNT_KEYS) {
    const count = total.counts[key];
    if (!count) continue;
    const [outcome, kind] = key.split('.');
    const duration = seconds((total.durations as Partial<Record<string, number>>)[key]);
    rows.push(line([total.day, '', '', outcome, kind, '', '', '', duration, count]));
  }
  return rows;
}

export interface HistoryCsv {
  text: string;
  /** Rows below the header. */
  rows: number;
}

export function historyCsv(history: StoredHistory): HistoryCsv {
  const rows = [...history.days.flatMap(totalRows), ...history.records.map(recordRow)];
  return { text: [line([...CSV_COLUMNS]), ...rows, ''].join('\r\n'), rows: rows.length };
}
