import { describe, expect, it } from 'vitest';
import {
  minuteOfDayText,
  timeOfDayText,
  weekdayName,
} from '../../../electron/core/time/wall-clock-text';
import { WEEKDAYS } from '../../../electron/core/time/weekdays';

describe('weekday names and clock times for a locale', () => {
  it('names the stored weekdays in their Monday-first order, in the language', () => {
    expect(WEEKDAYS.map((day) => weekdayName('en-GB', day))).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]);
    expect(weekdayName('de', 'mon')).toBe('Montag');
    expect(weekdayName('fr', 'sun', 'short')).toMatch(/^dim/);
  });

  it('uses the 24-hour clock where the locale does, and the 12-hour clock where it does not', () => {
    expect(timeOfDayText('en-GB', '09:05')).toBe('09:05');
    expect(timeOfDayText('de', '17:30')).toBe('17:30');
    expect(timeOfDayText('en-US', '17:30').replace(/\s/g, ' ')).toBe('5:30 PM');
    expect(timeOfDayText('en-US', '00:00').replace(/\s/g, ' ')).toBe('12:00 AM');
  });

  it('reads the end of the day as midnight', () => {
    expect(minuteOfDayText('en-GB', 1440)).toBe('00:00');
    expect(timeOfDayText('en-GB', '24:00')).toBe('00:00');
  });
});
