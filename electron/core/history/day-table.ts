import { DAY_MS, MINUTES_PER_DAY } from '../time/units';
import { DAY_COLUMNS, DayTableSchema, MAX_COUNT, type DailyTotal } from './schema';
import { isDayKey } from '../time/day-key';
import { emptyTotal } from './day-summary';

/**
 * Daily totals in the file: one row per day under named columns (docs/decisions.md,
 * "Retention"). A map of a total ("breaks", "counts", "durations") spreads
 * over one column per key; a zero there means the key is absent.
 */
export interface DayTable {
  columns: string[];
  rows: (string | number)[][];
}

function cell(total: DailyTotal, column: string): string | number {
  const dot = column.indexOf('.');
  if (dot < 0) return total[column as keyof DailyTotal] as string | number;
  const map = total[column.slice(0, dot) as 'breaks' | 'counts' | 'durations'] as Record<
    string,
    number | undefined
  >;
  return map[column.slice(dot + 1)] ?? 0;
}

export function dayTable(totals: readonly DailyTotal[]): DayTable {
  return {
    columns: [...DAY_COLUMNS],
    rows: totals.map((total) => DAY_COLUMNS.map((column) => cell(total, column))),
  };
}

const MAPS = new Set(['breaks', 'counts', 'durations']);
const TOP = new Set(['occasions', 'taken', 'endedEarly', 'longestSittingMinutes']);
const KNOWN = new Set<string>(DAY_COLUMNS);

/** The largest value a column may hold (the limits of `DailyTotalSchema`). */
function limit(column: string): number {
  if (column.startsWith('durations.')) return DAY_MS;
  return column === 'longestSittingMinutes' ? MINUTES_PER_DAY : MAX_COUNT;
}

type ColumnPlan =
  | { kind: 'day' }
  | { kind: 'top'; key: string; max: number }
  | { kind: 'map'; group: string; key: string; max: number }
  | { kind: 'unknown' };

function plan(column: string): ColumnPlan {
  if (column === 'day') return { kind: 'day' };
  if (!KNOWN.has(column)) return { kind: 'unknown' };
  const dot = column.indexOf('.');
  if (dot < 0)
    return TOP.has(column) ? { kind: 'top', key: column, max: limit(column) } : { kind: 'unknown' };
  const group = column.slice(0, dot);
  if (!MAPS.has(group)) return { kind: 'unknown' };
  return { kind: 'map', group, key: column.slice(dot + 1), max: limit(column) };
}

const isCount = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/**
 * One row as a daily total, or null when it is not a valid one. The same rules as
 * `DailyTotalSchema`, checked by hand: years of days are read at every start, and a schema
 * per row took most of that time.
 */
function rowTotal(plans: readonly ColumnPlan[], row: unknown): DailyTotal | null {
  if (!Array.isArray(row) || row.length !== plans.length) return null;
  const total = emptyTotal('');
  for (let i = 0; i < plans.length; i++) {
    const column = plans[i] as ColumnPlan;
    const value: unknown = row[i];
    if (column.kind === 'unknown') continue;
    if (column.kind === 'day') {
      if (typeof value !== 'string' || !isDayKey(value)) return null;
      total.day = value;
      continue;
    }
    if (!isCount(value, column.max)) return null;
    if (column.kind === 'top') (total as unknown as Record<string, number>)[column.key] = value;
    else if (value !== 0) {
      (total[column.group as 'counts'] as Record<string, number>)[column.key] = value;
    }
  }
  return total.day !== '' && total.taken <= total.occasions ? total : null;
}

/** The valid totals of a stored table, and how many rows (or the table) were not. */
export function totalsFromTable(raw: unknown): { valid: DailyTotal[]; dropped: number } {
  if (raw === undefined) return { valid: [], dropped: 0 };
  const table = DayTableSchema.safeParse(raw);
  if (!table.success) return { valid: [], dropped: 1 };
  const { columns, rows } = table.data;
  const plans = columns.map(plan);
  const valid: DailyTotal[] = [];
  for (const row of rows) {
    const total = rowTotal(plans, row);
    if (total) valid.push(total);
  }
  return { valid, dropped: rows.length - valid.length };
}
