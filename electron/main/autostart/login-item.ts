import * as nodeFs from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';
import { autostartDesktopEntry, entryIsActive, isOwnEntry } from './desktop-entry';

/** The slice of Electron's `app` used for login items on macOS and Windows. */
export interface LoginItemApp {
  setLoginItemSettings(settings: { openAtLogin: boolean; args?: string[] }): void;
  getLoginItemSettings(options?: { args?: string[] }): { openAtLogin: boolean };
}

export type AutostartFs = Pick<
  typeof nodeFs,
  'mkdirSync' | 'writeFileSync' | 'renameSync' | 'rmSync' | 'readFileSync' | 'existsSync'
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
}

export interface LoginItem {
  isEnabled(): boolean;
  /** Throws when the OS or the file system refuses. */
  setEnabled(enabled: boolean): void;
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
    isEnabled: () => app.getLoginItemSettings(args ? { args } : undefined).openAtLogin,
    setEnabled: (openAtLogin) =>
      app.setLoginItemSettings(args ? { openAtLogin, args } : { openAtLogin }),
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

function xdgLoginItem(path: string, execPath: string, fs: AutostartFs): LoginItem {
  return {
    isEnabled() {
      try {
        return entryIsActive(fs.readFileSync(path, 'utf8'));
      } catch {
        return false;
      }
    },
    setEnabled(enabled) {
      moveUsersEntryAside(path, fs);
      if (!enabled) {
        fs.rmSync(path, { force: true });
        return;
      }
      fs.mkdirSync(dirname(path), { recursive: true });
      const temporary = `${path}.${process.pid}.tmp`;
      try {
        fs.writeFileSync(temporary, autostartDesktopEntry(execPath), { mode: 0o644 });
        fs.renameSync(temporary, path);
      } finally {
        fs.rmSync(temporary, { force: true });
      }
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
}: LoginItemDeps): LoginItem {
  if (!packaged) return { isEnabled: () => false, setEnabled: () => undefined };
  if (platform === 'darwin' || platform === 'win32') return electronLoginItem(platform, app);
  return xdgLoginItem(autostartEntryPath(env), execPath, fs);
}
