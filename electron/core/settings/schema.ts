import { z } from 'zod';
// The one import against the core's order: the stretch ids belong to the catalogue, and the
// settings schema only checks that a stored routine names known stretches.
// eslint-disable-next-line no-restricted-imports
import { STRETCH_IDS, type StretchId } from '../routine/types';
import { LOCALE_CODES } from '../i18n/locales';

/** What the Language setting may hold: follow the system, or one listed locale. */
export const LANGUAGE_CHOICES = ['system', ...LOCALE_CODES] as const;

/** Current version of the stored settings file. Bump it and add a migration together. */
export const SETTINGS_VERSION = 7;

// The weekdays are the calendar's; settings key working hours by them.
export { WEEKDAYS, type Weekday } from '../time/weekdays';

/*
 * The messages below are codes (`SettingsErrorCode` in ./field-error): main and the windows word
 * them through the catalogue, in the person's language (./error-text).
 */

/** Local wall-clock time "HH:MM", 00:00-23:59; "24:00" is allowed only as a range end. */
export const TimeOfDaySchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'time');

/**
 * A working range in local time. `to` earlier than `from` means the range crosses midnight
 * (a night shift) and ends on the next day. Equal times are an empty range and are refused.
 */
export const TimeRangeSchema = z
  .object({ from: TimeOfDaySchema, to: TimeOfDaySchema })
  .refine((r) => r.from !== r.to, { message: 'rangeEmpty' })
  .refine((r) => r.from !== '24:00', { message: 'rangeStartsAtEnd', path: ['from'] });

/** The most working ranges one day can have. */
export const MAX_RANGES_PER_DAY = 8;

export const DayHoursSchema = z.object({
  enabled: z.boolean(),
  ranges: z.array(TimeRangeSchema).max(MAX_RANGES_PER_DAY, 'tooManyRanges'),
});

export const WorkingHoursSchema = z
  .object({
    mon: DayHoursSchema,
    tue: DayHoursSchema,
    wed: DayHoursSchema,
    thu: DayHoursSchema,
    fri: DayHoursSchema,
    sat: DayHoursSchema,
    sun: DayHoursSchema,
  })
  .meta({ title: 'Working hours' });

/** What a number field counts, for the words after its limits ("At least 10 minutes."). */
export type NumberUnit = 'minutes' | 'seconds' | 'hours' | 'cycles' | 'breaks' | 'perDay';
const MINUTES: NumberUnit = 'minutes';
const SECONDS: NumberUnit = 'seconds';
const HOURS: NumberUnit = 'hours';

/**
 * A whole-number field. Each limit is written once, here: the messages, the settings window's
 * number fields (through `numberLimits` in ./fields) and the labels all read it from the schema.
 */
function wholeNumber(title: string, min: number, max: number, unit: NumberUnit) {
  return z.number().int().min(min, 'atLeast').max(max, 'atMost').meta({ title, unit });
}

/** A yes/no field. */
const flag = (title: string) => z.boolean().meta({ title });

export const ReminderSettingsSchema = z
  .object({
    /** Minutes of sitting inside working hours before a reminder. */
    sittingMinutes: wholeNumber('Minutes of sitting before a reminder', 10, 240, MINUTES),
    /** Idle, locked or asleep for this long counts as a natural break. */
    breakMinutes: wholeNumber('Away minutes that count as a break', 1, 60, MINUTES),
    snoozeMinutes: wholeNumber('Snooze length', 1, 120, MINUTES),
    /** One gentle repeat if the reminder goes unanswered. */
    repeatIfUnanswered: flag('Repeat an unanswered reminder'),
    repeatAfterMinutes: wholeNumber('Minutes before the repeat', 1, 60, MINUTES),
    /** How reminders appear: an OS notification, or Unsit's own small window. */
    style: z.enum(['notification', 'window']).meta({ title: 'How reminders appear' }),
  })
  .meta({ title: 'Reminder settings' });

export const StretchIdSchema = z.enum(STRETCH_IDS as [StretchId, ...StretchId[]]);

