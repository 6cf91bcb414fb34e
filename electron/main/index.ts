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
import { planForBreak } from '../core/routine/plan';
import { previewDay } from '../core/schedule/day-preview';
import { createAppApi } from './app-api';
import { installApplicationMenu } from './app-menu';
import { appPaths, launchPath } from './app-paths';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { applyChromiumSwitches } from './chromium-switches';
import { createLoginItem } from './autostart';
import { createBusyDetectors } from './busy/detectors';
import { createAppCommands, type AppCommands } from './commands';
import { completeFirstRun, isFirstRun } from './first-run';
import { runsOnWayland } from './display-server';
import { createHome } from './home';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import { createLaunchQueue } from './launch-queue';
import { fitToPlatform, keepRunningWithoutWindows, quitInOrder } from './lifecycle';
import { createReminderNotifier } from './notifications';
import { electronIdleUnreliable, probeDesktopIdle } from './power/desktop-idle';
import { createIdleReader } from './power/power-events';
import { APP_SCHEME, hardenApp, hardenSession } from './security';
import { reminderPrompt } from './reminders/reminder-service';
import { createServices } from './services';
import { settingsFanOut } from './settings-applied';
import {
  HIDDEN_ARG,
  claimSingleInstance,
  firstLaunchRequest,
  watchMacRelaunch,
} from './single-instance';
import { createHintsStore, type OpenStore } from './storage';
import { systemClock } from './system-clock';
import { createTestHooks, testHooksEnabled } from './test-hooks';
import { createTray } from './tray';
import { createTrayHelp, type TrayHelp } from './tray-help';
import { createZoneFollower } from './time-zone';
import { createWindowManager } from './windows';

// The composition root: it only wires adapters together. out/main/index.js -> out/.
const OUT_DIR = fileURLToPath(new URL('..', import.meta.url));
const { platform } = process;

const openStore: OpenStore = ({ cwd, name, fileExtension, clearInvalidConfig }) =>
  new ElectronStore({ cwd, name, fileExtension, clearInvalidConfig });
const logError = (error: unknown) => console.error('[unsit]', error);
const now = () => systemClock.now();

interface Started {
  commands: AppCommands;
  /** No settings were ever saved: this is the first start of Unsit on this account. */
  firstRun: boolean;
  trayHelp: TrayHelp;
}

type AppPaths = ReturnType<typeof appPaths>;
type TestHooks = ReturnType<typeof createTestHooks>;

/** The app's scheme, session, platform fit and menu, before anything is shown. */
function prepareApp(paths: AppPaths): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: paths.rendererDir }));
  hardenSession(session.defaultSession);
  fitToPlatform(app, platform);
  installApplicationMenu(Menu, { platform, packaged: app.isPackaged, appName: app.name });
}

/** The stores and services behind everything: settings, reminders, statistics, login item. */
function createCore(dir: string) {
  const loginItem = createLoginItem({
    platform,
    app,
    env: process.env,
    execPath: launchPath(process.env, process.execPath),
    packaged: app.isPackaged,
  });
  return createServices({
    dir,
    clock: systemClock,
    power: powerMonitor,
    openStore,
    loginItem,
    followZone: createZoneFollower(process.env).follow,
    idle: createIdleReader(powerMonitor, {
      platform,
      // Checked once at start: where Electron's idle time fails, the desktop's own, if it answers.
      desktopIdle: electronIdleUnreliable(platform, process.env) ? probeDesktopIdle() : null,
    }),
    onError: logError,
    busyDetectors: createBusyDetectors(platform, {
      env: process.env,
      ownPids: () => app.getAppMetrics().map((metric) => metric.pid),
      execPath: process.execPath,
    }),
  });
}

type Services = ReturnType<typeof createServices>;

/** The windows and the user's commands, which open them and reach the reminder service. */
function createWindowsAndCommands(paths: AppPaths, services: Services, trayHelp: TrayHelp) {
  const { settings, reminders, statistics } = services;
  const windows = createWindowManager({
    createWindow: (options) => new BrowserWindow(options),
    preloadPath: paths.preloadPath,
    platform,
    devTools: !app.isPackaged,
    workArea: () => screen.getPrimaryDisplay().workArea,
    onClosed: (kind) => kind === 'routine' && commands.routineWindowClosed(),
    onGone: (kind, reason) => logError(`the ${kind} window's page went away (${reason})`),
    wayland: runsOnWayland({
      platform,
      ozonePlatform: app.commandLine.getSwitchValue('ozone-platform'),
      env: process.env,
    }),
    homeHasTrayHelp: () => trayHelp.active(),
    homeHasHistoryNotice: () => statistics.notice() !== null,
  });
  const commands = createAppCommands({
    windows,
    reminders,
    holdCount: (kind) => planForBreak(settings.get(), kind).holdCount,
    now,
    quit: () => app.quit(),
  });
  return { windows, commands };
}

type WindowsAndCommands = ReturnType<typeof createWindowsAndCommands>;

