import { HIDDEN_ARG } from './autostart/login-item';

/**
 * One Unsit at a time. A second launch hands its request to the running instance and quits:
 * launching Unsit again opens the Unsit window there (the way in where no tray icon shows), and
 * `unsit --start-routine` starts the routine, so users can bind the command to a keyboard
 * shortcut. `--hidden` is what the login item passes.
 */

export const START_ROUTINE_ARG = '--start-routine';
export const SETTINGS_ARG = '--settings';
export { HIDDEN_ARG };

/** What a launch asks for. */
export type LaunchRequest = 'start-routine' | 'open-settings' | 'open-home' | 'tray-only';

const LAUNCH_REQUESTS: readonly LaunchRequest[] = [
  'start-routine',
  'open-settings',
  'open-home',
  'tray-only',
];

/**
 * For the first instance. Without arguments: the tray only, except on the very first start
 * (nothing saved yet), which opens the settings so the user sees where Unsit lives and can set
 * their working hours. A start at login (`--hidden`) always stays in the tray.
 */
export function firstLaunchRequest(
  argv: readonly string[],
  { firstRun = false }: { firstRun?: boolean } = {},
): LaunchRequest {
  if (argv.includes(START_ROUTINE_ARG)) return 'start-routine';
  if (argv.includes(SETTINGS_ARG)) return 'open-settings';
  if (firstRun && !argv.includes(HIDDEN_ARG)) return 'open-settings';
  return 'tray-only';
}

/**
 * For a second launch: the user started Unsit while it already runs (from the applications
 * menu, say), which opens the Unsit window, unless it asked for the routine or the settings, or
 * it is the login item starting a second copy (`--hidden`).
 */
export function secondLaunchRequest(argv: readonly string[]): LaunchRequest {
  if (argv.includes(START_ROUTINE_ARG)) return 'start-routine';
  if (argv.includes(SETTINGS_ARG)) return 'open-settings';
  if (argv.includes(HIDDEN_ARG)) return 'tray-only';
  return 'open-home';
}

interface LaunchData {
  request: LaunchRequest;
}

function isLaunchData(value: unknown): value is LaunchData {
  if (typeof value !== 'object' || value === null) return false;
  const request = (value as { request?: unknown }).request;
  return LAUNCH_REQUESTS.some((known) => known === request);
}

/** The parts of Electron's `app` used here. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(additionalData?: Record<string, unknown>): boolean;
  on(
    event: 'second-instance',
    listener: (event: unknown, argv: string[], workingDirectory: string, data: unknown) => void,
  ): unknown;
  quit(): void;
}

/** The parts of Electron's `app` that report a re-launch on macOS. */
export interface RelaunchApp {
  on(event: 'activate', listener: () => void): unknown;
  isReady(): boolean;
}

/**
 * Claims the single-instance lock. Returns false (and quits) when another instance holds it;
 * otherwise calls `onLaunch` for every later launch, with what that launch asked for.
 */
export function claimSingleInstance(
  app: SingleInstanceApp,
  argv: readonly string[],
  onLaunch: (request: LaunchRequest) => void,
): boolean {
  const data: LaunchData = { request: secondLaunchRequest(argv) };
  if (!app.requestSingleInstanceLock({ ...data })) {
    app.quit();
    return false;
  }
  app.on('second-instance', (_event, otherArgv, _cwd, otherData) => {
    // The data is what the other instance parsed; argv is the fallback (Chromium may add flags).
    onLaunch(isLaunchData(otherData) ? otherData.request : secondLaunchRequest(otherArgv));
  });
  return true;
}

/**
 * On macOS, opening Unsit again from Finder, Launchpad or Spotlight starts no second process
 * (so no 'second-instance'): the system asks the running one to reopen, which Electron reports
 * as 'activate'. Unsit has no Dock icon, so that event means a re-launch: it opens the Unsit
 * window, as a second launch does elsewhere, and never a routine. One reported before the app
 * is ready cannot be a re-launch of a running Unsit, and is left to the launch itself.
 */
export function watchMacRelaunch(
  app: RelaunchApp,
  platform: NodeJS.Platform,
  onLaunch: (request: LaunchRequest) => void,
): void {
  if (platform !== 'darwin') return;
  app.on('activate', () => {
    if (app.isReady()) onLaunch(secondLaunchRequest([]));
  });
}
