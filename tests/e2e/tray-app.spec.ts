import { execFile } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { promisify } from 'node:util';
import { expect, test, type ElectronApplication, type Page } from '@playwright/test';
import type { Settings } from '../../electron/core/settings/schema';
import { findElectronBinary } from './electron-binary';
import {
  MAIN,
  appArgs,
  appEnv,
  hook,
  launchUnsit,
  newDataFolder,
  rendererCount,
  shortRoutineSettings,
} from './unsit-app';

// The tray app as a user meets it, in real Electron, driven through the test hooks
// (electron/main/test-hooks.ts) where a user would click the tray or a notification.
const electron = findElectronBinary();
if (!electron.found) console.log(`Electron tray e2e tests skipped: ${electron.reason}.`);

const run = promisify(execFile);

test.describe('Unsit in the tray', () => {
  test.skip(!electron.found, electron.found ? '' : electron.reason);

  const folders: string[] = [];
  const apps: ElectronApplication[] = [];

  const start = async (folder: string, ...args: string[]) => {
    if (!electron.found) throw new Error('unreachable: the suite is skipped without Electron');
    if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run npm run build first.`);
    const app = await launchUnsit(electron.path, folder, ...args);
    apps.push(app);
    return app;
  };
  const dataFolder = (settings?: Settings) => {
    const folder = newDataFolder(settings);
    folders.push(folder);
    return folder;
  };
  const windowUrls = (app: ElectronApplication) =>
    app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((window) => window.webContents.getURL()),
    );
  /** Runs `action` and returns the window it opens. */
  const windowOpenedBy = async (app: ElectronApplication, action: () => Promise<unknown>) => {
    const [page] = await Promise.all([app.waitForEvent('window'), action()]);
    await page.waitForLoadState('domcontentloaded');
    return page;
  };

  test.afterEach(async () => {
    for (const app of apps.splice(0)) await app.close().catch(() => undefined);
    for (const folder of folders.splice(0))
      rmSync(folder, { recursive: true, force: true, maxRetries: 10 });
  });

  test('starts to the tray with no window and no renderer process', async () => {
    const app = await start(dataFolder(shortRoutineSettings()));
    const menu = await hook(app, 'trayMenu');
    expect(menu).toEqual(expect.arrayContaining(['Full routine', 'Settings…', 'Quit Unsit']));
    expect(await windowUrls(app)).toEqual([]);
    expect(await rendererCount(app)).toBe(0);
  });

  test('the tray starts a routine that plays to its end', async () => {
    const settings = shortRoutineSettings();
    const app = await start(dataFolder(settings));
    // Page time is Playwright's: installed, paused, and moved on by the test.
    const { clock } = app.context();
    await clock.install();
    await clock.pauseAt(Date.now() + 1_000);

    const page = await windowOpenedBy(app, () => hook(app, 'clickTray', 'Full routine'));
    await expect(page).toHaveURL('app://unsit/routine.html');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByTestId('step-title')).toHaveText('Get ready');
    // By default a set-up waits until the user says they are in position.
    await page.getByRole('button', { name: "I'm in position" }).click();
    // A short get-set count, then the hold.
    const { getSetSeconds, holdSeconds } = settings.routine;
    await page.clock.runFor((getSetSeconds + holdSeconds) * 1000 + 1_000);

    await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
    // Main heard the result: the tray counts the routine.
    await expect
      .poll(() => hook(app, 'trayMenu'))
      .toContainEqual(expect.stringMatching(/^Today: 1 of 1 break/));
    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => windowUrls(app)).toEqual([]);
  });

  test('a click on the reminder opens the routine', async () => {
    const app = await start(dataFolder(shortRoutineSettings()));
    await hook(app, 'fireReminder');
    // Electron reports 'show' or 'failed' some time after show(): wait for the word first.
    await expect.poll(() => hook(app, 'notificationState')).not.toBe('pending');
    let page: Page;
    if ((await hook(app, 'notificationState')) === 'shown') {
      page = await windowOpenedBy(app, () => hook(app, 'clickNotification'));
    } else {
      // A desktop without a notification service: the reminder window takes over.
      const reminder = await app.firstWindow();
      await expect(reminder).toHaveURL('app://unsit/reminder.html');
      page = await windowOpenedBy(app, () =>
        reminder.getByRole('button', { name: 'Start', exact: true }).click(),
      );
    }
    await expect(page).toHaveURL('app://unsit/routine.html');
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect.poll(() => windowUrls(app)).toEqual(['app://unsit/routine.html']);
  });

  test('settings survive a restart', async () => {
    // A first start: the app opens its settings by itself.
    const folder = dataFolder();
    const first = await start(folder);
    const settings = await first.firstWindow();
    await expect(settings).toHaveURL('app://unsit/settings.html');
    await settings.getByLabel('Remind me after sitting for').fill('45');
    await expect(settings.getByRole('banner').getByRole('status')).toHaveText('Saved');
    await first.close();
    apps.splice(apps.indexOf(first), 1);

    // Started again: straight to the tray, and the settings hold what was saved.
    const second = await start(folder);
    expect(await windowUrls(second)).toEqual([]);
    const reopened = await windowOpenedBy(second, () => hook(second, 'clickTray', 'Settings…'));
    await expect(reopened.getByLabel('Remind me after sitting for')).toHaveValue('45');
  });

  test('--start-routine reaches the instance already running', async () => {
    const folder = dataFolder(shortRoutineSettings());
    const app = await start(folder);
    // A second process with the same data folder hands its request over and exits with 0.
    const page = await windowOpenedBy(app, () => launchAgain(folder, '--start-routine'));
    await expect(page).toHaveURL('app://unsit/routine.html');
    await expect(page.getByRole('heading', { name: 'Full hip-flexor routine' })).toBeVisible();
    expect(await windowUrls(app)).toEqual(['app://unsit/routine.html']);
  });

  /** Starts Unsit again, as from the applications menu, and waits for that process to hand over. */
  const launchAgain = (folder: string, ...args: string[]) => {
    if (!electron.found) throw new Error('unreachable: the suite is skipped without Electron');
    // The second process passes its request on and exits with 0 (execFile rejects otherwise).
    return run(electron.path, appArgs(folder, ...args), { env: appEnv(), timeout: 30_000 });
  };

  test('a plain second launch opens the Unsit window in the first instance, and no routine', async () => {
    const folder = dataFolder(shortRoutineSettings());
    const app = await start(folder);
    const home = await windowOpenedBy(app, () => launchAgain(folder));
    await expect(home).toHaveURL('app://unsit/home.html');
    await expect(home.getByRole('heading', { name: 'Unsit', exact: true })).toBeVisible();
    await expect(home.getByText(/^Today: /)).toBeVisible();
    expect(await windowUrls(app)).toEqual(['app://unsit/home.html']);

    // Launched once more: the same window, still no routine.
    await launchAgain(folder);
    await expect.poll(() => windowUrls(app)).toEqual(['app://unsit/home.html']);
  });

  test('the Unsit window: its buttons open the statistics and settings, and start a quick stretch', async () => {
    const folder = dataFolder(shortRoutineSettings());
    const app = await start(folder);
    const home = await windowOpenedBy(app, () => launchAgain(folder));
    await expect(home.getByRole('button', { name: 'Quick stretch' })).toBeEnabled();

    const statistics = await windowOpenedBy(app, () =>
      home.getByRole('button', { name: 'Statistics' }).click(),
    );
    await expect(statistics).toHaveURL('app://unsit/statistics.html');
    const settings = await windowOpenedBy(app, () =>
      home.getByRole('button', { name: 'Settings' }).click(),
    );
    await expect(settings).toHaveURL('app://unsit/settings.html');

    // Pausing shows in the window and in the tray alike.
    await home
      .getByRole('group', { name: 'Pause reminders' })
      .getByRole('button', { name: '1 hour' })
      .click();
    await expect(home.getByRole('button', { name: 'Resume reminders' })).toBeVisible();
    expect(await hook(app, 'trayMenu')).toContain('Resume reminders');
    await home.getByRole('button', { name: 'Resume reminders' }).click();
    await expect(home.getByRole('group', { name: 'Pause reminders' })).toBeVisible();

    const routine = await windowOpenedBy(app, () =>
      home.getByRole('button', { name: 'Quick stretch' }).click(),
    );
    await expect(routine).toHaveURL('app://unsit/routine.html');
    await expect(routine.getByRole('heading', { name: 'Quick standing stretch' })).toBeVisible();
    // The routine takes over: the Unsit window closed itself.
    await expect
      .poll(() => windowUrls(app))
      .toEqual(expect.not.arrayContaining(['app://unsit/home.html']));
    expect(await windowUrls(app)).toContain('app://unsit/routine.html');
  });

  test('closing every window leaves the app running in the tray', async () => {
    const app = await start(dataFolder(shortRoutineSettings()));
    await windowOpenedBy(app, () => hook(app, 'clickTray', 'Settings…'));
    await windowOpenedBy(app, () => hook(app, 'clickTray', 'Full routine'));
    expect(await windowUrls(app)).toHaveLength(2);

    await app.evaluate(({ BrowserWindow }) => {
      for (const window of BrowserWindow.getAllWindows()) window.close();
    });
    await expect.poll(() => windowUrls(app)).toEqual([]);
    // Still there: the tray answers and starts a routine again; no renderer is left behind.
    await expect.poll(() => rendererCount(app)).toBe(0);
    expect(await hook(app, 'trayMenu')).toContain('Full routine');
    const page = await windowOpenedBy(app, () => hook(app, 'clickTray', 'Full routine'));
    await expect(page).toHaveURL('app://unsit/routine.html');
  });
});
