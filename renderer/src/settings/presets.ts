import type { DayHours, TimeRange, WorkingHours } from '../../../electron/core/settings/schema';

/** A ready-made week the user can start from; applying it replaces every day. */
export interface HoursPreset {
  id: 'weekdays' | 'weekdays-lunch' | 'every-day';
  label: string;
  /** What the preset sets, for screen readers and the status message. */
  description: string;
  hours(): WorkingHours;
}

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
    label: 'Mon–Fri, 9 to 5',
    description: 'Monday to Friday, 09:00 to 17:00, weekends off',
    hours: () => week(nineToFive, off),
  },
  {
    id: 'weekdays-lunch',
    label: 'Mon–Fri with a lunch break',
    description: 'Monday to Friday, 09:00 to 12:30 and 13:30 to 17:30, weekends off',
    hours: () => week(withLunch, off),
  },
  {
    id: 'every-day',
    label: 'Every day, 9 to 5',
    description: 'Every day of the week, 09:00 to 17:00',
    hours: () => week(nineToFive, nineToFive),
  },
];