/** Where the user sees Unsit's state: reminders as notifications (or a window) and the tray. */
function createPresenters(
  paths: AppPaths,
  { reminders, settings, statistics }: Services,
  { windows, commands }: WindowsAndCommands,
  testHooks: TestHooks,
) {
  const reminderSettings = () => settings.get().reminders;
  const notifier = createReminderNotifier({
    Notification: testHooks.watchNotifications(Notification),
    platform,
    answers: commands,
    fallback: windows,
    style: () => reminderSettings().style,
    snoozeMinutes: () => reminderSettings().snoozeMinutes,
  });
  const tray = createTray({
    electron: { Tray, Menu: testHooks.watchMenu(Menu), nativeImage },
    iconDir: paths.trayIconDir,
    platform,
    commands,
    status: () => reminders.status(),
    now,
    locale: app.getLocale(),
    snoozeMinutes: () => reminderSettings().snoozeMinutes,
    today: () => statistics.today(),
  });
  reminders.onStatus(() => tray.refresh());
  statistics.onRecorded(() => tray.refreshSoon());
  const stopPresenting = reminders.onReminder((prompt) => notifier.show(prompt));
  reminders.onReminderWithdrawn(() => notifier.withdraw());
  return { notifier, tray, stopPresenting };
}

type Presenters = ReturnType<typeof createPresenters>;

/** Asks for the CSV's path through the save dialog, over the window that asked. */
async function chooseExportFile(parent: unknown, suggestedName: string): Promise<string | null> {
  const options = {
    title: 'Export history',
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [{ name: 'CSV', extensions: ['csv'] }],
  };
  // The window manager made `parent` with `new BrowserWindow`.
  const chosen = await dialog.showSaveDialog(parent as BrowserWindow, options);
  return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
}

/** What the windows may ask of main, behind the IPC handlers. */
function serveWindows(
  dir: string,
  services: Services,
  { windows, commands }: WindowsAndCommands,
  { notifier, tray }: Presenters,
  trayHelp: TrayHelp,
): void {
  const { settings, reminders, statistics } = services;
  const api = createAppApi({
    settings,
    previewDay,
    currentBreak: () => commands.currentBreak(),
    routineReported: (result) => commands.routineReported(result),
    statistics: () => statistics.view(),
    home: createHome({
      status: () => reminders.status(),
      today: () => statistics.today(),
      now,
      locale: app.getLocale(),
      commands,
      trayHelp,
      historyNotice: () => statistics.notice(),
    }),
    historyExport: { csv: () => statistics.csv(), chooseFile: chooseExportFile },
    settingsApplied: settingsFanOut({
      reminders,
      statistics,
      tray,
      syncLoginItem: (enabled) => services.syncLoginItem(enabled),
    }),
    reminder: notifier,
    openDataFolder: () => shell.openPath(dir),
    busyDetection: () => services.busyDetection(),
    platform,
    now,
  });
  registerIpcHandlers(ipcMain, createIpcHandlers(api, windows));
}

function startApp(): Started {
  const paths = appPaths({
    outDir: OUT_DIR,
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  });
  prepareApp(paths);
  const testHooks = createTestHooks(testHooksEnabled(app.isPackaged, process.env));

  const dir = app.getPath('userData');
  const firstRun = isFirstRun(dir);
  const services = createCore(dir);
  const { settings, reminders } = services;
  const trayHelp = createTrayHelp({
    platform,
    env: process.env,
    atLogin: process.argv.includes(HIDDEN_ARG),
    hints: createHintsStore({ dir, now, onError: logError }),
  });
  const windowsAndCommands = createWindowsAndCommands(paths, services, trayHelp);
  const presenters = createPresenters(paths, services, windowsAndCommands, testHooks);
  serveWindows(dir, services, windowsAndCommands, presenters, trayHelp);
  testHooks.install(globalThis, {
    notifier: presenters.notifier,
    dueReminder: (suggests) => {
      const current = settings.get();
      const { sittingMinutes } = current.reminders;
      return reminderPrompt(current, { kind: 'first', sittingMinutes, suggests });
    },
  });

  services.checkLoginItem();
  if (firstRun) completeFirstRun(settings, logError);
  reminders.start();
  quitInOrder(app, {
    stopPresenting: presenters.stopPresenting,
    stopReminders: () => reminders.stop(),
    removeTray: () => presenters.tray.destroy(),
  });
  return { commands: windowsAndCommands.commands, firstRun, trayHelp };
}

function main(): void {
  const launches = createLaunchQueue();
  if (!claimSingleInstance(app, process.argv, launches.launch)) return;
  watchMacRelaunch(app, platform, launches.launch);

  registerAppScheme(protocol);
  applyChromiumSwitches(app.commandLine, platform);
  hardenApp(app);
  keepRunningWithoutWindows(app);
  app
    .whenReady()
    .then(() => {
      const { commands, firstRun, trayHelp } = startApp();
      launches.ready(commands, firstLaunchRequest(process.argv, { firstRun }));
      // Where no tray icon can show, the Unsit window explains the way in, once.
      return trayHelp.decide().then((show) => show && commands.openHome());
    })
    .catch((error: unknown) => {
      logError(error);
      dialog.showErrorBox('Unsit could not start', String(error));
      app.exit(1);
    });
}

main();
