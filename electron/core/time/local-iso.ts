import { localDayKey } from './day-key';

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A UTC offset in minutes east of Greenwich as ISO-8601 text: "+01:00", "-05:30", "+00:00". */
export function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  return `${sign}${pad(Math.trunc(minutes / 60))}:${pad(minutes % 60)}`;
}

/**
 * An instant as ISO-8601 with the local zone's offset at that instant, such as
 * "2026-03-23T10:00:00.000+01:00". History records are written this way so that the local day
 * and time of each event stay known after a change of time zone or a DST change.
 */
export function localIso(t: number): string {
  const d = new Date(t);
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  const ms = pad(d.getMilliseconds(), 3);
  return `${localDayKey(t)}T${time}.${ms}${offsetText(-d.getTimezoneOffset())}`;
}
