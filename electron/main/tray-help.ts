import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { HintsStore } from './storage';

/**
 * GNOME shows no tray icons unless an extension hosts them (AppIndicator, which Ubuntu ships
 * turned on). Electron cannot tell whether its icon is visible, so Unsit decides by a rule
 * (docs/decisions.md, "No tray on GNOME"): on a GNOME desktop where no StatusNotifierWatcher
 * answers on the session bus, the Unsit window opens once with a note on how to get a tray icon,
 * and says that launching Unsit again always opens it.
 */

/** The D-Bus name every host of tray icons (StatusNotifierItem) owns. */
export const STATUS_NOTIFIER_WATCHER = 'org.kde.StatusNotifierWatcher';

export type WatcherPresence = 'present' | 'absent' | 'unknown';

/** A GNOME session: XDG_CURRENT_DESKTOP is a colon-separated list, such as "ubuntu:GNOME". */
export function isGnomeDesktop(env: Record<string, string | undefined>): boolean {
  return (env.XDG_CURRENT_DESKTOP ?? '')
    .split(':')
    .some((name) => name.trim().toUpperCase() === 'GNOME');
}

export interface TrayHelpContext {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The note was shown before, on this account. */
  alreadyShown: boolean;
  /**
   * Started at login (`--hidden`): the shell's extensions may not have registered yet, and a
   * window popping up at login is not the place to explain this. The next start decides.
   */
  atLogin: boolean;
}

/** Whether this start may need the note at all; only then is the session bus asked. */
export function trayHelpCandidate({ platform, env, alreadyShown, atLogin }: TrayHelpContext) {
  return platform === 'linux' && !alreadyShown && !atLogin && isGnomeDesktop(env);
}

/**
 * The note is needed unless a StatusNotifierWatcher is known to run: when the bus cannot be
 * asked, a GNOME desktop is taken to have no tray, since showing the note once costs little and
 * a missing way in costs the app.
 */
export function trayHelpNeeded(candidate: boolean, watcher: WatcherPresence): boolean {
  return candidate && watcher !== 'present';
}

export type RunFile = (
  file: string,
  args: readonly string[],
  options: { timeout: number },
) => Promise<{ stdout: string }>;

const runFile: RunFile = async (file, args, options) => {
  const { stdout } = await promisify(execFile)(file, [...args], { ...options, encoding: 'utf8' });
  return { stdout };
};

/**
 * Asks the session bus whether a StatusNotifierWatcher runs, through `gdbus` (GLib's, which
 * every GNOME desktop has), so Unsit needs no native D-Bus module. Answers 'unknown' when gdbus
 * is missing, fails or takes more than two seconds.
 */
export function probeStatusNotifierWatcher(run: RunFile = runFile): Promise<WatcherPresence> {
  return probeBusName(STATUS_NOTIFIER_WATCHER, run);
}

/** Whether some program owns `name` on the session bus (the probe above, for any name). */
export async function probeBusName(name: string, run: RunFile = runFile): Promise<WatcherPresence> {
  try {
    const { stdout } = await run(
      'gdbus',
      [
        'call',
        '--session',
        '--dest',
        'org.freedesktop.DBus',
        '--object-path',
        '/org/freedesktop/DBus',
        '--method',
        'org.freedesktop.DBus.NameHasOwner',
        name,
      ],
      { timeout: 2000 },
    );
    // gdbus prints the reply as a tuple: "(true,)" or "(false,)".
    if (/^\(\s*true\b/.test(stdout.trim())) return 'present';
    if (/^\(\s*false\b/.test(stdout.trim())) return 'absent';
    return 'unknown';
  } catch {
    return 'unknown';
  }
}

export interface TrayHelp {
  /** Decides once, at start-up: true when the Unsit window should open now with the note. */
  decide(): Promise<boolean>;
  /** The note belongs in the Unsit window (for the rest of this run, once decided). */
  active(): boolean;
  /** The window received the note: it counts as shown from now on. */
  delivered(): void;
}

export interface TrayHelpDeps extends Omit<TrayHelpContext, 'alreadyShown'> {
  hints: HintsStore;
  probe?: () => Promise<WatcherPresence>;
}

export function createTrayHelp(deps: TrayHelpDeps): TrayHelp {
  let active = false;
  return {
    async decide() {
      const candidate = trayHelpCandidate({
        ...deps,
        alreadyShown: deps.hints.wasShown('tray-help'),
      });
      if (!candidate) return false;
      const watcher = await (deps.probe ?? probeStatusNotifierWatcher)();
      active = trayHelpNeeded(candidate, watcher);
      return active;
    },
    active: () => active,
    delivered() {
      if (active && !deps.hints.wasShown('tray-help')) deps.hints.markShown('tray-help');
    },
  };
}
