import { minutesOf } from '../../../electron/core/settings/overlap';
import type { TimeRange } from '../../../electron/core/settings/schema';

const DAY_MINUTES = 24 * 60;

/** "HH:MM" for minutes from midnight (1440 reads as 24:00). */
export function clockText(minute: number): string {
  const hours = Math.floor(minute / 60);
  const minutes = minute % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** "7 h 30 min", "45 min", "2 h". */
export function durationText(totalMinutes: number): string {
  const hours = Math.floor(totalMinutes / 60);
  const minutes = Math.round(totalMinutes % 60);
  if (hours === 0) return `${minutes} min`;
  return minutes === 0 ? `${hours} h` : `${hours} h ${minutes} min`;
}

/** "6 min 30 s", "45 s". */
export function secondsText(totalSeconds: number): string {
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = Math.round(totalSeconds % 60);
  if (minutes === 0) return `${seconds} s`;
  return seconds === 0 ? `${minutes} min` : `${minutes} min ${seconds} s`;
}

/**
 * A note about where a range ends, or null when it ends the same day. A range whose end comes
 * before its start is a night range, which is allowed, so it gets a note and not an error.
 */
export function rangeEndNote(range: TimeRange): string | null {
  const from = minutesOf(range.from);
  const to = minutesOf(range.to);
  if (range.to === '24:00' || (to === 0 && from > 0)) return 'Ends at midnight.';
  if (to < from) {
    return `Ends the next day at ${range.to} (${durationText(DAY_MINUTES - from + to)} in all).`;
  }
  return null;
}

/** Minutes of the day a range covers, night ranges as their evening and early-morning parts. */
function coveredSpans(range: TimeRange): [number, number][] {
  const from = minutesOf(range.from);
  const to = minutesOf(range.to);
  return to < from
    ? [
        [from, DAY_MINUTES],
        [0, to],
      ]
    : [[from, to]];
}

/**
 * A free hour for a new range: an hour after the day's last range if the day has room, else
 * the first free hour from 06:00. An empty day gets 09:00–17:00.
 */
export function nextRange(ranges: readonly TimeRange[]): TimeRange {
  const last = ranges[ranges.length - 1];
  if (!last) return { from: '09:00', to: '17:00' };
  const taken = ranges.flatMap(coveredSpans);
  const isFree = (start: number) => taken.every(([from, to]) => start + 60 <= from || start >= to);
  const afterLast = minutesOf(last.to) + 60;
  const candidates: number[] = [];
  for (let start = afterLast; start <= DAY_MINUTES - 60; start += 60) candidates.push(start);
  for (let start = 6 * 60; start <= DAY_MINUTES - 60; start += 60) candidates.push(start);
  const start = candidates.find(isFree) ?? Math.min(afterLast, DAY_MINUTES - 60);
  return { from: clockText(start), to: clockText(start + 60) };
}
