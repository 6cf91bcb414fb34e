import { localDayKey, type DayKey } from '../time/day-key';
import { localIso } from '../time/local-iso';

/**
 * Where a history record falls on the calendar. A record's day and clock time are read from its
 * own `at` string, which carries the local offset of the moment (`localIso`), so they stay what
 * the person saw then, whatever the zone is now. Records written before offsets were kept end
 * in "Z"; those are placed in the current zone, which is right unless the person has moved
 * since (docs/decisions.md). Calendar days themselves are `core/time/day-key.ts`.
 */

/** @deprecated The renderer's fake API still imports this name; use `localDayKey`. */
export const todayKey = localDayKey;

const OFFSET = /([+-])(\d{2}):(\d{2})$/;

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
  const iso = localIso(t);
  return { day: iso.slice(0, 10), time: iso.slice(11, 19), offset: iso.slice(23) };
}
