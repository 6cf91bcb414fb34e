import type { PeriodCounts } from '../../../electron/core/history/period-counts';
import { BREAK_SHORT_NAMES } from '../../../electron/core/routine/break-names';
import { parseDayKey } from '../../../electron/core/time/day-key';
import { hoursMinutesText } from '../../../electron/core/time/duration-text';
import { MINUTE_MS } from '../../../electron/core/time/units';

/**
 * Words and dates of the statistics window. Days arrive as "YYYY-MM-DD" keys of the person's
 * local days; they are shown in the window's locale.
 */

/** Noon of a day key, so no zone or DST change can move it to another date. */
export function dateOf(day: string): Date {
  const { year, month, day: date } = parseDayKey(day);
  return new Date(year, month, date, 12);
}

const format = (options: Intl.DateTimeFormatOptions) => (day: string) =>
  new Intl.DateTimeFormat(undefined, options).format(dateOf(day));

/** "Tuesday, March 11, 2025" (in the window's locale). */
export const longDay = format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
/** "Tue" */
export const weekdayShort = format({ weekday: 'short' });
/** "Mar 11" */
export const dayMonth = format({ day: 'numeric', month: 'short' });
/** "Mar" */
export const monthShort = format({ month: 'short' });

export const count = (n: number, one: string, many: string) =>
  `${n.toLocaleString()} ${n === 1 ? one : many}`;

export const breaks = (n: number) => count(n, 'break', 'breaks');

/** "45 min", "1 h 5 min"; "0 min" when nothing was counted. */
export const roundedHoursMinutesText = (minutes: number) =>
  hoursMinutesText(Math.max(0, Math.round(minutes)));

/** Time spent stretching, in whole minutes, at least "1 min" once anything was done. */
export function stretchingText(ms: number): string {
  if (ms <= 0) return '0 min';
  return hoursMinutesText(Math.max(1, Math.round(ms / MINUTE_MS)));
}

/** The parts of a bar, taken breaks first, in the order they are stacked and listed. */
export const TAKEN_PARTS = [
  { key: 'quick', label: BREAK_SHORT_NAMES.quick, short: 'Quick' },
  { key: 'full', label: BREAK_SHORT_NAMES.full, short: 'Full' },
  { key: 'stood-up', label: 'I stood up', short: 'Stood up' },
  { key: 'natural-break', label: 'Natural break', short: 'Natural' },
] as const;

export const MISSED_PARTS = [
  { key: 'endedEarly', label: 'Ended early', short: 'Ended early' },
  { key: 'skipped', label: 'Skipped', short: 'Skipped' },
  { key: 'ignored', label: 'Ignored', short: 'Ignored' },
] as const;

export type PartKey = (typeof TAKEN_PARTS)[number]['key'] | (typeof MISSED_PARTS)[number]['key'];

export function partValue(counts: PeriodCounts, key: PartKey): number {
  switch (key) {
    case 'endedEarly':
    case 'skipped':
    case 'ignored':
      return counts[key];
    default:
      return counts.breaks[key];
  }
}

/** One sentence for a period: what a chart of it shows, for its text alternative. */
export function periodSentence(counts: PeriodCounts): string {
  const missed = MISSED_PARTS.map((p) => `${partValue(counts, p.key)} ${p.label.toLowerCase()}`);
  return `${breaks(counts.taken)} taken of ${counts.occasions.toLocaleString()} suggested; ${missed.join(', ')}.`;
}

/** One bar of a chart. */
export interface ChartBar {
  key: string;
  /** Under the bar; `sub` goes on a second line. */
  label: string;
  sub?: string;
  /** The period in short words for the table, and in full for screen readers. */
  name: string;
  fullName: string;
  counts: PeriodCounts;
}
