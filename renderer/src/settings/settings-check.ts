import type { SettingsError } from '../../../electron/core/ipc/contract';
import { findRangeOverlaps } from '../../../electron/core/settings/overlap';
import { numberFieldPaths } from '../../../electron/core/settings/fields';
import { WorkingHoursSchema, type Settings } from '../../../electron/core/settings/schema';
import { WEEKDAYS, type Weekday } from '../../../electron/core/time/weekdays';
import { validateSettings } from '../../../electron/core/settings/validate';

/**
 * Every problem in the settings at once, with the same rules main applies. Main's validator
 * stops before the overlap check when any field is off; the window still wants to point at
 * overlapping ranges while, say, a reminder field is being fixed.
 */
export function findSettingsErrors(settings: Settings): SettingsError[] {
  const result = validateSettings(settings);
  if (result.ok) return [];
  const hoursAreWellFormed = WorkingHoursSchema.safeParse(settings.workingHours).success;
  const overlapsMissing = !result.errors.some((e) => e.path.startsWith('workingHours.'));
  return hoursAreWellFormed && overlapsMissing
    ? [...result.errors, ...findRangeOverlaps(settings.workingHours)]
    : result.errors;
}

/** Every number field has its own input, which shows its message (`NumberField`). */
const NUMBER_FIELDS: ReadonlySet<string> = new Set(numberFieldPaths());

/**
 * Whether the window shows an error next to a field: a number field's own message, a day's
 * hours and its ranges (`DayRow`, `RangeRow`) and the list of stretches (`StretchOrder`).
 * Anything else goes into the summary at the top, so no message is shown twice or not at all.
 */
export function isPlaced(error: SettingsError): boolean {
  const [section, field, part] = error.path.split('.');
  if (section === 'workingHours') {
    return WEEKDAYS.includes(field as Weekday) && (part === undefined || part === 'ranges');
  }
  if (section === 'routine' && field === 'stretches') return true;
  return NUMBER_FIELDS.has(error.path);
}

/** Reads a number at a dotted path such as "reminders.sittingMinutes". */
export function numberAt(settings: Settings, path: string): number {
  const value = path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], settings);
  return typeof value === 'number' ? value : Number.NaN;
}

/** Writes a number at a dotted path whose parent object exists. */
export function setNumberAt(settings: Settings, path: string, value: number): void {
  const keys = path.split('.');
  const last = keys.pop() as string;
  const parent = keys.reduce<unknown>(
    (node, key) => (node as Record<string, unknown>)[key],
    settings,
  );
  (parent as Record<string, unknown>)[last] = value;
}
