import { spawn } from 'node:child_process';
import { chmodSync, copyFileSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  net,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
} from 'electron';
import ElectronStore from 'electron-store';
import { planForBreak } from '../core/routine/plan';
import { previewDay } from '../core/schedule/day-preview';
import { updateLine } from '../core/updates/update-state';
import { createAppApi } from './app-api';
import { installApplicationMenu } from './app-menu';
import { appPaths, launchPath, ownAppImage } from './app-paths';
import { createAppProtocolHandler, registerAppScheme } from './app-protocol';
import { applyChromiumSwitches } from './chromium-switches';
import { createLoginItem } from './autostart';
import { createBusyDetectors } from './busy/detectors';
import { createAppCommands, type AppCommands } from './commands';
import { completeFirstRun, isFirstRun } from './first-run';
import { runsOnWayland } from './display-server';
import { createHome, type Home } from './home';
import { createIpcHandlers, registerIpcHandlers } from './ipc';
import { createLaunchQueue } from './launch-queue';
import { fitToPlatform, keepRunningWithoutWindows, quitInOrder } from './lifecycle';
import { createReminderNotifier } from './notifications';
import { electronIdleUnreliable, probeDesktopIdle } from './power/desktop-idle';
import { createIdleReader } from './power/power-events';
import {
  APP_ORIGIN,
  APP_SCHEME,
  CONTENT_SECURITY_POLICY,
  hardenApp,
  hardenSession,
  openExternalSafely,
  secureWebPreferences,
} from './security';
import { isSelfTest, runSelfTest, type SelfTestDeps } from './self-test';
import { reminderPrompt } from './reminders/reminder-service';
import { createServices } from './services';
import { settingsFanOut } from './settings-applied';
import {
  HIDDEN_ARG,
  claimSingleInstance,
  firstLaunchRequest,
  watchMacRelaunch,
} from './single-instance';
import {
  createHintsStore,
  createHistoryStore,
  createSettingsStore,
  type OpenStore,
} from './storage';
import { systemClock } from './system-clock';
import { createTestHooks, testHooksEnabled } from './test-hooks';
import { createTray } from './tray';
import { followLanguage, systemTranslator } from './language';
import type { Translate } from '../core/i18n/translator';
import { createTrayHelp, type TrayHelp } from './tray-help';
import { createZoneFollower } from './time-zone';
import { createWindowManager } from './windows';
import { createFeedClient } from './updates/feed-client';
import {
  createInstaller,
  feedUrl,
  releaseFileUrl,
  releasePageUrl,
  updatePlatform,
} from './updates/platform';
import { createUpdateService, type UpdateService } from './updates/update-service';

// The composition root: it only wires adapters together. out/main/index.js -> out/.
const OUT_DIR = fileURLToPath(new URL('..', import.meta.url));
const { platform } = process;
// `--self-test` (the release workflow's smoke test): a temporary data folder, no login item, no
// launch handling, no update check, nothing shown; see self-test.ts.
const SELF_TEST = isSelfTest(process.argv);

const openStore: OpenStore = ({ cwd, name, fileExtension, clearInvalidConfig }) =>
  new ElectronStore({ cwd, name, fileExtension, clearInvalidConfig });
const logError = (error: unknown) => console.error('[unsit]', error);
const now = () => systemClock.now();

interface Started {
  commands: AppCommands;
  /** No settings were ever saved: this is the first start of Unsit on this account. */
  firstRun: boolean;
  trayHelp: TrayHelp;
  /** What `--self-test` checks, on this run's tray, windows and stores. */
  selfTest: SelfTestDeps;
}

type AppPaths = ReturnType<typeof appPaths>;
type TestHooks = ReturnType<typeof createTestHooks>;
/** The update service once it exists (installed copies only); asked lazily, as it comes last. */
type CurrentUpdates = () => UpdateService | null;

