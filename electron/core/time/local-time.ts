import { WEEKDAYS, type Weekday } from './weekdays';
import { DAY_MS, MINUTES_PER_DAY, MINUTE_MS } from './units';

/**
 * Local wall-clock helpers. Everything goes through the local `Date` methods, so results follow
 * the process time zone (and a change of it while running).
 */

/** A calendar day in the local zone; `month` is 0-based as in `Date`. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
}

export function localDateOf(t: number): LocalDate {
  const d = new Date(t);
  return { year: d.getFullYear(), month: d.getMonth(), day: d.getDate() };
}

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number) =>
  m === 1 && isLeap(y) ? 29 : (MONTH_DAYS[m] as number);

/** Calendar arithmetic on the date fields alone (no time zone is involved in counting days). */
export function addLocalDays(date: LocalDate, days: number): LocalDate {
  let { year, month, day } = date;
  day += days;
  while (day > daysInMonth(year, month)) {
    day -= daysInMonth(year, month);
    [year, month] = month === 11 ? [year + 1, 0] : [year, month + 1];
  }
  while (day < 1) {
    [year, month] = month === 0 ? [year - 1, 11] : [year, month - 1];
    day += daysInMonth(year, month);
  }
  return { year, month, day };
}

export function weekdayOf(date: LocalDate): Weekday {
  // 1970-01-01 was a Thursday (index 3 with Monday first).
  const daysSinceEpoch = Math.floor(Date.UTC(date.year, date.month, date.day) / DAY_MS);
  return WEEKDAYS[(((daysSinceEpoch + 3) % 7) + 7) % 7] as Weekday;
}

/** "HH:MM" (or "24:00") to minutes from midnight. */
export function minuteOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** Wall-clock fields of an instant, as a sortable number (a UTC timestamp of the wall time). */
function wallKey(t: number): number {
  const d = new Date(t);
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes());
}

/**
 * The instant at which the local clock shows `minute` minutes after the start of `date`
 * (minute may exceed 1440 for the next day). Choices, for the DST changes:
 * - a wall time skipped by a spring-forward change resolves to the instant the clock jumps
 *   (02:30 on a 02:00->03:00 day is 03:00), so a range inside the gap is empty and a range
 *   starting in it is shortened;
 * - a wall time that occurs twice after a fall-back change resolves to its first occurrence, so
 *   a range covering the repeated hour lasts one hour longer in real time.
 */
export function wallInstant(date: LocalDate, minute: number): number {
  const resolved = new Date(date.year, date.month, date.day, 0, minute);
  const inDay = ((minute % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  let t = resolved.getTime();
  if (resolved.getHours() * 60 + resolved.getMinutes() === inDay) return t;
  const wanted = Date.UTC(date.year, date.month, date.day, 0, minute);
  // Inside a gap `Date` moves forward by the gap's length; walk back to the jump itself.
  for (let i = 0; i < MINUTES_PER_DAY && wallKey(t - MINUTE_MS) >= wanted; i++) t -= MINUTE_MS;
  return t;
}

/** Local midnight that starts `date`. */
export function startOfLocalDay(date: LocalDate): number {
  return wallInstant(date, 0);
}
