import type { PeriodCounts } from '../../../electron/core/history/period-counts';
import type { MessageKey, Translate, Translator } from '../../../electron/core/i18n/translator';
import { parseDayKey } from '../../../electron/core/time/day-key';
import { hoursMinutesText } from '../../../electron/core/time/duration-text';
import { MINUTE_MS } from '../../../electron/core/time/units';

/**
 * Words and dates of the statistics window. Days arrive as "YYYY-MM-DD" keys of the person's
 * local days; they are shown in the window's locale, and every word comes from its catalogue.
 */

/** Noon of a day key, so no zone or DST change can move it to another date. */
export function dateOf(day: string): Date {
  const { year, month, day: date } = parseDayKey(day);
  return new Date(year, month, date, 12);
}

const format = (options: Intl.DateTimeFormatOptions) => (locale: string, day: string) =>
  new Intl.DateTimeFormat(locale, options).format(dateOf(day));

/** "Tuesday, March 11, 2025", "Dienstag, 11. März 2025". */
export const longDay = format({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
/** "Tue", "Di." */
export const weekdayShort = format({ weekday: 'short' });
/** "Mar 11", "11. März" */
export const dayMonth = format({ day: 'numeric', month: 'short' });
/** "Tue, Mar 11", "Di., 11. März" */
export const weekdayDayMonth = format({ weekday: 'short', day: 'numeric', month: 'short' });
/** "Mar", "März" */
export const monthShort = format({ month: 'short' });

/** "Mar 10 – 16", "10.–16. März": a week's first and last day as the locale writes a range. */
export function dayRange(locale: string, from: string, to: string): string {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' }).formatRange(
    dateOf(from),
    dateOf(to),
  );
}

/** A count as the locale writes numbers ("4,321", "4.321"). */
export const number = (locale: string, n: number) => new Intl.NumberFormat(locale).format(n);

/** "45 min", "1 h 5 min"; "0 min" when nothing was counted. */
export const roundedHoursMinutesText = (t: Translate, minutes: number) =>
  hoursMinutesText(t, Math.max(0, Math.round(minutes)));

/** Time spent stretching, in whole minutes, at least "1 min" once anything was done. */
export function stretchingText(t: Translate, ms: number): string {
  if (ms <= 0) return t('duration.minutes', { minutes: 0 });
  return hoursMinutesText(t, Math.max(1, Math.round(ms / MINUTE_MS)));
}

interface Part<K extends string> {
  key: K;
  /** The part's name in the chart's key. */
  label: MessageKey;
  /** Its short name, heading a column of the numbers' table. */
  short: MessageKey;
}

/** The parts of a bar, taken breaks first, in the order they are stacked and listed. */
export const TAKEN_PARTS: readonly Part<'quick' | 'full' | 'stood-up' | 'natural-break'>[] = [
  { key: 'quick', label: 'break.shortName.quick', short: 'statistics.partShort.quick' },
  { key: 'full', label: 'break.shortName.full', short: 'statistics.partShort.full' },
  { key: 'stood-up', label: 'statistics.part.stoodUp', short: 'statistics.partShort.stoodUp' },
  {
    key: 'natural-break',
    label: 'statistics.part.naturalBreak',
    short: 'statistics.partShort.naturalBreak',
  },
];

export const MISSED_PARTS: readonly Part<'endedEarly' | 'skipped' | 'ignored'>[] = [
  { key: 'endedEarly', label: 'statistics.part.endedEarly', short: 'statistics.part.endedEarly' },
  { key: 'skipped', label: 'statistics.part.skipped', short: 'statistics.part.skipped' },
  { key: 'ignored', label: 'statistics.part.ignored', short: 'statistics.part.ignored' },
];

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
export function periodSentence({ t }: Translator, counts: PeriodCounts): string {
  return t('statistics.chart.summary', {
    taken: counts.taken,
    suggested: counts.occasions,
    endedEarly: counts.endedEarly,
    skipped: counts.skipped,
    ignored: counts.ignored,
  });
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