export const RoutineSettingsSchema = z
  .object({
    holdSeconds: wholeNumber('Hold length', 10, 120, SECONDS),
    cycles: wholeNumber('Number of cycles', 1, 4, 'cycles'),
    setupSeconds: wholeNumber('Time to get into position', 5, 60, SECONDS),
    /**
     * Added to each stretch's own switch time (catalogue `switchSeconds`): negative shortens
     * every switch, positive lengthens it. A switch never gets shorter than MIN_SWITCH_SECONDS.
     */
    switchExtraSeconds: wholeNumber('Extra time to switch legs', -7, 30, SECONDS),
    /** The count between "I'm in position" and the hold. */
    getSetSeconds: wholeNumber('Get-set count', 3, 15, SECONDS),
    /** Which stretches, in the order they are played. */
    stretches: z
      .array(StretchIdSchema)
      .min(1, 'noStretch')
      .refine((ids) => new Set(ids).size === ids.length, 'stretchTwice')
      .meta({ title: 'Choice and order of stretches' }),
    sound: flag('Sound'),
    voice: flag('Spoken guidance'),
    /** Each set-up waits for "I'm in position" instead of running out on its timer. */
    waitForPosition: flag('Wait until you are in position'),
    /** The routine opens in its large view (chosen on the routine window's start screen). */
    largeView: flag('Large view'),
  })
  .meta({ title: 'Routine settings' });

export const BreakSettingsSchema = z
  .object({
    /** A reminder suggests the full routine at most this many times a day (0: never). */
    fullRoutinesPerDay: wholeNumber('Full routines a day', 0, 8, 'perDay'),
    /** ...and only when the last full routine ended at least this many hours earlier. */
    fullRoutineGapHours: wholeNumber('Hours between full routines', 0, 12, HOURS),
    /** Breaks a working day needs to count towards the streak. */
    dailyGoal: wholeNumber('Daily goal of breaks', 1, 24, 'breaks'),
  })
  .meta({ title: 'Break settings' });

/**
 * "Don't interrupt": which kinds of busy hold a reminder back (electron/core/schedule/busy.ts),
 * and how long Do Not Disturb may hold one past the moment it fell due.
 */
export const BusySettingsSchema = z
  .object({
    call: flag('In a call (camera or microphone in use)'),
    fullscreen: flag('Presenting or full screen'),
    dnd: flag('Do Not Disturb'),
    meeting: flag('In a meeting, set by hand'),
    dndLimitMinutes: wholeNumber('Longest Do Not Disturb hold', 15, 480, MINUTES),
  })
  .meta({ title: "Don't interrupt" });

export const GeneralSettingsSchema = z
  .object({
    launchAtLogin: flag('Launch at login'),
    /** A check of the project's releases at start and once a day (docs/decisions.md). */
    checkForUpdates: flag('Check for updates'),
    /** "system" follows the system's preferred languages; otherwise one listed locale. */
    language: z.enum(LANGUAGE_CHOICES).meta({ title: 'Language' }),
    /** ISO time the user acknowledged the first-run health caution, or null. */
    cautionAcknowledgedAt: z
      .string()
      .datetime({ offset: true })
      .nullable()
      .meta({ title: 'Health caution acknowledgement' }),
  })
  .meta({ title: 'General settings' });

export const SettingsSchema = z.object({
  version: z.literal(SETTINGS_VERSION),
  workingHours: WorkingHoursSchema,
  reminders: ReminderSettingsSchema,
  routine: RoutineSettingsSchema,
  breaks: BreakSettingsSchema,
  busy: BusySettingsSchema,
  general: GeneralSettingsSchema,
});

export type TimeOfDay = z.infer<typeof TimeOfDaySchema>;
export type TimeRange = z.infer<typeof TimeRangeSchema>;
export type DayHours = z.infer<typeof DayHoursSchema>;
export type WorkingHours = z.infer<typeof WorkingHoursSchema>;
export type ReminderSettings = z.infer<typeof ReminderSettingsSchema>;
export type RoutineSettings = z.infer<typeof RoutineSettingsSchema>;
export type BreakSettings = z.infer<typeof BreakSettingsSchema>;
export type BusySettings = z.infer<typeof BusySettingsSchema>;
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

/**
 * Fresh defaults. The routine defaults are the prescribed routine (docs/decisions.md): 30 s
 * holds, two cycles a side, four stretches.
 */
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
      switchExtraSeconds: 0,
      getSetSeconds: 8,
      stretches: [...STRETCH_IDS],
      sound: true,
      voice: false,
      waitForPosition: true,
      largeView: false,
    },
    breaks: { fullRoutinesPerDay: 2, fullRoutineGapHours: 3, dailyGoal: 4 },
    busy: { call: true, fullscreen: true, dnd: true, meeting: true, dndLimitMinutes: 120 },
    general: {
      launchAtLogin: false,
      checkForUpdates: true,
      language: 'system',
      cautionAcknowledgedAt: null,
    },
  };
}
