import { fieldTitles } from './fields';
import { WEEKDAYS, type Weekday } from './schema';

export const DAY_NAMES: Readonly<Record<Weekday, string>> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

/** How each stored field is named when the user is told about it; the titles in the schema. */
const FIELD_LABELS: Readonly<Record<string, string>> = fieldTitles();

/** A user-readable name for a dotted settings path ("workingHours.tue" -> "Working hours on Tuesday"). */
export function fieldLabel(path: string): string {
  const [section, day] = path.split('.');
  if (section === 'workingHours' && WEEKDAYS.includes(day as Weekday)) {
    return `Working hours on ${DAY_NAMES[day as Weekday]}`;
  }
  return FIELD_LABELS[path] ?? path;
}
