import { DAY_MS, MINUTE_MS } from './units';
import { WEEKDAYS, type Weekday } from './weekdays';

/*
 * Weekday names and wall-clock times in words, for a locale: `Intl` names the days and picks the
 * 12- or 24-hour clock the locale uses, so no day or "AM" is ever spelled out by hand.
 */

/** 2024-01-01T00:00Z, a Monday: weekday `i` of WEEKDAYS falls `i` days later (read in UTC). */
const A_MONDAY_UTC = 1_704_067_200_000;

const formats = new Map<string, Intl.DateTimeFormat>();

function format(locale: string, kind: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale} ${kind}`;
  let found = formats.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
    formats.set(key, found);
  }
  return found;
}

/** "Monday" / "Mon" in the locale's words; the settings keep their Monday-first order. */
export function weekdayName(
  locale: string,
  day: Weekday,
  width: 'long' | 'short' = 'long',
): string {
  const at = A_MONDAY_UTC + WEEKDAYS.indexOf(day) * DAY_MS;
  return format(locale, `weekday-${width}`, { weekday: width }).format(at);
}

/** Whether the locale reads the time on a 12-hour clock ("9:00 AM"). */
function twelveHour(locale: string): boolean {
  const { hourCycle } = format(locale, 'cycle', { hour: 'numeric' }).resolvedOptions();
  return hourCycle === 'h11' || hourCycle === 'h12';
}

/**
 * A minute of the day (0-1440; 1440 is the midnight that ends the day) as the locale writes a
 * time: "09:00" or "17:30" on a 24-hour clock, "9:00 AM" on a 12-hour one.
 */
export function minuteOfDayText(locale: string, minute: number): string {
  const hour = twelveHour(locale) ? 'numeric' : '2-digit';
  const at = A_MONDAY_UTC + (minute % (24 * 60)) * MINUTE_MS;
  return format(locale, `time-${hour}`, { hour, minute: '2-digit' }).format(at);
}

/** A stored "HH:MM" time (or "24:00") as the locale writes it; text that is not one as it is. */
export function timeOfDayText(locale: string, time: string): string {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return time;
  return minuteOfDayText(locale, Number(match[1]) * 60 + Number(match[2]));
}
