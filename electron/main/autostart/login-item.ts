import * as nodeFs from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { writeTextAtomically } from '../storage/atomic-file';
import { autostartDesktopEntry, entryIsActive, entryIsStale, isOwnEntry } from './desktop-entry';

/** The slice of Electron's `app` used for login items on macOS and Windows. */
export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
  getLoginItemSettings(options?: { args?: string[] }): {
    openAtLogin: boolean;
    /** macOS 13+: 'enabled', 'requires-approval' (turned off in System Settings), ... */
    status?: string;
    /** Windows: false when the user disabled the entry in Task Manager's start-up apps. */
    executableWillLaunchAtLogin?: boolean;
  };
}

export type AutostartFs = Pick<
  typeof nodeFs,
  'renameSync' | 'rmSync' | 'readFileSync' | 'existsSync'
>;

export interface LoginItemDeps {
  platform: NodeJS.Platform;
  app: LoginItemApp;
  env: Record<string, string | undefined>;
  /** The program to start (see launchPath in ../app-paths.ts: an AppImage's own file). */
  execPath: string;
  /**
   * False when running from source (`electron .`): the OS would then start the bare Electron
   * binary at login (its default app, without Unsit), so nothing is registered. Default true.
   */
  packaged?: boolean;
  fs?: AutostartFs;
  /** Writes a file whole or not at all (storage/atomic-file.ts, the one home for that). */
  writeText?: (path: string, text: string) => void;
}

export interface LoginItem {
  /** What the system will do at login; null where this build registers nothing. */
  isEnabled(): boolean | null;
  /** Throws when the OS or the file system refuses. */
  setEnabled(enabled: boolean): void;
  /** Linux: rewrites Unsit's own active entry when it starts another program. Else nothing. */
  repair(): void;
}

/** Started at login, Unsit goes straight to the tray. */
export const HIDDEN_ARG = '--hidden';

/** Where the XDG autostart entry lives: $XDG_CONFIG_HOME/autostart, else ~/.config/autostart. */
export function autostartEntryPath(env: Record<string, string | undefined>): string {
  const configHome = env.XDG_CONFIG_HOME;
  // The XDG spec says a relative value is invalid and must be ignored.
  const base =
    configHome && isAbsolute(configHome) ? configHome : join(env.HOME || homedir(), '.config');
  return join(base, 'autostart', 'unsit.desktop');
}

function electronLoginItem(platform: NodeJS.Platform, app: LoginItemApp): LoginItem {
  // Windows matches the registry entry by its arguments, so both calls must name the same ones.
  const args = platform === 'win32' ? [HIDDEN_ARG] : undefined;
  return {
    isEnabled() {
      const item = app.getLoginItemSettings(args ? { args } : undefined);
      // macOS 13+ keeps an item the user turned off as registered, 'requires-approval'.
      if (platform === 'darwin' && item.status !== undefined) return item.status === 'enabled';
      return item.openAtLogin && item.executableWillLaunchAtLogin !== false;
    },
    setEnabled: (openAtLogin) =>
      app.setLoginItemSettings(args ? { openAtLogin, args } : { openAtLogin }),
    repair: () => undefined,
  };
}

/**
 * An entry Unsit did not write is the user's own: before Unsit removes or replaces it, it is
 * moved aside as unsit.desktop.user-N, a name the session does not start anything from.
 */
function moveUsersEntryAside(path: string, fs: AutostartFs): void {
  let content: string;
  try {
    content = fs.readFileSync(path, 'utf8');
  } catch {
    return;
  }
  if (isOwnEntry(content)) return;
  let attempt = 1;
  while (fs.existsSync(`${path}.user-${attempt}`)) attempt += 1;
  fs.renameSync(path, `${path}.user-${attempt}`);
}

function xdgLoginItem(
  path: string,
  execPath: string,
  fs: AutostartFs,
  writeText: (path: string, text: string) => void,
): LoginItem {
  const read = (): string | null => {
    try {
      return fs.readFileSync(path, 'utf8');
    } catch {
      return null;
    }
  };
  return {
    isEnabled() {
      const content = read();
      return content !== null && entryIsActive(content);
    },
    setEnabled(enabled) {
      moveUsersEntryAside(path, fs);
      if (!enabled) {
        fs.rmSync(path, { force: true });
        return;
      }
      writeText(path, autostartDesktopEntry(execPath));
    },
    repair() {
      const content = read();
      // Only Unsit's own entry, and never one the user switched off (Hidden=true).
      if (content === null || !isOwnEntry(content) || !entryIsActive(content)) return;
      if (entryIsStale(content, execPath)) writeText(path, autostartDesktopEntry(execPath));
    },
  };
}

/** Launch at login: Electron's login items on macOS and Windows, an XDG autostart entry on Linux. */
export function createLoginItem({
  platform,
  app,
  env,
  execPath,
  packaged = true,
  fs = nodeFs,
  writeText = writeTextAtomically,
}: LoginItemDeps): LoginItem {
  if (!packaged) {
    return { isEnabled: () => null, setEnabled: () => undefined, repair: () => undefined };
  }
  if (platform === 'darwin' || platform === 'win32') return electronLoginItem(platform, app);
  return xdgLoginItem(autostartEntryPath(env), execPath, fs, writeText);
}
