import type { FieldError } from '../../../electron/core/ipc/contract';
import { findRangeOverlaps } from '../../../electron/core/settings/overlap';
import { WorkingHoursSchema, type Settings } from '../../../electron/core/settings/schema';
import { validateSettings } from '../../../electron/core/settings/validate';

/**
 * Every problem in the settings at once, with the same rules main applies. Main's validator
 * stops before the overlap check when any field is off; the window still wants to point at
 * overlapping ranges while, say, a reminder field is being fixed.
 */
export function findSettingsErrors(settings: Settings): FieldError[] {
  const result = validateSettings(settings);
  if (result.ok) return [];
  const hoursAreWellFormed = WorkingHoursSchema.safeParse(settings.workingHours).success;
  const overlapsMissing = !result.errors.some((e) => e.path.startsWith('workingHours.'));
  return hoursAreWellFormed && overlapsMissing
    ? [...result.errors, ...findRangeOverlaps(settings.workingHours)]
    : result.errors;
}

/** Paths the window shows next to a field; anything else goes into the summary at the top. */
const PLACED_PATHS = [
  /^workingHours\.(mon|tue|wed|thu|fri|sat|sun)(\.ranges(\.\d+(\.(from|to))?)?)?$/,
  /^reminders\.(sittingMinutes|breakMinutes|snoozeMinutes|repeatAfterMinutes|style)$/,
  /^breaks\.(fullRoutinesPerDay|fullRoutineGapHours)$/,
  /^routine\.(holdSeconds|cycles|setupSeconds|getSetSeconds|switchExtraSeconds|stretches(\.\d+)?)$/,
];

export function isPlaced(error: FieldError): boolean {
  return PLACED_PATHS.some((pattern) => pattern.test(error.path));
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
