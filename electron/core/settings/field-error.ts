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
