import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { skipBecause } from '../../skip';

/**
 * Runs the built main process (out/main/index.js) as a whole in a child Node process, with
 * 'electron' mapped to this folder's stand-in by a module hook. The stand-in records what the
 * app did, plays the steps a test asks for once the app is ready, quits the app, and leaves a
 * JSON log (see report.mjs and scenario.mjs).
 */

export const BUILT = resolve('out/main/index.js');
/**
 * For `describe.skipIf`: true when the main process has not been built, saying on the console
 * which suite skips and why.
 */
export function notBuilt(suite: string): boolean {
  return skipBecause(!existsSync(BUILT), `${suite}: ${BUILT} is missing (npm run build)`);
}

const HOOK = new URL('./register.mjs', import.meta.url).href;

export interface WindowLog {
  options: { webPreferences: Record<string, unknown> } & Record<string, unknown>;
  urls: string[];
  shown: 'focused' | 'inactive' | null;
  /** Where the app put the window, or null where it left that to the system. */
  position: [number, number] | null;
  closed: boolean;
  guarded: boolean;
}

export interface MenuItemLog {
  type: string;
  label: string | null;
  role: string | null;
  enabled: boolean;
  submenu?: MenuItemLog[];
}

export interface NotificationLog {
  title: string | null;
  body: string | null;
  actions: { type: string; text?: string }[] | null;
  /** Whether it asked to make no sound (a Do Not Disturb hold past its limit). */
  silent: boolean | null;
  /** When it was created, by the app's clock (virtual under $UNSIT_STANDIN_CLOCK). */
  at: number;
  /** 'never' keeps a Windows toast on screen until it is answered; null when not given. */
  timeoutType: 'default' | 'never' | null;
  shown: boolean;
  closed: boolean;
}

export interface StandInLog {
  exitCode: number;
  ready: boolean;
  appEvents: string[];
  switches: string[][];
  sandboxEnabled: boolean;
  loginItem: { openAtLogin: boolean } | null;
  privilegedSchemes: { scheme: string; privileges: Record<string, boolean> }[];
  protocolSchemes: string[];
  sessionHardened: boolean;
  windows: WindowLog[];
  trays: {
    image: string | null;
    tooltip: string | null;
    menu: MenuItemLog[];
    destroyed: boolean;
  }[];
  notifications: NotificationLog[];
  /** 'default' when the app never set one (Electron would show its own, with DevTools). */
  applicationMenu: MenuItemLog[] | null | 'default';
  /** The names of the end-to-end test hooks on the app's global object, or null. */
  testHooks: string[] | null;
  ipcChannels: string[];
  errorBoxes: { title: string; content: string }[];
  steps: Record<string, unknown>[];
  /** Every URL the app asked Electron's net.fetch for (the stand-in answers none). */
  netRequests: string[];
}

export interface FetchStep {
  status: number | null;
  headers: Record<string, string>;
  body: string;
}

export interface Run {
  log: StandInLog;
  userData: string;
  stderr: string;
}

export interface RunOptions {
  scenario?: object[];
  env?: Record<string, string>;
  /** Electron's real behaviours this run plays (tests/main/stand-in-electron/behaviours.mjs). */
  real?: string[];
  /** What the app may print on stderr in this run (an error it reports); nothing else may. */
  stderr?: RegExp;
  /** Runs before the app starts, e.g. to put files in its data folder; may add variables. */
  prepare?: (dirs: { home: string; userData: string }) => Record<string, string> | void;
}

/**
 * The variables that say which desktop runs: a run gets none of the machine's, so every run
 * behaves the same wherever the tests run; a test passes the ones it plays.
 */
const DESKTOP_VARIABLES = ['XDG_CURRENT_DESKTOP', 'XDG_SESSION_TYPE', 'WAYLAND_DISPLAY'];

function environmentWithoutDesktop(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of DESKTOP_VARIABLES) delete env[name];
  return env;
}

