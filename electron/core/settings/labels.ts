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

/** How each stored field is named when the user is told it was reset. */
const FIELD_LABELS: Readonly<Record<string, string>> = {
  workingHours: 'Working hours',
  reminders: 'Reminder settings',
  'reminders.sittingMinutes': 'Minutes of sitting before a reminder',
  'reminders.breakMinutes': 'Away minutes that count as a break',
  'reminders.snoozeMinutes': 'Snooze length',
  'reminders.repeatIfUnanswered': 'Repeat an unanswered reminder',
  'reminders.repeatAfterMinutes': 'Minutes before the repeat',
  'reminders.style': 'How reminders appear',
  routine: 'Routine settings',
  'routine.holdSeconds': 'Hold length',
  'routine.cycles': 'Number of cycles',
  'routine.setupSeconds': 'Time to get into position',
  'routine.switchSeconds': 'Time to switch legs',
  'routine.stretches': 'Choice and order of stretches',
  'routine.sound': 'Sound',
  'routine.voice': 'Spoken guidance',
  'routine.waitForPosition': 'Wait until you are in position',
  breaks: 'Break settings',
  'breaks.fullRoutinesPerDay': 'Full routines a day',
  'breaks.fullRoutineGapHours': 'Hours between full routines',
  'breaks.dailyGoal': 'Daily goal of breaks',
  general: 'General settings',
  'general.launchAtLogin': 'Launch at login',
  'general.cautionAcknowledgedAt': 'Health caution acknowledgement',
};

/** A user-readable name for a dotted settings path ("workingHours.tue" -> "Working hours on Tuesday"). */
export function fieldLabel(path: string): string {
  const [section, day] = path.split('.');
  if (section === 'workingHours' && WEEKDAYS.includes(day as Weekday)) {
    return `Working hours on ${DAY_NAMES[day as Weekday]}`;
  }
  return FIELD_LABELS[path] ?? path;
}
