import { DAY_COLUMNS, DailyTotalSchema, DayTableSchema, type DailyTotal } from './schema';

/**
 * Daily totals in the file: one row per day under named columns (docs/decisions.md, "Retention
 * and the size of the history file"). A map of a total ("breaks", "counts", "durations") spreads
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

/** A row read by its file's column names; unknown columns are left out. */
function rowObject(columns: readonly string[], row: unknown): unknown {
  if (!Array.isArray(row) || row.length !== columns.length) return null;
  const out: Record<string, unknown> = { breaks: {}, counts: {}, durations: {} };
  columns.forEach((column, i) => {
    const value = row[i];
    const dot = column.indexOf('.');
    const group = dot < 0 ? '' : column.slice(0, dot);
    if (!MAPS.has(group)) {
      out[column] = value;
      return;
    }
    if (value !== 0) (out[group] as Record<string, unknown>)[column.slice(dot + 1)] = value;
  });
  return out;
}

/** The valid totals of a stored table, and how many rows (or the table) were not. */
export function totalsFromTable(raw: unknown): { valid: DailyTotal[]; dropped: number } {
  if (raw === undefined) return { valid: [], dropped: 0 };
  const table = DayTableSchema.safeParse(raw);
  if (!table.success) return { valid: [], dropped: 1 };
  const { columns, rows } = table.data;
  const valid: DailyTotal[] = [];
  for (const row of rows) {
    const parsed = DailyTotalSchema.safeParse(rowObject(columns, row));
    if (parsed.success) valid.push(parsed.data);
  }
  return { valid, dropped: rows.length - valid.length };
}
