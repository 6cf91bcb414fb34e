import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type ElectronApplication } from '@playwright/test';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { SETTINGS_FILE } from '../../electron/main/storage/settings-store';
import { HINTS_FILE } from '../../electron/main/storage/hints-store';
import { TEST_HOOKS_ENV, TEST_HOOKS_GLOBAL, type TestHooks } from '../../electron/main/test-hooks';

/**
 * Starting the real app for the end-to-end tests and the bench: from source (out/), with its
 * own data folder, and with the test hooks of electron/main/test-hooks.ts switched on.
 */

export const APP_ROOT = resolve('.');
export const MAIN = join(APP_ROOT, 'out', 'main', 'index.js');

/** One stretch held once for 10 s after a 5 s set-up: a whole routine in 15 s of page time. */
export function shortRoutineSettings(): Settings {
  const settings = defaultSettings();
  settings.routine = {
    ...settings.routine,
    holdSeconds: 10,
    cycles: 1,
    setupSeconds: 5,
    switchExtraSeconds: -7,
    getSetSeconds: 3,
    stretches: ['butterfly'],
  };
  // The health caution was read before, so the routine window opens on its Start screen.
  settings.general.cautionAcknowledgedAt = new Date().toISOString();
  return settings;
}

/** The planned length of a routine with these settings (butterfly is held once, both legs). */
export function routineMs(settings: Settings): number {
  const { setupSeconds, holdSeconds, stretches, cycles } = settings.routine;
  if (stretches.length !== 1 || stretches[0] !== 'butterfly' || cycles !== 1) {
    throw new Error('routineMs knows only the one-stretch routine of shortRoutineSettings');
  }
  return (setupSeconds + holdSeconds) * 1000;
}

/**
 * A fresh data folder, passed to Electron as --user-data-dir (Electron takes app.getPath('userData')
 * and the single-instance lock from it, on every system). With `settings`, a returning user's.
 * The note on getting a tray icon counts as read, so a run on a GNOME desktop without one opens
 * no window the tests did not ask for.
 */
export function newDataFolder(settings?: Settings): string {
  const dir = mkdtempSync(join(tmpdir(), 'unsit-e2e-'));
  mkdirSync(dir, { recursive: true });
  if (settings) writeFileSync(join(dir, `${SETTINGS_FILE}.json`), JSON.stringify(settings));
  const notes = { version: 1, shown: { 'tray-help': new Date().toISOString() } };
  writeFileSync(join(dir, `${HINTS_FILE}.json`), JSON.stringify(notes));
  return dir;
}

export function appArgs(dataFolder: string, ...args: string[]): string[] {
  return [APP_ROOT, `--user-data-dir=${dataFolder}`, ...args];
}

export function appEnv(): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] => entry[1] !== undefined,
    ),
  );
  return { ...env, [TEST_HOOKS_ENV]: '1' };
}

/** Calls one of the app's test hooks in its main process. */
export async function hook<K extends keyof TestHooks>(
  app: ElectronApplication,
  name: K,
  ...args: Parameters<TestHooks[K]>
): Promise<ReturnType<TestHooks[K]>> {
  // Runs in the main process: it sees only its arguments, not this module.
  const result = await app.evaluate(
    (_electron, [key, method, params]) => {
      const hooks = (globalThis as Record<string, unknown>)[key] as
        Record<string, (...values: unknown[]) => unknown> | undefined;
      if (!hooks) throw new Error('the app has no test hooks (is UNSIT_TEST_HOOKS=1 passed?)');
      return hooks[method]?.(...params);
    },
    [TEST_HOOKS_GLOBAL, name, args as unknown[]] as const,
  );
  return result as ReturnType<TestHooks[K]>;
}

/** Polls `probe` until it returns something truthy, or fails after `timeoutMs`. */
export async function waitUntil<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** The app is wired and its tray has a menu. */
export function trayReady(app: ElectronApplication): Promise<string[]> {
  return waitUntil('the tray has its menu', async () => {
    const menu = await hook(app, 'trayMenu');
    return menu.length > 0 ? menu : undefined;
  });
}

export async function launchUnsit(
  electronBinary: string,
  dataFolder: string,
  ...args: string[]
): Promise<ElectronApplication> {
  // No executablePath: it would switch off Playwright's Electron loader; Playwright finds the
  // binary through require('electron'), the one `electronBinary` names. Since Playwright 1.59
  // Linux launches add --no-sandbox unless chromiumSandbox is set, and the sandbox is under test.
  void electronBinary;
  const app = await _electron.launch({
    chromiumSandbox: true,
    args: appArgs(dataFolder, ...args),
    env: appEnv(),
  });
  await trayReady(app);
  return app;
}

/** Renderer processes alive now (Electron's process type for them is 'Tab'). */
export function rendererCount(app: ElectronApplication): Promise<number> {
  return app.evaluate(
    ({ app: electronApp }) =>
      electronApp.getAppMetrics().filter((metric) => metric.type === 'Tab').length,
  );
}
