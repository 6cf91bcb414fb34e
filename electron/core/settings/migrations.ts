import { defaultSettings, SETTINGS_VERSION } from './schema';

export type RawObject = Record<string, unknown>;

/** Turns the stored shape of version N into the shape of version N + 1. Never validates. */
type Migration = (data: RawObject, now: number) => RawObject;

export function isRawObject(value: unknown): value is RawObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function pick(source: RawObject, keys: readonly string[]): RawObject {
  return Object.fromEntries(keys.filter((key) => key in source).map((key) => [key, source[key]]));
}

/** Every switch lasted this long by default up to version 3. */
const V3_SWITCH_SECONDS = 8;

/**
 * Version 1 predates working hours: {version: 1, routine: {holdSeconds, cycles, sound, voice,
 * stretches?}, cautionAcknowledged: boolean}. Fields that exist in v1 are carried over as they
 * are (salvage judges them afterwards); what v1 never had comes from today's defaults.
 */
function v1ToV2(data: RawObject, now: number): RawObject {
  const defaults = defaultSettings();
  const routine = isRawObject(data.routine) ? data.routine : {};
  const acknowledged = data.cautionAcknowledged;
  return {
    version: 2,
    workingHours: defaults.workingHours,
    reminders: defaults.reminders,
    routine: {
      ...pick(routine, ['holdSeconds', 'cycles', 'sound', 'voice']),
      setupSeconds: defaults.routine.setupSeconds,
      // Version 2's shape: v3ToV4 turns it into the extra seconds of today.
      switchSeconds: V3_SWITCH_SECONDS,
      stretches: 'stretches' in routine ? routine.stretches : defaults.routine.stretches,
    },
    general: {
      launchAtLogin: defaults.general.launchAtLogin,
      // The moment of a v1 acknowledgement was never stored; the migration time stands in for it.
      cautionAcknowledgedAt:
        acknowledged === true
          ? new Date(now).toISOString()
          : acknowledged === false
            ? null
            : acknowledged,
    },
  };
}

/**
 * Version 3 adds the break choice and the daily goal (a new `breaks` section) and the routine's
 * "wait until I'm in position" switch. Everything v2 had is carried over untouched.
 */
function v2ToV3(data: RawObject): RawObject {
  const defaults = defaultSettings();
  const routine = isRawObject(data.routine)
    ? { waitForPosition: defaults.routine.waitForPosition, ...data.routine }
    : data.routine;
  return { ...data, version: 3, routine, breaks: data.breaks ?? defaults.breaks };
}

/**
 * Version 4 gives each stretch its own switch time, so the one `switchSeconds` of version 3
 * becomes `switchExtraSeconds`, the seconds added to (or taken from) every stretch's own: a
 * person who kept the old default gets the new defaults, and one who had chosen 5 s or 12 s
 * keeps switching 3 s faster or 4 s slower than the default. It also adds the get-set count
 * and the remembered large view. Everything else is carried over untouched; a value that is
 * not a number is passed on for salvage to judge.
 */
function v3ToV4(data: RawObject): RawObject {
  const defaults = defaultSettings();
  if (!isRawObject(data.routine)) return { ...data, version: 4 };
  const { switchSeconds, ...routine } = data.routine;
  const extra =
    typeof switchSeconds === 'number' && Number.isFinite(switchSeconds)
      ? Math.min(30, Math.max(-7, Math.round(switchSeconds - V3_SWITCH_SECONDS)))
      : defaults.routine.switchExtraSeconds;
  return {
    ...data,
    version: 4,
    routine: {
      getSetSeconds: defaults.routine.getSetSeconds,
      largeView: defaults.routine.largeView,
      ...routine,
      switchExtraSeconds: extra,
    },
  };
}

/**
 * Version 5 adds the "Don't interrupt" section (`busy`): every source on, Do Not Disturb held at
 * most 2 hours. Everything v4 had is carried over untouched.
 */
function v4ToV5(data: RawObject): RawObject {
  return { ...data, version: 5, busy: data.busy ?? defaultSettings().busy };
}

/**
 * Version 6 adds "Check for updates" to the general section, on as by default (the first start
 * after the upgrade says so in the Unsit window's update line). Everything v5 had is carried
 * over untouched.
 */
function v5ToV6(data: RawObject): RawObject {
  const general = isRawObject(data.general)
    ? { checkForUpdates: defaultSettings().general.checkForUpdates, ...data.general }
    : data.general;
  return { ...data, version: 6, general };
}

/** Keyed by the version a migration starts from. Every version below the current one needs one. */
export const SETTINGS_MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
  4: v4ToV5,
  5: v5ToV6,
};

export type MigrationOutcome =
  /** Already current, or migrated from `fromVersion` to the current shape (still unvalidated). */
  | { kind: 'current' | 'migrated'; fromVersion: number; data: RawObject }
  /** Written by a newer app; `data` is the file as it is, for salvage to pick from. */
  | { kind: 'newer'; fromVersion: number; data: RawObject }
  /** `version` is present but meaningless (not a positive whole number). */
  | { kind: 'unknown-version'; data: RawObject }
  | { kind: 'not-an-object' };

/** Keys that version 1 never had: a file holding them has the current shape. */
const KEYS_AFTER_V1 = ['workingHours', 'reminders', 'general'];

function storedVersion(data: RawObject): number | null {
  if (!('version' in data)) {
    // Files from before versioning carry no version at all: they are version 1. A current file
    // whose version was lost (edited by hand) must not be migrated as v1, which would replace
    // its working hours and reminders with defaults.
    return KEYS_AFTER_V1.some((key) => key in data) ? null : 1;
  }
  const { version } = data;
  return typeof version === 'number' && Number.isInteger(version) && version >= 1 ? version : null;
}

/** Brings a stored settings object up to SETTINGS_VERSION, one step at a time. */
export function migrateSettings(raw: unknown, now: number): MigrationOutcome {
  if (!isRawObject(raw)) return { kind: 'not-an-object' };
  const fromVersion = storedVersion(raw);
  if (fromVersion === null) return { kind: 'unknown-version', data: raw };
  if (fromVersion > SETTINGS_VERSION) return { kind: 'newer', fromVersion, data: raw };
  let data = raw;
  for (let version = fromVersion; version < SETTINGS_VERSION; version += 1) {
    const migrate = SETTINGS_MIGRATIONS[version];
    if (!migrate) throw new Error(`No settings migration from version ${version}.`);
    data = migrate(data, now);
  }
  return { kind: fromVersion === SETTINGS_VERSION ? 'current' : 'migrated', fromVersion, data };
}
