import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { SettingsStore } from '../../core/storage/ports';
import { repairNotice, unwritableNotice, type SettingsRepair } from '../../core/settings/notice';
import { loadSettings } from '../../core/settings/salvage';
import { defaultSettings, type Settings } from '../../core/settings/schema';
import { SettingsValidationError, validateSettings } from '../../core/settings/validate';
import { removeLeftoverTemporaries, writeJsonAtomically } from './atomic-file';
import { keepCopyAside } from './backup';
import { SettingsWriteError } from './errors';
import { storeOptions, type OpenStore, type StoreLike } from './open-store';
import { readRawJson, withoutConfInternals } from './raw-file';

export const SETTINGS_FILE = 'settings';

export interface SettingsStoreDeps {
  /** The app's data folder (userData). */
  dir: string;
  now: () => number;
  openStore: OpenStore;
}

export interface SettingsStoreAdapter extends SettingsStore {
  /** Full path of settings.json. */
  readonly path: string;
}

interface StartState {
  settings: Settings;
  repair: SettingsRepair | null;
  /** The file on disk is damaged and must be copied aside before anything overwrites it. */
  needsBackup: boolean;
  /** The file on disk differs from `settings` (migrated, salvaged, unknown keys dropped). */
  needsWrite: boolean;
}

function startState(path: string, now: number): StartState {
  const read = readRawJson(path);
  switch (read.kind) {
    case 'missing':
      return { settings: defaultSettings(), repair: null, needsBackup: false, needsWrite: false };
    case 'unreadable':
      // Left alone for now. A save first copies it aside, and is refused if it still cannot be
      // copied: a read that failed only for a moment must not end in the user's file replaced.
      return {
        settings: defaultSettings(),
        repair: { kind: 'unreadable', backupName: null },
        needsBackup: true,
        needsWrite: false,
      };
    case 'unparseable':
      return {
        settings: defaultSettings(),
        repair: { kind: 'unreadable', backupName: null },
        needsBackup: true,
        needsWrite: true,
      };
    case 'parsed': {
      const loaded = loadSettings(withoutConfInternals(read.value), now);
      const kind = loaded.newerVersion !== null ? 'newer' : 'salvaged';
      return {
        settings: loaded.settings,
        repair: loaded.salvaged ? { kind, problems: loaded.problems, backupName: null } : null,
        needsBackup: loaded.salvaged,
        needsWrite: !isDeepStrictEqual(withoutConfInternals(read.value), loaded.settings),
      };
    }
  }
}

/**
 * Settings on conf / electron-store. At start the raw file is checked first: a damaged file is
 * copied aside as settings.broken-YYYY-MM-DD.json, every still-valid field is kept, and the user
 * is told once (takeNotice). Unknown keys are dropped without a notice, since nothing the app
 * understands is lost with them. When the folder cannot be written the app runs on the settings
 * in memory and `save` throws a SettingsWriteError whose message is meant for the user.
 */
export function createSettingsStore({
  dir,
  now,
  openStore,
}: SettingsStoreDeps): SettingsStoreAdapter {
  const path = join(dir, `${SETTINGS_FILE}.json`);
  removeLeftoverTemporaries(path);
  const start = startState(path, now());
  let current = start.settings;
  let pendingBackup = start.needsBackup;
  let store: StoreLike | null = null;
  // What to tell the user once, worded when it is taken, in the language of that moment.
  let unwritableFolder: string | null = null;
  let noticePending = false;

  function persist(settings: Settings): void {
    if (pendingBackup) {
      const backupName = keepCopyAside(path, now());
      pendingBackup = false;
      if (start.repair) start.repair.backupName = backupName;
    }
    store ??= openStore(storeOptions(dir, SETTINGS_FILE));
    writeJsonAtomically(store.path, settings);
  }

  try {
    if (start.needsWrite) persist(current);
    else store = openStore(storeOptions(dir, SETTINGS_FILE));
  } catch {
    unwritableFolder = dir;
  }
  noticePending = start.repair !== null || unwritableFolder !== null;

  function save(next: Settings): Settings {
    const checked = validateSettings(next);
    if (!checked.ok) throw new SettingsValidationError(checked.errors);
    try {
      persist(checked.settings);
    } catch (error) {
      throw new SettingsWriteError(path, error);
    }
    current = checked.settings;
    return structuredClone(current);
  }

  return {
    path,
    get: () => structuredClone(current),
    save,
    reset() {
      const fresh = defaultSettings();
      fresh.general.cautionAcknowledgedAt = current.general.cautionAcknowledgedAt;
      return save(fresh);
    },
    takeNotice(translator) {
      if (!noticePending) return null;
      noticePending = false;
      const parts = [
        start.repair ? repairNotice(translator, start.repair) : null,
        unwritableFolder === null ? null : unwritableNotice(translator, unwritableFolder),
      ];
      return parts.filter(Boolean).join(' ');
    },
  };
}