/** The app's scheme, session, platform fit and menu, before anything is shown. */
function prepareApp(paths: AppPaths): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ rootDir: paths.rendererDir }));
  hardenSession(session.defaultSession);
  fitToPlatform(app, platform, app.isPackaged);
  installApplicationMenu(Menu, { platform, packaged: app.isPackaged, appName: app.name });
}

/** The stores and services behind everything: settings, reminders, statistics, login item. */
function createCore(dir: string) {
  // The self-test never registers (or reads) a login item: that is the user's.
  const loginItem = SELF_TEST
    ? { isEnabled: () => null, setEnabled: () => undefined, repair: () => undefined }
    : createLoginItem({
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
    preferredLanguages: () => app.getPreferredSystemLanguages(),
    pseudoLocale: process.env.UNSIT_PSEUDO_LOCALE === '1',
  });
}

type Services = ReturnType<typeof createServices>;

/** The windows and the user's commands, which open them and reach the reminder service. */
function createWindowsAndCommands(
  paths: AppPaths,
  services: Services,
  trayHelp: TrayHelp,
  updates: CurrentUpdates,
) {
  const { settings, reminders, statistics, language } = services;
  const windows = createWindowManager({
    createWindow: (options) => new BrowserWindow(options),
    preloadPath: paths.preloadPath,
    platform,
    devTools: !app.isPackaged,
    workArea: () => screen.getPrimaryDisplay().workArea,
    onClosed: (kind) => {
      if (kind !== 'routine') return;
      commands.routineWindowClosed();
      // A check held back while the routine played runs now.
      void updates()?.routineEnded();
    },
    onGone: (kind, reason) => logError(`the ${kind} window's page went away (${reason})`),
    wayland: runsOnWayland({
      platform,
      ozonePlatform: app.commandLine.getSwitchValue('ozone-platform'),
      env: process.env,
    }),
    homeHasTrayHelp: () => trayHelp.active(),
    homeHasHistoryNotice: () => statistics.notice() !== null,
    homeHasUpdate: () => {
      const service = updates();
      return service !== null && updateLine(language.translator().t, service.state()) !== null;
    },
  });
  const commands = createAppCommands({
    windows,
    reminders,
    holdCount: (kind) => planForBreak(settings.get(), kind).holdCount,
    now,
    quit: () => app.quit(),
    updates,
  });
  return { windows, commands };
}

type WindowsAndCommands = ReturnType<typeof createWindowsAndCommands>;

/** Where the user sees Unsit's state: reminders as notifications (or a window) and the tray. */
function createPresenters(
  paths: AppPaths,
  { reminders, settings, statistics, language }: Services,
  { windows, commands }: WindowsAndCommands,
  testHooks: TestHooks,
  updates: CurrentUpdates,
) {
  const reminderSettings = () => settings.get().reminders;
  const notifier = createReminderNotifier({
    Notification: testHooks.watchNotifications(Notification),
    platform,
    answers: commands,
    fallback: windows,
    style: () => reminderSettings().style,
    snoozeMinutes: () => reminderSettings().snoozeMinutes,
    translator: () => language.translator(),
  });
  // Counted for the self-test, which checks that the tray icon was made.
  let traysCreated = 0;
  class CountedTray extends Tray {
    constructor(...args: ConstructorParameters<typeof Tray>) {
      super(...args);
      traysCreated += 1;
    }
  }
  const tray = createTray({
    electron: { Tray: CountedTray, Menu: testHooks.watchMenu(Menu), nativeImage },
    iconDir: paths.trayIconDir,
    platform,
    commands,
    status: () => reminders.status(),
    now,
    translator: () => language.translator(),
    snoozeMinutes: () => reminderSettings().snoozeMinutes,
    today: () => statistics.today(),
    update: () => updates()?.state() ?? { kind: 'off' },
  });
  reminders.onStatus(() => tray.refresh());
  statistics.onRecorded(() => tray.refreshSoon());
  const stopPresenting = reminders.onReminder((prompt) => notifier.show(prompt));
  reminders.onReminderWithdrawn(() => notifier.withdraw());
  return { notifier, tray, stopPresenting, trayCreated: () => traysCreated > 0 };
}

