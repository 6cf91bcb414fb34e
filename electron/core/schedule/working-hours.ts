import type { WorkingHours } from '../settings/schema';
import { DAY_MS, MINUTES_PER_DAY } from '../time/units';
import {
  addLocalDays,
  localDateOf,
  minuteOfDay,
  startOfLocalDay,
  wallInstant,
  weekdayOf,
  type LocalDate,
} from '../time/local-time';

/** An absolute half-open interval [start, end) in epoch ms. */
export interface Interval {
  start: number;
  end: number;
}

/** How far ahead the queries look; a week plus a day covers every weekly pattern. */
export const LOOKAHEAD_MS = 8 * DAY_MS;

function rawIntervalsOfDay(hours: WorkingHours, dayStartDate: LocalDate) {
  const day = hours[weekdayOf(dayStartDate)];
  const out: Interval[] = [];
  if (!day.enabled) return out;
  for (const range of day.ranges) {
    const from = minuteOfDay(range.from);
    const to = minuteOfDay(range.to);
    if (from === to) continue;
    // An end earlier than the start means the range ends on the next day.
    const endMinute = to < from ? to + MINUTES_PER_DAY : to;
    const start = wallInstant(dayStartDate, from);
    const end = wallInstant(dayStartDate, endMinute);
    if (end > start) out.push({ start, end });
  }
  return out;
}

/**
 * Working time between two instants as absolute intervals, clipped to [fromMs, toMs), sorted,
 * with overlapping or touching ranges merged (also across days: a night shift that ends when the
 * next day's range starts is one interval).
 */
export function workingIntervalsBetween(
  hours: WorkingHours,
  fromMs: number,
  toMs: number,
): Interval[] {
  if (toMs <= fromMs) return [];
  const raw: Interval[] = [];
  // Start a day early: the previous day's range may cross midnight into the window.
  for (let date = addLocalDays(localDateOf(fromMs), -1); ; date = addLocalDays(date, 1)) {
    if (startOfLocalDay(date) >= toMs) break;
    for (const r of rawIntervalsOfDay(hours, date)) {
      const start = Math.max(r.start, fromMs);
      const end = Math.min(r.end, toMs);
      if (end > start) raw.push({ start, end });
    }
  }
  raw.sort((a, b) => a.start - b.start);
  const merged: Interval[] = [];
  for (const r of raw) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  return merged;
}

/**
 * Whether `t` lies in working time: in one of today's ranges or in yesterday's running past
 * midnight. The same answer as a one-millisecond `workingIntervalsBetween`, without building and
 * merging intervals; it is asked several times at every wake-up.
 */
export function isWorkingAt(hours: WorkingHours, t: number): boolean {
  const today = localDateOf(t);
  for (const date of [addLocalDays(today, -1), today]) {
    for (const r of rawIntervalsOfDay(hours, date)) if (r.start <= t && t < r.end) return true;
  }
  return false;
}

/**
 * End of the working stretch containing `t`, or null outside working hours. A stretch that runs
 * on beyond the look-ahead (round-the-clock hours) reports the look-ahead's end; asking again
 * then gives the next piece.
 */
export function currentRangeEnd(hours: WorkingHours, t: number): number | null {
  const first = workingIntervalsBetween(hours, t, t + LOOKAHEAD_MS)[0];
  return first && first.start === t ? first.end : null;
}

/** Start of the next working stretch after `t` (not the one `t` is in), within the look-ahead. */
export function nextWorkingStart(hours: WorkingHours, t: number): number | null {
  const intervals = workingIntervalsBetween(hours, t, t + LOOKAHEAD_MS);
  const next = intervals.find((i) => i.start > t);
  return next ? next.start : null;
}

/** The next instant after `t` where working hours start or end, within the look-ahead. */
export function nextHoursBoundary(
  hours: WorkingHours,
  t: number,
): { at: number; kind: 'hours-start' | 'hours-end' } | null {
  // Most boundaries are within a day or two: look there first, then the whole look-ahead.
  for (const windowEnd of [t + 2 * DAY_MS, t + LOOKAHEAD_MS]) {
    for (const i of workingIntervalsBetween(hours, t, windowEnd)) {
      if (i.start > t) return { at: i.start, kind: 'hours-start' };
      if (i.end < windowEnd) return { at: i.end, kind: 'hours-end' };
    }
  }
  return null;
}

export function workingMsBetween(hours: WorkingHours, a: number, b: number): number {
  return workingIntervalsBetween(hours, a, b).reduce((sum, i) => sum + i.end - i.start, 0);
}

/**
 * The instant at which `ms` more working time has elapsed after `from`; null if that does not
 * happen within five look-ahead windows (about six weeks), e.g. when no day has working hours.
 */
export function instantAfterWorkingMs(
  hours: WorkingHours,
  from: number,
  ms: number,
): number | null {
  let left = ms;
  let windowStart = from;
  for (let w = 0; w < 5; w++) {
    const windowEnd = windowStart + LOOKAHEAD_MS;
    for (const i of workingIntervalsBetween(hours, windowStart, windowEnd)) {
      const length = i.end - i.start;
      if (left <= length) return i.start + left;
      left -= length;
    }
    windowStart = windowEnd;
  }
  return null;
}

/**
 * When a pause for "the rest of today" ends. A night shift belongs to the day it started on, so
 * inside a range that crosses midnight the pause ends with that range: in a shift that started
 * yesterday this is before the next midnight (a pause at 01:00 must not swallow tonight's shift).
 * Otherwise it ends at the next local midnight.
 */
export function restOfTodayEnd(hours: WorkingHours, now: number): number {
  const today = localDateOf(now);
  const midnight = startOfLocalDay(addLocalDays(today, 1));
  const containing = (date: LocalDate) =>
    rawIntervalsOfDay(hours, date).filter((r) => r.start <= now && now < r.end);
  const yesterdays = containing(addLocalDays(today, -1));
  if (yesterdays.length > 0) return Math.max(...yesterdays.map((r) => r.end));
  return Math.max(midnight, ...containing(today).map((r) => r.end));
}
