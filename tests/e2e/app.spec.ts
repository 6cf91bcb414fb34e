import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, expect, test, type ElectronApplication } from '@playwright/test';
import { CHANNELS } from '../../electron/core/ipc/contract';
import { findElectronBinary } from './electron-binary';

const APP_ROOT = resolve('.');
const MAIN = join(APP_ROOT, 'out', 'main', 'index.js');
const electron = findElectronBinary();

if (!electron.found) console.log(`Electron e2e tests skipped: ${electron.reason}.`);

/** The Electron binary; only called from tests that run, which means it was found. */
function electronPath(): string {
  if (!electron.found) throw new Error(`no Electron binary: ${electron.reason}`);
  return electron.path;
}

/**
 * A private home (and, through --user-data-dir, a private data folder and single-instance lock
 * on every system). Without the desktop's name, so a run on GNOME opens no window explaining
 * the tray icon.
 */
function privateEnv(home: string): Record<string, string> {
  const env = Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'XDG_CURRENT_DESKTOP',
    ),
  );
  return { ...env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') };
}

test.describe('Unsit in Electron', () => {
  test.skip(!electron.found, electron.found ? '' : electron.reason);

  let home = '';
  let app: ElectronApplication | null = null;

  const launch = async (...args: string[]) => {
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first.`);
    // Playwright's own loader finds Electron (an executablePath would bypass it), and keeps
    // Chromium's sandbox on Linux only when asked (Playwright 1.59 and later).
    app = await _electron.launch({
      chromiumSandbox: true,
      args: [APP_ROOT, `--user-data-dir=${home}`, ...args],
      env: privateEnv(home),
    });
    // Wait until main has wired everything (the IPC handlers come last).
    await expect
      .poll(() => app?.evaluate(({ app: electronApp }) => electronApp.isReady()))
      .toBe(true);
    return app;
  };

  const windowCount = (running: ElectronApplication) =>
    running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length);

  test.beforeEach(() => {
    home = mkdtempSync(join(tmpdir(), 'unsit-e2e-'));
  });

  test.afterEach(async () => {
    await app?.close();
    app = null;
    rmSync(home, { recursive: true, force: true, maxRetries: 10 }); // Windows: EBUSY right after exit
  });

  test('a start at login stays in the tray with no window, even the very first one', async () => {
    const running = await launch('--hidden');
    expect(await windowCount(running)).toBe(0);
  });

  test('--start-routine opens the routine window from the app protocol', async () => {
    const running = await launch('--start-routine');
    const page = await running.firstWindow();
    await expect(page).toHaveURL('app://unsit/routine.html');
  });

  test('the routine page loads its script and styles from the app protocol and is shown', async () => {
    const running = await launch('--start-routine');
    const page = await running.firstWindow();
    // A blank window (a page or asset the protocol could not serve) never mounts the app.
    await expect
      .poll(() => page.evaluate(() => document.getElementById('app')?.childElementCount ?? 0))
      .toBeGreaterThan(0);
    // The theme's custom properties exist only if its stylesheet was served and applied.
    const accent = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    );
    expect(accent).toMatch(/^#[0-9a-f]{6}$/i);
    await expect
      .poll(() =>
        running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.isVisible()),
      )
      .toBe(true);
  });

  // Electron offers no getter for a window's webPreferences (tests/main/windows.test.ts checks
  // the options passed); here we check their observable effects in the real app.
  test('the routine window runs sandboxed and isolated', async () => {
    const running = await launch('--start-routine');
    const page = await running.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const globals = await page.evaluate(() => ({
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
      module: typeof (globalThis as { module?: unknown }).module,
      // contextBridge refuses to work without context isolation, so the API proves it.
      api: typeof (globalThis as { unsit?: unknown }).unsit,
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      api: 'object',
    });
    const renderers = await running.evaluate(({ app: electronApp }) =>
      electronApp
        .getAppMetrics()
        .filter((metric) => metric.type === 'Tab')
        .map(({ pid, sandboxed }) => ({ pid, sandboxed })),
    );
    expect(renderers.length).toBeGreaterThan(0);
    for (const { pid, sandboxed } of renderers) {
      if (process.platform === 'linux') {
        // Electron reports `sandboxed` on macOS and Windows only. On Linux, Chromium's sandbox
        // puts every renderer under a seccomp-bpf filter, which the kernel shows as mode 2.
        expect(readFileSync(`/proc/${pid}/status`, 'utf8')).toMatch(/^Seccomp:\s*2$/m);
      } else {
        expect(sandboxed).toBe(true);
      }
    }
  });

  test('window.unsit has exactly the methods of the contract', async () => {
    const running = await launch('--start-routine');
    const page = await running.firstWindow();
    const methods = await page.evaluate(() =>
      Object.keys((window as unknown as { unsit: object }).unsit).sort(),
    );
    expect(methods).toEqual(Object.keys(CHANNELS).sort());
  });

  test('the page can neither navigate away nor open windows', async () => {
    const running = await launch('--start-routine');
    const page = await running.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const opened = await page.evaluate(() => window.open('https://example.com/') === null);
    expect(opened).toBe(true);
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await expect.poll(() => windowCount(running)).toBe(1);
    await expect(page).toHaveURL('app://unsit/routine.html');
  });

  test('closing the routine window leaves the app running', async () => {
    const running = await launch('--start-routine');
    await running.firstWindow();
    await running.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
    await expect.poll(() => windowCount(running)).toBe(0);
    expect(await running.evaluate(({ app: electronApp }) => electronApp.isReady())).toBe(true);
  });

  test('a second launch starts the routine in the running instance and exits', async () => {
    const running = await launch('--hidden');
    const second = spawnSync(
      electronPath(),
      [APP_ROOT, `--user-data-dir=${home}`, '--start-routine'],
      {
        env: privateEnv(home),
        timeout: 30_000,
      },
    );
    expect(second.status).toBe(0);
    const page = await running.firstWindow();
    await expect(page).toHaveURL('app://unsit/routine.html');
    expect(await windowCount(running)).toBe(1);
  });
});
