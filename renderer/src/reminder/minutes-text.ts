import { hoursMinutesText } from '../../../electron/core/time/duration-text';

/** "45 min", "95 min", "2 h", "4 h 5 min": long sittings read as hours, not as 245 minutes. */
export function minutesText(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  return whole < 120 ? `${whole} min` : hoursMinutesText(whole);
}
