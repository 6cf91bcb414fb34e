import type { UpdateInstallerPort } from './update-service';

/**
 * What each kind of installed copy does about an update (README, "Updates"):
 * - Windows (NSIS): downloads the new installer and runs it silently when Unsit quits.
 * - Linux AppImage: downloads the new AppImage and puts it in place of the running one at quit.
 * - deb, rpm, macOS: cannot replace themselves here (a package manager owns /opt/Unsit; a Mac
 *   app needs a signed build to update itself), so Unsit only says a version exists and links to
 *   its release.
 * Builds run from source never check.
 */
export interface UpdatePlatform {
  /** The feed electron-builder writes for this system. */
  feedFile: 'latest.yml' | 'latest-linux.yml' | 'latest-mac.yml';
  /** The file an update comes in. */
  extension: '.exe' | '.AppImage' | '.zip';
  selfUpdate: 'nsis' | 'appimage' | null;
}

/** `appImage`: the AppImage file this copy runs from (ownAppImage in ../app-paths.ts), or null. */
export function updatePlatform(
  platform: NodeJS.Platform,
  appImage: string | null,
): UpdatePlatform | null {
  if (platform === 'win32')
    return { feedFile: 'latest.yml', extension: '.exe', selfUpdate: 'nsis' };
  if (platform === 'darwin')
    return { feedFile: 'latest-mac.yml', extension: '.zip', selfUpdate: null };
  if (platform === 'linux') {
    return {
      feedFile: 'latest-linux.yml',
      extension: '.AppImage',
      selfUpdate: appImage === null ? null : 'appimage',
    };
  }
  return null;
}

export interface InstallerDeps {
  /** Starts a program detached from Unsit, so it outlives it. */
  spawnDetached(file: string, args: string[]): void;
  /** Runs `task` as Unsit quits (will-quit). */
  atQuit(task: () => void): void;
  quit(): void;
  /** AppImage: puts `file` in place of `target`, executable, atomically. */
  replaceFile(file: string, target: string): void;
  /** The AppImage file this copy runs from (ownAppImage). */
  appImagePath?: string;
  onError(error: unknown): void;
}

/**
 * The install step for a file the update service has downloaded and verified. The NSIS
 * installer's `--updated` keeps the login entry (build/installer.nsh) and `/S` shows nothing;
 * `--force-run` starts the new version afterwards.
 */
export function createInstaller(
  kind: 'nsis' | 'appimage',
  deps: InstallerDeps,
): UpdateInstallerPort {
  let pending: string | null = null;
  let restart = false;
  let armed = false;
  const install = () => {
    if (!pending) return;
    try {
      if (kind === 'nsis') {
        deps.spawnDetached(pending, ['--updated', '/S', ...(restart ? ['--force-run'] : [])]);
      } else if (deps.appImagePath) {
        deps.replaceFile(pending, deps.appImagePath);
        if (restart) deps.spawnDetached(deps.appImagePath, []);
      }
    } catch (error) {
      deps.onError(error);
    }
    pending = null;
  };
  return {
    installOnQuit(file) {
      pending = file;
      if (!armed) deps.atQuit(install);
      armed = true;
    },
    restartNow(file) {
      pending = file;
      restart = true;
      if (!armed) deps.atQuit(install);
      armed = true;
      deps.quit();
    },
  };
}

/** The project's GitHub releases (electron-builder.yml's `publish`, package.json's repository). */
export const RELEASES_URL = 'https://github.com/unsit-app/unsit/releases';

/**
 * `releases/latest` is the newest release that is neither a draft nor a prerelease, so a
 * prerelease never reaches a stable copy even before the feed's version is read.
 */
export const feedUrl = (file: UpdatePlatform['feedFile']) =>
  `${RELEASES_URL}/latest/download/${file}`;
export const releaseFileUrl = (version: string, file: string) =>
  `${RELEASES_URL}/download/v${version}/${encodeURIComponent(file)}`;
export const releasePageUrl = (version: string) => `${RELEASES_URL}/tag/v${version}`;
