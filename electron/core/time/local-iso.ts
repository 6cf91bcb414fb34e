/**
 * An instant as ISO-8601 with the local zone's offset at that instant, such as
 * "2026-03-23T10:00:00.000+01:00". History records are written this way so that the local day
 * and time of each event stay known after a change of time zone or a DST change.
 */
export function localIso(t: number): string {
  const d = new Date(t);
  const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');
  const offset = -d.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const date = `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
  const ms = pad(d.getMilliseconds(), 3);
  return `${date}T${time}.${ms}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
