import { localDayKey } from '../schedule/local-time';
import type { OutcomeRecord } from '../schedule/status';

/** Local midnight `offset` days from the day of `ms` (follows DST: days are not always 24 h). */
function shiftLocalDay(ms: number, offset: number): number {
  const date = new Date(ms);
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + offset).getTime();
}

function completedDays(records: readonly OutcomeRecord[]): Set<string> {
  return new Set(
    records.filter((r) => r.type === 'completed').map((r) => localDayKey(Date.parse(r.at))),
  );
}

/** Routines completed on the local day of `now`. */
export function completedToday(records: readonly OutcomeRecord[], now: number): number {
  const today = localDayKey(now);
  return records.filter((r) => r.type === 'completed' && localDayKey(Date.parse(r.at)) === today)
    .length;
}

/**
 * Consecutive local days, up to today, with at least one completed routine. A day without one
 * breaks the streak only once it is over: until then the streak counts up to yesterday.
 */
export function streakDays(records: readonly OutcomeRecord[], now: number): number {
  const days = completedDays(records);
  let offset = days.has(localDayKey(now)) ? 0 : -1;
  let streak = 0;
  while (days.has(localDayKey(shiftLocalDay(now, offset)))) {
    streak += 1;
    offset -= 1;
  }
  return streak;
}
