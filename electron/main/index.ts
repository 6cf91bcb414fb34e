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
import { createNotesStore, type OpenStore } from './storage';
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

interface Started {
  commands: AppCommands;
  /** No settings were ever saved: this is the first start of Unsit on this account. */
  firstRun: boolean;
  trayHelp: TrayHelp;
}

function startApp(): Started {
  const paths = appPaths({
    outDir: OUT_DIR,
    packaged: app.isPackaged,
    resourcesPath: process.resourcesPath,
  });
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: paths.rendererDir }));
  hardenSession(session.defaultSession);
  fitToPlatform(app, platform);
  installApplicationMenu(Menu, { platform, packaged: app.isPackaged, appName: app.name });
  const testHooks = createTestHooks(testHooksEnabled(app.isPackaged, process.env));

  const dir = app.getPath('userData');
  const firstRun = isFirstRun(dir);
  const now = () => systemClock.now();
  const loginItem = createLoginItem({
    platform,
    app,
    env: process.env,
    execPath: launchPath(process.env, process.execPath),
    packaged: app.isPackaged,
  });
  const services = createServices({
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
  const { settings, reminders, statistics } = services;
  const reminderSettings = () => settings.get().reminders;
  const trayHelp = createTrayHelp({
    platform,
    env: process.env,
    atLogin: process.argv.includes(HIDDEN_ARG),
    notes: createNotesStore({ dir, now, onError: logError }),
  });

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
  const notifier = createReminderNotifier({
    Notification: testHooks.watchNotifications(Notification),
    platform,
    answers: commands,
    fallback: windows,
    style: () => reminderSettings().style,
    snoozeMinutes: () => reminderSettings().snoozeMinutes,
  });
  const locale = app.getLocale();
  const tray = createTray({
    electron: { Tray, Menu: testHooks.watchMenu(Menu), nativeImage },
    iconDir: paths.trayIconDir,
    platform,
    commands,
    status: () => reminders.status(),
    now,
    locale,
    snoozeMinutes: () => reminderSettings().snoozeMinutes,
    today: () => statistics.today(),
  });
  reminders.onStatus(() => tray.refresh());
  statistics.onRecorded(() => tray.refreshSoon());
  const stopPresenting = reminders.onReminder((prompt) => notifier.show(prompt));
  reminders.onReminderWithdrawn(() => notifier.withdraw());

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
      locale,
      commands,
      trayHelp,
      historyNotice: () => statistics.notice(),
    }),
    historyExport: {
      csv: () => statistics.csv(),
      async chooseFile(parent, suggestedName) {
        const options = {
          title: 'Export history',
          defaultPath: join(app.getPath('documents'), suggestedName),
          filters: [{ name: 'CSV', extensions: ['csv'] }],
        };
        // The window manager made `parent` with `new BrowserWindow`.
        const chosen = await dialog.showSaveDialog(parent as BrowserWindow, options);
        return chosen.canceled || !chosen.filePath ? null : chosen.filePath;
      },
    },
    settingsApplied: settingsFanOut({
      reminders,
      statistics,
      tray,
      syncLoginItem: (enabled) => services.syncLoginItem(enabled),
    }),
    reminder: notifier,
    openDataFolder: () => shell.openPath(dir),
    platform,
    now,
  });
  registerIpcHandlers(ipcMain, createIpcHandlers(api, windows));
  testHooks.install(globalThis, {
    notifier,
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
    stopPresenting,
    stopReminders: () => reminders.stop(),
    removeTray: () => tray.destroy(),
  });
  return { commands, firstRun, trayHelp };
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