/**
 * The update check (docs/decisions.md, "Updates"): installed copies only, never in the
 * self-test; null where this copy does not check. It shows its state in the tray, and the Unsit
 * window asks for it.
 */
function createUpdates(
  { settings }: Services,
  { windows }: WindowsAndCommands,
  { tray }: Pick<Presenters, 'tray'>,
): UpdateService | null {
  const appImage = ownAppImage(process.env, process.execPath);
  const updateKind = app.isPackaged && !SELF_TEST ? updatePlatform(platform, appImage) : null;
  if (!updateKind) return null;
  const version = app.getVersion();
  return createUpdateService({
    client: createFeedClient({
      feedUrl: feedUrl(updateKind.feedFile),
      fileUrl: releaseFileUrl,
      currentVersion: version,
      extension: updateKind.extension,
      downloadDir: join(app.getPath('temp'), 'unsit-updates'),
      fetch: (input, init) => net.fetch(input as string, init),
      userAgent: `Unsit/${version}`,
    }),
    installer:
      updateKind.selfUpdate &&
      createInstaller(updateKind.selfUpdate, {
        spawnDetached: (file, args) =>
          spawn(file, args, { detached: true, stdio: 'ignore' }).unref(),
        atQuit: (task) => app.on('will-quit', task),
        quit: () => app.quit(),
        replaceFile: (file, target) => {
          copyFileSync(file, `${target}.update`);
          chmodSync(`${target}.update`, 0o755);
          renameSync(`${target}.update`, target);
        },
        ...(appImage === null ? {} : { appImagePath: appImage }),
        onError: logError,
      }),
    releaseUrl: releasePageUrl,
    enabled: () => settings.get().general.checkForUpdates,
    routinePlaying: () => windows.isOpen('routine'),
    now,
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    onState: () => tray.refresh(),
    openExternal: (url) => void openExternalSafely(shell, url).catch(logError),
  });
}

type Presenters = ReturnType<typeof createPresenters>;

