import type { Translator } from '../../../electron/core/i18n/translator';
import type { DayHours, TimeRange, WorkingHours } from '../../../electron/core/settings/schema';
import { timeOfDayText, weekdayName } from '../../../electron/core/time/wall-clock-text';

/** A ready-made week the user can start from; applying it replaces every day. */
export interface HoursPreset {
  id: 'weekdays' | 'weekdays-lunch' | 'every-day';
  /** The button's words, in the translator's language (weekdays and times by its locale). */
  label(translator: Translator): string;
  /** What the preset sets, for screen readers and the status message. */
  description(translator: Translator): string;
  hours(): WorkingHours;
}

/** Monday and Friday, short for a label or long for a description, and a time as the locale writes it. */
const days = (locale: string, width: 'long' | 'short') => ({
  monday: weekdayName(locale, 'mon', width),
  friday: weekdayName(locale, 'fri', width),
});
const at = (locale: string, time: string) => timeOfDayText(locale, time);

const on = (...ranges: TimeRange[]): DayHours => ({ enabled: true, ranges });
const off = (): DayHours => ({ enabled: false, ranges: [] });

function week(workday: () => DayHours, weekend: () => DayHours): WorkingHours {
  return {
    mon: workday(),
    tue: workday(),
    wed: workday(),
    thu: workday(),
    fri: workday(),
    sat: weekend(),
    sun: weekend(),
  };
}

const nineToFive = () => on({ from: '09:00', to: '17:00' });
const withLunch = () => on({ from: '09:00', to: '12:30' }, { from: '13:30', to: '17:30' });

export const HOURS_PRESETS: readonly HoursPreset[] = [
  {
    id: 'weekdays',
    label: ({ locale, t }) => t('settings.preset.weekdays.label', days(locale, 'short')),
    description: ({ locale, t }) =>
      t('settings.preset.weekdays.description', {
        ...days(locale, 'long'),
        start: at(locale, '09:00'),
        end: at(locale, '17:00'),
      }),
    hours: () => week(nineToFive, off),
  },
  {
    id: 'weekdays-lunch',
    label: ({ locale, t }) => t('settings.preset.weekdaysLunch.label', days(locale, 'short')),
    description: ({ locale, t }) =>
      t('settings.preset.weekdaysLunch.description', {
        ...days(locale, 'long'),
        start: at(locale, '09:00'),
        lunch: at(locale, '12:30'),
        afterLunch: at(locale, '13:30'),
        end: at(locale, '17:30'),
      }),
    hours: () => week(withLunch, off),
  },
  {
    id: 'every-day',
    label: ({ t }) => t('settings.preset.everyDay.label'),
    description: ({ locale, t }) =>
      t('settings.preset.everyDay.description', {
        start: at(locale, '09:00'),
        end: at(locale, '17:00'),
      }),
    hours: () => week(nineToFive, nineToFive),
  },
];
