/** One field the settings cannot take, and why, in words for the settings window. */
export interface FieldError {
  /** Dotted path into the settings object, e.g. "workingHours.mon.ranges.1.to". */
  path: string;
  message: string;
}
