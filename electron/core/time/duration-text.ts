/** "45 min", "2 h", "1 h 5 min" for a whole number of minutes. */
export function hoursMinutesText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (hours === 0) return `${minutes} min`;
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
}

/** "45 s", "6 min", "6 min 30 s" for a whole number of seconds. */
export function minutesSecondsText(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  if (minutes === 0) return `${seconds} s`;
  return rest === 0 ? `${minutes} min` : `${minutes} min ${rest} s`;
}

/** "45 min", "95 min", "2 h", "4 h 5 min": long sittings read as hours, not as 245 minutes. */
export function sittingText(minutes: number): string {
  const whole = Math.max(0, Math.round(minutes));
  return whole < 120 ? `${whole} min` : hoursMinutesText(whole);
}