/** Starts the app with these arguments, plays `scenario` once it is ready, and quits it. */
function runApp(
  tempDirs: string[],
  args: string[],
  { scenario = [], env = {}, prepare, real = [], stderr: allowed }: RunOptions = {},
): Run {
  const home = mkdtempSync(join(tmpdir(), 'unsit-composition-'));
  tempDirs.push(home);
  const userData = join(home, 'userData');
  const prepared = prepare?.({ home, userData }) ?? {};
  const logPath = join(home, 'stand-in.json');
  const child = spawnSync(process.execPath, ['--import', HOOK, BUILT, ...args], {
    encoding: 'utf8',
    timeout: 60_000, // only stops a hung app; a loaded machine starts it slowly
    env: {
      ...environmentWithoutDesktop(),
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      UNSIT_STANDIN_LOG: logPath,
      UNSIT_STANDIN_USER_DATA: userData,
      UNSIT_STANDIN_SCENARIO: JSON.stringify(scenario),
      UNSIT_STANDIN_REAL: real.join(','),
      ...env,
      ...prepared,
    },
  });
  const log = existsSync(logPath)
    ? (JSON.parse(readFileSync(logPath, 'utf8')) as StandInLog)
    : null;
  const stderrOk = child.stderr === '' || (allowed?.test(child.stderr) ?? false);
  if (child.status !== 0 || !stderrOk || !log || log.errorBoxes.length > 0) {
    throw new Error(
      `the app did not start and quit cleanly (status ${child.status}, signal ${child.signal})\n` +
        `stderr:\n${child.stderr}\nerror boxes: ${JSON.stringify(log?.errorBoxes)}`,
    );
  }
  return { log, userData, stderr: child.stderr };
}

export const steps = <T>(run: Run, key: string) =>
  run.log.steps.filter((step) => key in step) as unknown as T[];

export function labels(items: MenuItemLog[]): string[] {
  return items.flatMap((item) => [item.label ?? '', ...labels(item.submenu ?? [])]);
}

/** A runner whose temporary folders `cleanUp` removes. */
export function createAppRunner() {
  const tempDirs: string[] = [];
  return {
    run: (args: string[], options?: RunOptions) => runApp(tempDirs, args, options),
    runUntilExit: (
      args: string[],
      env?: Record<string, string>,
      prepare?: (home: string) => void,
    ) => runUntilExit(tempDirs, args, env, prepare),
    cleanUp: () => tempDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })),
  };
}

export interface ExitedRun {
  status: number | null;
  stdout: string;
  stderr: string;
  home: string;
  log: StandInLog & { userDataPath: string | null };
}

/**
 * Starts the app with these arguments and lets it end by itself (as `--self-test` does), with
 * no scenario and whatever exit status it chooses. Its HOME is a temporary folder.
 */
export function runUntilExit(
  tempDirs: string[],
  args: string[],
  env: Record<string, string> = {},
  prepare?: (home: string) => void,
): ExitedRun {
  const home = mkdtempSync(join(tmpdir(), 'unsit-exit-'));
  tempDirs.push(home);
  prepare?.(home);
  const logPath = join(home, 'stand-in.json');
  const child = spawnSync(process.execPath, ['--import', HOOK, BUILT, ...args], {
    encoding: 'utf8',
    timeout: 60_000, // only stops a hung app
    env: {
      ...environmentWithoutDesktop(),
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      APPDATA: join(home, 'AppData'),
      UNSIT_STANDIN_LOG: logPath,
      UNSIT_STANDIN_USER_DATA: join(home, '.config', 'Unsit'),
      UNSIT_STANDIN_SELF_EXIT: '1',
      ...env,
    },
  });
  const log = JSON.parse(readFileSync(logPath, 'utf8')) as ExitedRun['log'];
  return { status: child.status, stdout: child.stdout, stderr: child.stderr, home, log };
}
