/** One field the settings cannot take, and why, in words for the settings window. */
export interface FieldError {
  /** Dotted path into the settings object, e.g. "workingHours.mon.ranges.1.to". */
  path: string;
  message: string;
}

/** The part of a zod issue these helpers read: where it is and what it says. */
interface IssueLike {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Where an issue is, as a dotted path ("routine.stretches.2"); '' for the value as a whole. */
export function issuePath(issue: Pick<IssueLike, 'path'>): string {
  return issue.path.map(String).join('.');
}

/** zod issues as dotted-path field errors. */
export function toFieldErrors(issues: readonly IssueLike[]): FieldError[] {
  return issues.map((issue) => ({ path: issuePath(issue), message: issue.message }));
}

/**
 * Why the settings cannot take a value, as a code the windows and main word through the
 * catalogue (`settingsErrorText` in ./error-text), so both say the same thing in the person's
 * language. The schema's own messages are these codes; any other zod issue reads as `invalid`.
 */
export const SETTINGS_ERROR_CODES = [
  'invalid',
  'time',
  'rangeEmpty',
  'rangeStartsAtEnd',
  'tooManyRanges',
  'atLeast',
  'atMost',
  'noStretch',
  'stretchTwice',
  'overlapSameDay',
  'overlapNight',
  'enterNumber',
  'enterTime',
  'saveFailed',
] as const;
export type SettingsErrorCode = (typeof SETTINGS_ERROR_CODES)[number];

/** One settings field that cannot be taken: where, why, and the values the wording needs. */
export interface SettingsError {
  /** Dotted path into the settings object, e.g. "workingHours.mon.ranges.1.to". */
  path: string;
  code: SettingsErrorCode;
  /**
   * Limits ("limit"), times ("from", "to" as HH:MM) and weekdays ("day") the message names; for
   * `saveFailed`, the file and the `WriteProblem` ("file", "problem" as its kind, "detail").
   */
  params?: Readonly<Record<string, string | number>>;
}

const isCode = (message: string): message is SettingsErrorCode =>
  (SETTINGS_ERROR_CODES as readonly string[]).includes(message);

/** zod issues of the settings schema as coded errors, with the limit a min or max names. */
export function toSettingsErrors(
  issues: readonly (IssueLike & { minimum?: unknown; maximum?: unknown })[],
): SettingsError[] {
  return issues.map((issue) => {
    const code = isCode(issue.message) ? issue.message : 'invalid';
    const limit = code === 'atLeast' ? issue.minimum : issue.maximum;
    return typeof limit === 'number' || typeof limit === 'bigint'
      ? { path: issuePath(issue), code, params: { limit: Number(limit) } }
      : { path: issuePath(issue), code };
  });
}
