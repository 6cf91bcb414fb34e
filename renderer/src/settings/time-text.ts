import { minuteOfDay } from '../../../electron/core/time/local-time';
import type { TimeRange } from '../../../electron/core/settings/schema';
import { hoursMinutesText } from '../../../electron/core/time/duration-text';
import type { Translator } from '../../../electron/core/i18n/translator';
import { timeOfDayText } from '../../../electron/core/time/wall-clock-text';
import { MINUTES_PER_DAY } from '../../../electron/core/time/units';

/** The stored "HH:MM" for minutes from midnight (1440 reads as 24:00); text shown uses Intl. */
export function clockText(minute: number): string {
  const hours = Math.floor(minute / 60);
  const minutes = minute % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * A note about where a range ends, or null when it ends the same day. A range whose end comes
 * before its start is a night range, which is allowed, so it gets a note and not an error.
 */
export function rangeEndNote({ locale, t }: Translator, range: TimeRange): string | null {
  const from = minuteOfDay(range.from);
  const to = minuteOfDay(range.to);
  if (range.to === '24:00' || (to === 0 && from > 0)) return t('settings.range.endsMidnight');
  if (to < from) {
    return t('settings.range.endsNextDay', {
      time: timeOfDayText(locale, range.to),
      duration: hoursMinutesText(t, MINUTES_PER_DAY - from + to),
    });
  }
  return null;
}

/** Minutes of the day a range covers, night ranges as their evening and early-morning parts. */
function coveredSpans(range: TimeRange): [number, number][] {
  const from = minuteOfDay(range.from);
  const to = minuteOfDay(range.to);
  return to < from
    ? [
        [from, MINUTES_PER_DAY],
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
  const afterLast = minuteOfDay(last.to) + 60;
  const candidates: number[] = [];
  for (let start = afterLast; start <= MINUTES_PER_DAY - 60; start += 60) candidates.push(start);
  for (let start = 6 * 60; start <= MINUTES_PER_DAY - 60; start += 60) candidates.push(start);
  const start = candidates.find(isFree) ?? Math.min(afterLast, MINUTES_PER_DAY - 60);
  return { from: clockText(start), to: clockText(start + 60) };
}
