import type { CalendarDay } from '../../../electron/core/history/statistics';
import { breaks, longDay } from './labels';

/** What a day of the year calendar says, read out for its cell and shown under the calendar. */
export function dayWords(day: CalendarDay): string {
  const date = longDay(day.day);
  const goal = `a goal of ${day.goal}`;
  switch (day.status) {
    case 'before':
      return `${date}: before Unsit recorded anything`;
    case 'future':
      return `${date}: still to come`;
    case 'off':
      return day.taken > 0 ? `${date}: day off, ${breaks(day.taken)} taken` : `${date}: day off`;
    case 'today':
      return `${date}, today: ${breaks(day.taken)} so far, ${goal}`;
    case 'met':
      return `${date}: ${breaks(day.taken)}, ${goal}, goal met`;
    case 'partial':
    case 'missed':
      return `${date}: ${day.taken === 0 ? 'no breaks' : breaks(day.taken)}, ${goal}`;
  }
}
