import type { z } from 'zod';
import { isRawObject, migrateSettings, type RawObject } from './migrations';
import { findRangeClashes } from './overlap';
import {
  BreakSettingsSchema,
  BusySettingsSchema,
  DayHoursSchema,
  defaultSettings,
  GeneralSettingsSchema,
  ReminderSettingsSchema,
  RoutineSettingsSchema,
  SETTINGS_VERSION,
  StretchIdSchema,
  WEEKDAYS,
  type Settings,
  type WorkingHours,
} from './schema';
import { validateSettings } from './validate';

export interface LoadedSettings {
  settings: Settings;
  /** Paths of what was reset to defaults ("reminders.sittingMinutes"; empty when nothing was lost). */
  problems: string[];
  /** True when something in the file could not be used as it was. */
  salvaged: boolean;
  /** The format version of a file written by a newer app (kept aside by the adapter), else null. */
  newerVersion: number | null;
}

type Section = 'reminders' | 'routine' | 'breaks' | 'busy' | 'general';

const SECTION_SCHEMAS = {
  reminders: ReminderSettingsSchema,
  routine: RoutineSettingsSchema,
  breaks: BreakSettingsSchema,
  busy: BusySettingsSchema,
  general: GeneralSettingsSchema,
} satisfies Record<Section, z.ZodObject>;

/** Keeps each valid field of a section; a field that fails its own schema gets its default. */
function salvageSection<K extends Section>(
  section: K,
  raw: unknown,
  fallback: Settings[K],
  problems: string[],
): Settings[K] {
  if (!isRawObject(raw)) {
    problems.push(section);
    return fallback;
  }
  const shape = SECTION_SCHEMAS[section].shape as Record<string, z.ZodType>;
  const defaults = fallback as RawObject;
  const kept: RawObject = {};
  for (const [key, schema] of Object.entries(shape)) {
    const parsed = schema.safeParse(raw[key]);
    if (parsed.success) {
      kept[key] = parsed.data;
    } else if (section === 'routine' && key === 'stretches' && Array.isArray(raw[key])) {
      kept[key] = salvageStretches(raw[key], defaults[key], problems);
    } else {
      kept[key] = defaults[key];
      problems.push(`${section}.${key}`);
    }
  }
  return kept as Settings[K];
}

/** Keeps the known stretches in their order (e.g. after a newer app added one we do not know). */
function salvageStretches(raw: unknown[], fallback: unknown, problems: string[]): unknown {
  const known = raw.filter((id) => StretchIdSchema.safeParse(id).success);
  const unique = known.filter((id, index) => known.indexOf(id) === index);
  problems.push('routine.stretches');
  return unique.length > 0 ? unique : fallback;
}

function salvageWorkingHours(raw: unknown, fallback: WorkingHours, problems: string[]) {
  if (!isRawObject(raw)) {
    problems.push('workingHours');
    return fallback;
  }
  const hours = { ...fallback };
  for (const day of WEEKDAYS) {
    const parsed = DayHoursSchema.safeParse(raw[day]);
    if (parsed.success) hours[day] = parsed.data;
    else problems.push(`workingHours.${day}`);
  }
  return resolveOverlaps(hours, fallback, problems);
}

/**
 * Resets days whose ranges overlap until none do. A clash with the previous day's night range
 * resets that previous day: defaults never cross midnight, so this settles it at once, whereas
 * resetting the morning day to 9-17 could still clash and cost the user a second day.
 */
function resolveOverlaps(hours: WorkingHours, fallback: WorkingHours, problems: string[]) {
  const result = { ...hours };
  for (let round = 0; round <= WEEKDAYS.length; round += 1) {
    const first = findRangeClashes(result)[0];
    if (!first) return result;
    result[first.withDay] = fallback[first.withDay];
    const path = `workingHours.${first.withDay}`;
    if (!problems.includes(path)) problems.push(path);
  }
  return fallback;
}

function salvageFields(data: RawObject, problems: string[]): Settings {
  const defaults = defaultSettings();
  return {
    version: SETTINGS_VERSION,
    workingHours: salvageWorkingHours(data.workingHours, defaults.workingHours, problems),
    reminders: salvageSection('reminders', data.reminders, defaults.reminders, problems),
    routine: salvageSection('routine', data.routine, defaults.routine, problems),
    breaks: salvageSection('breaks', data.breaks, defaults.breaks, problems),
    busy: salvageSection('busy', data.busy, defaults.busy, problems),
    general: salvageSection('general', data.general, defaults.general, problems),
  };
}

/**
 * Reads a stored settings object of any version: migrates it, then keeps every field that is
 * still valid and falls back to defaults for the rest. Unknown keys are dropped without a
 * problem being reported, because nothing the app understands is lost with them.
 */
export function loadSettings(raw: unknown, now: number): LoadedSettings {
  const outcome = migrateSettings(raw, now);
  if (outcome.kind === 'not-an-object') {
    return {
      settings: defaultSettings(),
      problems: ['All settings'],
      salvaged: true,
      newerVersion: null,
    };
  }
  const newerVersion = outcome.kind === 'newer' ? outcome.fromVersion : null;
  const problems: string[] = outcome.kind === 'unknown-version' ? ['File format number'] : [];
  const settings = salvageFields(outcome.data, problems);
  const checked = validateSettings(settings);
  if (!checked.ok) {
    const all = [...problems, 'All settings'];
    return { settings: defaultSettings(), problems: all, salvaged: true, newerVersion };
  }
  const salvaged = problems.length > 0 || newerVersion !== null;
  return { settings: checked.settings, problems, salvaged, newerVersion };
}
