import { z } from 'zod';
import { STRETCH_IDS, type StretchId } from '../routine/types';

/** Current version of the stored settings file. Bump it and add a migration together. */
export const SETTINGS_VERSION = 3;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Local wall-clock time "HH:MM", 00:00-23:59; "24:00" is allowed only as a range end. */
export const TimeOfDaySchema = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Use a 24-hour time such as 09:00 or 17:30.');

/**
 * A working range in local time. `to` earlier than `from` means the range crosses midnight
 * (a night shift) and ends on the next day. Equal times are an empty range and are refused.
 */
export const TimeRangeSchema = z
  .object({ from: TimeOfDaySchema, to: TimeOfDaySchema })
  .refine((r) => r.from !== r.to, { message: 'A range needs different start and end times.' })
  .refine((r) => r.from !== '24:00', { message: 'A range cannot start at 24:00.', path: ['from'] });

export const DayHoursSchema = z.object({
  enabled: z.boolean(),
  ranges: z.array(TimeRangeSchema).max(8, 'At most 8 ranges a day.'),
});

export const WorkingHoursSchema = z.object({
  mon: DayHoursSchema,
  tue: DayHoursSchema,
  wed: DayHoursSchema,
  thu: DayHoursSchema,
  fri: DayHoursSchema,
  sat: DayHoursSchema,
  sun: DayHoursSchema,
});

export const ReminderSettingsSchema = z.object({
  /** Minutes of sitting inside working hours before a reminder. */
  sittingMinutes: z.number().int().min(10, 'At least 10 minutes.').max(240, 'At most 240 minutes.'),
  /** Idle, locked or asleep for this long counts as a natural break. */
  breakMinutes: z.number().int().min(1, 'At least 1 minute.').max(60, 'At most 60 minutes.'),
  snoozeMinutes: z.number().int().min(1, 'At least 1 minute.').max(120, 'At most 120 minutes.'),
  /** One gentle repeat if the reminder goes unanswered. */
  repeatIfUnanswered: z.boolean(),
  repeatAfterMinutes: z.number().int().min(1, 'At least 1 minute.').max(60, 'At most 60 minutes.'),
  /** How reminders appear: an OS notification, or Unsit's own small window. */
  style: z.enum(['notification', 'window']),
});

export const StretchIdSchema = z.enum(STRETCH_IDS as [StretchId, ...StretchId[]]);

export const RoutineSettingsSchema = z.object({
  holdSeconds: z.number().int().min(10, 'At least 10 seconds.').max(120, 'At most 120 seconds.'),
  cycles: z.number().int().min(1, 'At least 1 cycle.').max(4, 'At most 4 cycles.'),
  setupSeconds: z.number().int().min(5, 'At least 5 seconds.').max(60, 'At most 60 seconds.'),
  switchSeconds: z.number().int().min(3, 'At least 3 seconds.').max(30, 'At most 30 seconds.'),
  /** Which stretches, in the order they are played. */
  stretches: z
    .array(StretchIdSchema)
    .min(1, 'Choose at least one stretch.')
    .refine((ids) => new Set(ids).size === ids.length, 'Each stretch can appear only once.'),
  sound: z.boolean(),
  voice: z.boolean(),
  /** Each set-up waits for "I'm in position" instead of running out on its timer. */
  waitForPosition: z.boolean(),
});

export const BreakSettingsSchema = z.object({
  /** A reminder suggests the full routine at most this many times a day (0: never). */
  fullRoutinesPerDay: z.number().int().min(0, 'At least 0 (never).').max(8, 'At most 8 a day.'),
  /** ...and only when the last full routine ended at least this many hours earlier. */
  fullRoutineGapHours: z.number().int().min(0, 'At least 0 hours.').max(12, 'At most 12 hours.'),
  /** Breaks a working day needs to count towards the streak. */
  dailyGoal: z.number().int().min(1, 'At least 1 break.').max(24, 'At most 24 breaks.'),
});

export const GeneralSettingsSchema = z.object({
  launchAtLogin: z.boolean(),
  /** ISO time the user acknowledged the first-run health caution, or null. */
  cautionAcknowledgedAt: z.string().datetime({ offset: true }).nullable(),
});

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  workingHours: WorkingHoursSchema,
  reminders: ReminderSettingsSchema,
  routine: RoutineSettingsSchema,
  breaks: BreakSettingsSchema,
  general: GeneralSettingsSchema,
});

export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;
export type TimeRange = z.infer<typeof TimeRangeSchema>;
export type DayHours = z.infer<typeof DayHoursSchema>;
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;
export type RoutineSettings = z.infer<typeof RoutineSettingsSchema>;
export type BreakSettings = z.infer<typeof BreakSettingsSchema>;
export type GeneralSettings = z.infer<typeof GeneralSettingsSchema>;
export type Settings = z.infer<typeof SettingsSchema>;

const weekday = (ranges: TimeRange[]): DayHours => ({ enabled: true, ranges });
const off = (): DayHours => ({ enabled: false, ranges: [] });

export function defaultWorkingHours(): WorkingHours {
  const nineToFive = () => weekday([{ from: '09:00', to: '17:00' }]);
  return {
    mon: nineToFive(),
    tue: nineToFive(),
    wed: nineToFive(),
    thu: nineToFive(),
    fri: nineToFive(),
    sat: off(),
    sun: off(),
  };
}

/** Fresh defaults. The routine defaults are exactly the prescription in routine.md. */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    workingHours: defaultWorkingHours(),
    reminders: {
      sittingMinutes: 60,
      breakMinutes: 5,
      snoozeMinutes: 10,
      repeatIfUnanswered: true,
      repeatAfterMinutes: 5,
      style: 'notification',
    },
    routine: {
      holdSeconds: 30,
      cycles: 2,
      setupSeconds: 15,
      switchSeconds: 8,
      stretches: [...STRETCH_IDS],
      sound: true,
      voice: false,
      waitForPosition: true,
    },
    breaks: { fullRoutinesPerDay: 2, fullRoutineGapHours: 3, dailyGoal: 4 },
    general: { launchAtLogin: false, cautionAcknowledgedAt: null },
  };
}
