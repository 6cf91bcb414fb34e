import type { CalendarDay } from '../../../electron/core/history/statistics';

/**
 * The year calendar as a grid: one column per week, starting on the locale's first day of
 * the week (main sends the days so), one row per weekday. Cells
 * are indexed in calendar order, so index = week * 7 + weekday.
 */
export const DAYS_A_WEEK = 7;

/** Where the arrow keys and friends take the focus, within [0, last]. */
export function moveFocus(index: number, key: string, last: number, ctrl = false): number | null {
  const weekday = index % DAYS_A_WEEK;
  let next: number;
  switch (key) {
    case 'ArrowUp':
      next = index - 1;
      break;
    case 'ArrowDown':
      next = index + 1;
      break;
    case 'ArrowLeft':
      next = index - DAYS_A_WEEK;
      break;
    case 'ArrowRight':
      next = index + DAYS_A_WEEK;
      break;
    case 'PageUp':
      next = index - 4 * DAYS_A_WEEK;
      break;
    case 'PageDown':
      next = index + 4 * DAYS_A_WEEK;
      break;
    case 'Home':
      next = ctrl ? 0 : weekday;
      break;
    case 'End':
      // The last day of the row (or of the grid) that can take the focus.
      next = ctrl ? last : weekday + DAYS_A_WEEK * Math.floor((last - weekday) / DAYS_A_WEEK);
      break;
    default:
      return null;
  }
  return Math.min(last, Math.max(0, next));
}

/** The week columns where a new month starts, with the month's day key. */
export function monthStarts(days: readonly CalendarDay[]): { week: number; day: string }[] {
  const starts: { week: number; day: string }[] = [];
  let month = '';
  for (let week = 0; week * DAYS_A_WEEK < days.length; week++) {
    const first = days[week * DAYS_A_WEEK];
    if (!first) break;
    // A column belongs to the month of its first day; the first column is labelled only when a
    // month starts in it, or the label would sit over a few days of the month before.
    const key = first.day.slice(0, 7);
    if (key !== month) {
      if (week > 0 || first.day.endsWith('-01')) starts.push({ week, day: first.day });
      month = key;
    }
  }
  return starts;
}

/** How strongly a day is shaded: 0 nothing, 1 under half the goal, 2 half or more, 3 met. */
export function shade(day: CalendarDay): 0 | 1 | 2 | 3 {
  if (day.taken <= 0) return 0;
  if (day.taken >= day.goal) return 3;
  return day.taken * 2 >= day.goal ? 2 : 1;
}
