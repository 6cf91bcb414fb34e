import type { Translate } from '../i18n/translator';

/** "45 min", "2 h", "1 h 5 min" for a whole number of minutes, in the translator's words. */
export function hoursMinutesText(t: Translate, minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return t('duration.minutes', { minutes });
  return rest === 0
    ? t('duration.hours', { hours })
    : t('duration.hoursMinutes', { hours, minutes: rest });
}

/** "45 s", "6 min", "6 min 30 s" for a whole number of seconds. */
export function minutesSecondsText(t: Translate, seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return t('duration.seconds', { seconds });
  return rest === 0
    ? t('duration.minutes', { minutes })
    : t('duration.minutesSeconds', { minutes, seconds: rest });
}

/** "45 min", "95 min", "2 h", "4 h 5 min": long sittings read as hours, not as 245 minutes. */
export function sittingText(t: Translate, minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  return whole < 120 ? t('duration.minutes', { minutes: whole }) : hoursMinutesText(t, whole);
}
