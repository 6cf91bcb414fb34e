import type { SettingsError } from './field-error';
import { minuteOfDay } from '../time/local-time';
import { MINUTES_PER_DAY } from '../time/units';
import { WEEKDAYS, type TimeRange, type Weekday, type WorkingHours } from './schema';

/** True when the range ends on the next day (its end is earlier than its start). */
function crossesMidnight(range: TimeRange): boolean {
  return minuteOfDay(range.to) < minuteOfDay(range.from);
}

interface Span {
  start: number;
  end: number;
}

/** The part of a range that lies on its own day. */
function sameDaySpan(range: TimeRange): Span {
  const start = minuteOfDay(range.from);
  return { start, end: crossesMidnight(range) ? MINUTES_PER_DAY : minuteOfDay(range.to) };
}

/** The part of a crossing range that spills into the next day, or null. */
function nextDaySpan(range: TimeRange): Span | null {
  return crossesMidnight(range) ? { start: 0, end: minuteOfDay(range.to) } : null;
}

function intersects(a: Span | null, b: Span | null): boolean {
  return a !== null && b !== null && a.start < b.end && b.start < a.end;
}

// Two night ranges of one day both run up to midnight, so comparing same-day parts is enough.
function rangesOverlap(a: TimeRange, b: TimeRange): boolean {
  return intersects(sameDaySpan(a), sameDaySpan(b));
}

function previousDay(day: Weekday): Weekday {
  const index = WEEKDAYS.indexOf(day);
  return WEEKDAYS[(index + WEEKDAYS.length - 1) % WEEKDAYS.length] as Weekday;
}

/** One overlapping range: `day`'s range `index` clashes with a range of `withDay`. */
export interface RangeClash {
  day: Weekday;
  index: number;
  /** `day` itself, or the previous day when the clash is with its night range. */
  withDay: Weekday;
  error: SettingsError;
}

/**
 * Overlapping working ranges, one clash per offending range (the later one of a pair).
 *
 * Within a day every listed range is checked, switched on or not, because the list is the
 * user's own and would become invalid the moment the day is switched on. A night range that runs
 * past midnight is also checked against the next day's ranges, but only while both days are on:
 * a switched-off day has no working time to collide with.
 */
export function findRangeClashes(hours: WorkingHours): RangeClash[] {
  const clashes: RangeClash[] = [];
  for (const day of WEEKDAYS) {
    const { ranges, enabled } = hours[day];
    const before = previousDay(day);
    const spill = hours[before].enabled && enabled ? hours[before].ranges : [];
    ranges.forEach((range, index) => {
      const path = `workingHours.${day}.ranges.${index}`;
      const earlier = ranges.slice(0, index).find((other) => rangesOverlap(other, range));
      if (earlier) {
        const params = { from: earlier.from, to: earlier.to };
        const error: SettingsError = { path, code: 'overlapSameDay', params };
        clashes.push({ day, index, withDay: day, error });
        return;
      }
      const night = spill.find((other) => intersects(nextDaySpan(other), sameDaySpan(range)));
      if (night) {
        const params = { day: before, from: night.from, to: night.to };
        const error: SettingsError = { path, code: 'overlapNight', params };
        clashes.push({ day, index, withDay: before, error });
      }
    });
  }
  return clashes;
}

/** Overlapping working ranges as per-field errors (see findRangeClashes). */
export function findRangeOverlaps(hours: WorkingHours): SettingsError[] {
  return findRangeClashes(hours).map((clash) => clash.error);
}
