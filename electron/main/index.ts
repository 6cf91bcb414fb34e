import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  BrowserWindow,
  Menu,
  Notification,
  Tray,
  app,
  dialog,
  ipcMain,
  nativeImage,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import ElectronStore from 'electron-store';
import { previewDay } from '../core/schedule/day-preview';
import { systemClock } from '../core/time/clock';
import { createAppApi } from './app-api';
import { applyWindowsIdentity } from './app-identity';
import { installApplicationMenu } from './app-menu';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { applyChromiumSwitches } from './chromium-switches';
import { createLoginItem } from './autostart';
import { createAppCommands, type AppCommands } from './commands';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import { keepRunningWithoutWindows } from './lifecycle';
import { createReminderNotifier } from './notifications';
import { APP_SCHEME, hardenApp, hardenSession } from './security';
import { createServices } from './services';
import {
  claimSingleInstance,
  firstLaunchRequest,
  watchMacRelaunch,
  type LaunchRequest,
} from './single-instance';
import { SETTINGS_FILE, type OpenStore } from './storage';
import { createTestHooks, testHooksEnabled } from './test-hooks';
import { createTray } from './tray';
import { createWindowManager } from './windows';

// The composition root: it only wires adapters together. out/main/index.js -> out/.
const OUT_DIR = fileURLToPath(new URL('..', import.meta.url));
const { platform } = process;

const openStore: OpenStore = ({ cwd, name, fileExtension, clearInvalidConfig }) =>
  new ElectronStore({ cwd, name, fileExtension, clearInvalidConfig });
const logError = (error: unknown) => console.error('[unsit]', error);

interface Started {
  commands: AppCommands;
  /** No settings were ever saved: this is the first start of Unsit on this account. */
  firstRun: boolean;
}

function startApp(): Started {
  const rootDir = join(OUT_DIR, 'renderer');
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir }));
  hardenSession(session.defaultSession);
  if (platform === 'darwin') app.dock?.hide();
  applyWindowsIdentity(app, platform);
  installApplicationMenu(Menu, { platform, packaged: app.isPackaged, appName: app.name });
  const testHooks = createTestHooks(testHooksEnabled(app.isPackaged, process.env));

  const dir = app.getPath('userData');
  const firstRun = !existsSync(join(dir, `${SETTINGS_FILE}.json`));
  const now = () => systemClock.now();
  const execPath = process.env.APPIMAGE ?? process.execPath;
  const loginItem = createLoginItem({
    platform,
    app,
    env: process.env,
    execPath,
    packaged: app.isPackaged,
  });
  const services = createServices({
    dir,
    clock: systemClock,
    power: powerMonitor,
    openStore,
    loginItem,
    onError: logError,
  });
  const { settings, reminders, planFor } = services;
  const reminderSettings = () => settings.get().reminders;

  const windows = createWindowManager({
    createWindow: (options) => new BrowserWindow(options),
    preloadPath: join(OUT_DIR, 'preload', 'index.cjs'),
    platform,
    devTools: !app.isPackaged,
    workArea: () => screen.getPrimaryDisplay().workArea,
    onClosed: (kind) => kind === 'routine' && commands.routineWindowClosed(),
  });
  const commands = createAppCommands({
    windows,
    reminders,
    holdCount: () => planFor(settings.get()).holdCount,
    now,
    quit: () => app.quit(),
  });
  const notifier = createReminderNotifier({
    Notification: testHooks.watchNotifications(Notification),
    platform,
    answers: {
      startRoutine: commands.startRoutine,
      snooze: commands.snooze,
      skip: commands.skipNext,
    },
    fallback: windows,
    style: () => reminderSettings().style,
    snoozeMinutes: () => reminderSettings().snoozeMinutes,
  });
  const tray = createTray({
    electron: { Tray, Menu: testHooks.watchMenu(Menu), nativeImage },
    iconDir: app.isPackaged ? join(process.resourcesPath, 'tray') : join(OUT_DIR, '../build/tray'),
    platform,
    commands,
    status: () => reminders.status(),
    now,
    locale: app.getLocale(),
    snoozeMinutes: () => reminderSettings().snoozeMinutes,
  });
  reminders.onStatus(() => tray.refresh());
  const stopPresenting = reminders.onReminder((prompt) => notifier.show(prompt));
  reminders.onReminderWithdrawn(() => notifier.withdraw());

  const api = createAppApi({
    settings,
    buildPlan: planFor,
    previewDay: (request) => previewDay(request.workingHours, request.reminders, request.weekday),
    routineReported: (result) => commands.routineReported(result),
    settingsApplied: (next) => {
      reminders.settingsChanged(next);
      tray.refresh();
      services.syncLoginItem(next.general.launchAtLogin);
    },
    reminder: notifier,
    openDataFolder: () => shell.openPath(dir),
    platform,
    now,
  });
  registerIpcHandlers(ipcMain, createIpcHandlers(api, windows));
  testHooks.install(globalThis, { notifier, settings: () => settings.get(), planFor });

  services.syncLoginItem(settings.get().general.launchAtLogin);
  // Saving the defaults once marks the first start as done, so the welcome shows only once.
  if (firstRun) tryToSave(() => settings.save(settings.get()));
  reminders.start();
  // Quitting closes a routine window cut short, and the timer may then fall due again: no
  // reminder may go out from an app on its way out (its notification would outlive it).
  app.on('before-quit', stopPresenting);
  // After every window closed, so a routine cut short by quitting is still recorded.
  app.on('will-quit', () => {
    reminders.stop();
    tray.destroy();
  });
  return { commands, firstRun };
}

function tryToSave(save: () => unknown): void {
  try {
    save();
  } catch (error) {
    logError(error);
  }
}

function main(): void {
  let started: (commands: AppCommands) => void = () => undefined;
  const ready = new Promise<AppCommands>((resolve) => (started = resolve));
  // 'second-instance' only arrives after 'ready', but possibly before the wiring finished.
  const onSecondLaunch = (request: LaunchRequest) => void ready.then((c) => c.launch(request));
  if (!claimSingleInstance(app, process.argv, onSecondLaunch)) return;
  watchMacRelaunch(app, platform, onSecondLaunch);

  registerAppScheme(protocol);
  applyChromiumSwitches(app.commandLine, platform);
  hardenApp(app);
  keepRunningWithoutWindows(app);
  app
    .whenReady()
    .then(() => {
      const { commands, firstRun } = startApp();
      started(commands);
      commands.launch(firstLaunchRequest(process.argv, { firstRun }));
    })
    .catch((error: unknown) => {
      logError(error);
      dialog.showErrorBox('Unsit could not start', String(error));
      app.exit(1);
    });
}

main();
