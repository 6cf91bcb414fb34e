import { toSettingsErrors, type SettingsError } from './field-error';
import { findRangeOverlaps } from './overlap';
import { SettingsSchema, type Settings } from './schema';

export type SettingsValidation =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

/** Thrown by SettingsStore.save when the settings are refused; carries per-field errors. */
export class SettingsValidationError extends Error {
  readonly errors: SettingsError[];

  constructor(errors: SettingsError[]) {
    super(`Settings were not saved: ${errors.map((e) => `${e.path}: ${e.code}`).join('; ')}`);
    this.name = 'SettingsValidationError';
    this.errors = errors;
  }
}

/**
 * The full check main runs before storing settings: the schema, then the rules that span
 * several fields (overlapping working ranges, including night ranges that run into the next day).
 */
export function validateSettings(input: unknown): SettingsValidation {
  const parsed = SettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: toSettingsErrors(parsed.error.issues) };
  const overlaps = findRangeOverlaps(parsed.data.workingHours);
  if (overlaps.length > 0) return { ok: false, errors: overlaps };
  return { ok: true, settings: parsed.data };
}
