import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { SettingsStore } from '../core/storage/ports';
import { SETTINGS_FILE } from './storage';

/**
 * Unsit's first start on this account: no settings were ever saved in the data folder `dir`.
 * The first start opens the settings window (see firstLaunchRequest) so the user sees where
 * Unsit lives. Asked before the settings store opens, which must not count as a save.
 */
export function isFirstRun(dir: string, exists: (path: string) => boolean = existsSync): boolean {
  return !exists(join(dir, `${SETTINGS_FILE}.json`));
}

/**
 * Saves the settings as they are (the defaults) once, which marks the first start as done, so
 * the welcome shows only once. A failure to save is reported and Unsit runs on.
 */
export function completeFirstRun(
  settings: Pick<SettingsStore, 'get' | 'save'>,
  onError: (error: unknown) => void,
): void {
  try {
    settings.save(settings.get());
  } catch (error) {
    onError(error);
  }
}
