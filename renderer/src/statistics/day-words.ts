import type { CalendarDay } from '../../../electron/core/history/statistics';
import type { Translator } from '../../../electron/core/i18n/translator';
import { longDay } from './labels';

/** What a day of the year calendar says, read out for its cell and shown under the calendar. */
export function dayWords({ t, locale }: Translator, day: CalendarDay): string {
  const date = longDay(locale, day.day);
  const { taken, goal } = day;
  switch (day.status) {
    case 'before':
      return t('statistics.day.before', { date });
    case 'future':
      return t('statistics.day.future', { date });
    case 'off':
      return taken > 0
        ? t('statistics.day.offTaken', { date, taken })
        : t('statistics.day.off', { date });
    case 'today':
      return t('statistics.day.today', { date, taken, goal });
    case 'met':
      return t('statistics.day.met', { date, taken, goal });
    case 'partial':
    case 'missed':
      return t('statistics.day.notMet', { date, taken, goal });
  }
}