/** Asks for the CSV's path through the save dialog, over the window that asked. */
async function chooseExportFile(
  t: Translate,
  parent: unknown,
  suggestedName: string,
): Promise<string | null> {
  const options = {
    title: t('export.dialogTitle'),
    defaultPath: join(app.getPath('documents'), suggestedName),
    filters: [{ name: t('export.csvFilter'), extensions: ['csv'] }],
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
  updates: CurrentUpdates,
): { home: Home } {
  const { settings, reminders, statistics, language } = services;
  const home = createHome({
    status: () => reminders.status(),
    today: () => statistics.today(),
    now,
    translator: () => language.translator(),
    commands,
    trayHelp,
    historyNotice: () => statistics.notice(),
    update: () => updates()?.state() ?? { kind: 'off' },
  });
  const fanOut = settingsFanOut({
    language: followLanguage(language, windows),
    reminders,
    statistics,
    tray,
    syncLoginItem: (enabled) => services.syncLoginItem(enabled),
  });
  const api = createAppApi({
    settings,
    previewDay,
    currentBreak: () => commands.currentBreak(),
    routineReported: (result) => commands.routineReported(result),
    statistics: () => statistics.view(),
    home,
    historyExport: {
      csv: () => statistics.csv(),
      chooseFile: (parent, name) => chooseExportFile(language.translator().t, parent, name),
    },
    settingsApplied: (next) => {
      fanOut(next);
      // Turned on, the check runs (at most daily); turned off, the next one never comes.
      void updates()?.settingsChanged();
    },
    reminder: notifier,
    openDataFolder: () => shell.openPath(dir),
    busyDetection: () => services.busyDetection(),
    platform,
    now,
    language,
    fitReminder: (height) => windows.fitReminder(height),
  });
  registerIpcHandlers(ipcMain, createIpcHandlers(api, windows));
  return { home };
}

/**
 * What `--self-test` checks: the tray made, each window's page in a hidden window with the same
 * web preferences, and the stores read back through fresh ones from the same (temporary) folder.
 */
function selfTestDeps(
  paths: AppPaths,
  dir: string,
  { settings }: Services,
  { trayCreated }: Presenters,
  { home }: { home: Home },
): SelfTestDeps {
  return {
    createHiddenWindow: () => {
      const window = new BrowserWindow({
        show: false,
        webPreferences: secureWebPreferences(paths.preloadPath),
      });
      return {
        loadURL: (url) => window.loadURL(url),
        webContents: window.webContents,
        destroy: () => window.destroy(),
      };
    },
    pageUrl: (page) => `${APP_ORIGIN}/${page}.html`,
    csp: CONTENT_SECURITY_POLICY,
    trayCreated,
    homeView: () => home.view(),
    settings,
    settingsFromDisk: () => createSettingsStore({ dir, now, openStore }),
    history: createHistoryStore({ dir, now, openStore }),
    historyFromDisk: () => createHistoryStore({ dir, now, openStore }),
    now,
    setLimit: (ms, onLimit) => {
      const timer = setTimeout(onLimit, ms);
      return () => clearTimeout(timer);
    },
  };
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
  // Created last, once the tray it reports to exists; the steps before ask for it lazily.
  let updates: UpdateService | null = null;
  const currentUpdates: CurrentUpdates = () => updates;
  const windowsAndCommands = createWindowsAndCommands(paths, services, trayHelp, currentUpdates);
  const presenters = createPresenters(
    paths,
    services,
    windowsAndCommands,
    testHooks,
    currentUpdates,
  );
  updates = createUpdates(services, windowsAndCommands, presenters);
  const served = serveWindows(
    dir,
    services,
    windowsAndCommands,
    presenters,
    trayHelp,
    currentUpdates,
  );
  testHooks.install(globalThis, {
    notifier: presenters.notifier,
    dueReminder: (suggests) => {
      const current = settings.get();
      const { sittingMinutes } = current.reminders;
      return reminderPrompt(current, { kind: 'first', sittingMinutes, suggests });
    },
  });
  const { commands } = windowsAndCommands;
  const selfTest = selfTestDeps(paths, dir, services, presenters, served);
  if (SELF_TEST) return { commands, firstRun, trayHelp, selfTest };

  services.checkLoginItem();
  if (firstRun) completeFirstRun(settings, logError);
  reminders.start();
  void updates?.start();
  app.on('will-quit', () => updates?.stop());
  quitInOrder(app, {
    stopPresenting: presenters.stopPresenting,
    stopReminders: () => reminders.stop(),
    removeTray: () => presenters.tray.destroy(),
  });
  return { commands, firstRun, trayHelp, selfTest };
}

/** Runs the self-test on a data folder of its own, prints its lines and exits 0 or 1. */
function selfTestMain(): void {
  const dataDir = mkdtempSync(join(tmpdir(), 'unsit-self-test-'));
  app.setPath('userData', dataDir);
  registerAppScheme(protocol);
  applyChromiumSwitches(app.commandLine, platform);
  hardenApp(app);
  keepRunningWithoutWindows(app);
  app
    .whenReady()
    .then(() => runSelfTest(startApp().selfTest))
    .catch((error: unknown) => ({ ok: false, lines: [`FAILED start: ${String(error)}`] }))
    .then(({ ok, lines }) => {
      rmSync(dataDir, { recursive: true, force: true });
      // Written before exiting: on Windows a pipe is written asynchronously.
      process.stdout.write(`${lines.join('\n')}\n`, () => app.exit(ok ? 0 : 1));
    });
}

function main(): void {
  if (SELF_TEST) return selfTestMain();
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
      // The settings may be what failed: the system's language, without them.
      const { t } = systemTranslator(app.getPreferredSystemLanguages());
      dialog.showErrorBox(t('app.startFailed'), String(error));
      app.exit(1);
    });
}

main();
