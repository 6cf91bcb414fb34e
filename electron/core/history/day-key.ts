import { WEEKDAYS, type Weekday } from '../settings/schema';
import {
  addLocalDays,
  localDateOf,
  localDayKey,
  weekdayOf,
  type LocalDate,
} from '../time/local-time';

/**
 * Calendar days as "YYYY-MM-DD" keys, and where a history record falls on them. A record's day
 * and clock time are read from its own `at` string, which carries the local offset of the
 * moment (`localIso`), so they stay what the person saw then, whatever the zone is now. Records
 * written before offsets were kept end in "Z"; those are placed in the current zone, which is
 * right unless the person has moved since (docs/decisions.md).
 */
export type DayKey = string;

const OFFSET = /([+-])(\d{2}):(\d{2})$/;

export function dayKeyOf(date: LocalDate): DayKey {
  return `${date.year}-${String(date.month + 1).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
}

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

/** Monday of the week `day` is in (weeks run Monday to Sunday). */
export function weekStart(day: DayKey): DayKey {
  return addDays(day, -WEEKDAYS.indexOf(weekdayOfDay(day)));
}

/** Whole calendar days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: DayKey, b: DayKey): number {
  const utc = (d: LocalDate) => Date.UTC(d.year, d.month, d.day);
  return Math.round((utc(parseDayKey(b)) - utc(parseDayKey(a))) / 86_400_000);
}

/** The local day of `t` in the current zone. */
export const todayKey = (t: number): DayKey => localDayKey(t);

/** True when `at` carries its own offset (not "Z"). */
function hasOffset(at: string): boolean {
  return OFFSET.test(at);
}

/** The local day of a record, as the person lived it. */
export function recordDay(at: string): DayKey {
  return hasOffset(at) ? at.slice(0, 10) : localDayKey(Date.parse(at));
}

export interface LocalMoment {
  day: DayKey;
  /** "HH:MM:SS" on the local clock. */
  time: string;
  /** The offset from UTC, "+01:00" or "-05:30". */
  offset: string;
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** Day, clock time and offset of a record's moment (the current zone's for a "Z" record). */
export function recordMoment(at: string): LocalMoment {
  const match = OFFSET.exec(at);
  if (match) {
    const [, sign, hours, minutes] = match;
    return {
      day: at.slice(0, 10),
      time: at.slice(11, 19),
      offset: `${sign}${hours}:${minutes}`,
    };
  }
  const t = Date.parse(at);
  const d = new Date(t);
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    day: dayKeyOf(localDateOf(t)),
    time: `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`,
    offset: offsetText(-d.getTimezoneOffset()),
  };
}
