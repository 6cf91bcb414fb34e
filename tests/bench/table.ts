/** One benchmark figure, printed in the table and in `--json` output. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** The budget the value must stay within (upper bound), or null for information only. */
  budget: number | null;
  note?: string;
}

export function withinBudget(f: Figure): boolean {
  return f.budget === null || f.value <= f.budget;
}

export function formatTable(figures: Figure[]): string {
  const rows = figures.map((f) => [
    f.name,
    `${round(f.value)} ${f.unit}`,
    f.budget === null ? '-' : `${round(f.budget)} ${f.unit}`,
    f.budget === null ? 'info' : withinBudget(f) ? 'ok' : 'OVER',
    f.note ?? '',
  ]);
  const head = ['measure', 'value', 'budget', 'status', 'note'];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

export function toJson(figures: Figure[]): string {
  return JSON.stringify(
    Object.fromEntries(
      figures.map((f) => [
        f.name,
        { value: round(f.value), unit: f.unit, budget: f.budget === null ? null : round(f.budget) },
      ]),
    ),
  );
}

function round(v: number): number {
  return Math.abs(v) >= 100 ? Math.round(v) : Math.round(v * 100) / 100;
}
