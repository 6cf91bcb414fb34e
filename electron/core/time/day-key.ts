import { addLocalDays, localDateOf, weekdayOf, type LocalDate } from './local-time';
import { DAY_MS } from './units';
import { WEEKDAYS, type Weekday } from './weekdays';

/**
 * Calendar days written "YYYY-MM-DD": the one place that writes and reads them. Arithmetic on
 * keys counts calendar days on the date fields alone, so no time zone or DST change is involved.
 */
export type DayKey = string;

const two = (n: number) => String(n).padStart(2, '0');

/** "YYYY-MM-DD" of a calendar date (month 0-based, as in `LocalDate`). */
export function dayKeyOf(date: LocalDate): DayKey {
  return `${date.year}-${two(date.month + 1)}-${two(date.day)}`;
}

/** "YYYY-MM-DD" of the local day containing `t`, in the current zone. */
export function localDayKey(t: number): DayKey {
  return dayKeyOf(localDateOf(t));
}

/** True when `a` and `b` fall on the same local calendar day. */
export function sameLocalDay(a: number, b: number): boolean {
  return localDayKey(a) === localDayKey(b);
}

const DAY_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The date a "YYYY-MM-DD" text names, or null when it is not written so or does not exist. */
export function readDayKey(text: string): LocalDate | null {
  const match = DAY_KEY.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const probe = new Date(Date.UTC(year, month, day));
  const exists =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month && probe.getUTCDate() === day;
  return exists ? { year, month, day } : null;
}

/** True for a calendar day, "YYYY-MM-DD", that exists. */
export const isDayKey = (text: string): boolean => readDayKey(text) !== null;

/**
 * The date fields of a key read from validated data, without the existence check: arithmetic
 * carries an out-of-range day over into the next month as `Date` would, and never throws.
 */
export function parseDayKey(day: DayKey): LocalDate {
  const [year, month, date] = day.split('-').map(Number);
  return { year: year ?? 1970, month: (month ?? 1) - 1, day: date ?? 1 };
}

/** The day `days` calendar days after `day` (before it when negative). */
export function addDays(day: DayKey, days: number): DayKey {
  return dayKeyOf(addLocalDays(parseDayKey(day), days));
}

export function weekdayOfDay(day: DayKey): Weekday {
  return weekdayOf(parseDayKey(day));
}

/**
 * The first day of the week `day` is in: Monday by default; `firstDay` numbers the day weeks
 * start on as `Intl.Locale`'s week info does (1 Monday ... 7 Sunday).
 */
export function weekStart(day: DayKey, firstDay = 1): DayKey {
  const isoDay = WEEKDAYS.indexOf(weekdayOfDay(day)) + 1;
  return addDays(day, -((isoDay - firstDay + 7) % 7));
}

/** Whole calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DayKey, b: DayKey): number {
  const utc = (d: LocalDate) => Date.UTC(d.year, d.month, d.day);
  return Math.round((utc(parseDayKey(b)) - utc(parseDayKey(a))) / DAY_MS);
}
