import { isAbsolute, join, relative, resolve } from 'node:path';

export interface AppPathsOptions {
  /** The build output folder (out/), holding main/, preload/ and renderer/. */
  outDir: string;
  /** True in an installed app (Electron's app.isPackaged). */
  packaged: boolean;
  /** The installed app's resources folder (process.resourcesPath), beside app.asar. */
  resourcesPath: string;
}

export interface AppPaths {
  /** The built pages, served over app://. */
  rendererDir: string;
  preloadPath: string;
  /** Folder of tray-<state>.png; see electron-builder.yml's extraResources. */
  trayIconDir: string;
}

/** Where the app's own files are, in an installed app and in a development build alike. */
export function appPaths({ outDir, packaged, resourcesPath }: AppPathsOptions): AppPaths {
  return {
    rendererDir: join(outDir, 'renderer'),
    preloadPath: join(outDir, 'preload', 'index.cjs'),
    // Installed, the icons are copied beside app.asar; a development build runs from out/,
    // next to the sources in build/.
    trayIconDir: packaged ? join(resourcesPath, 'tray') : join(outDir, '..', 'build', 'tray'),
  };
}

/**
 * The AppImage file this copy of Unsit runs from, or null when it is not one. An AppImage runs
 * from a new mount point each time and names its own file in $APPIMAGE. That variable is
 * believed only when this executable lies inside the AppImage's mount ($APPDIR): a program
 * started from inside another AppImage (a terminal or launcher packaged that way) inherits that
 * one's variables, and an installed Unsit must neither write someone else's AppImage into its
 * login entry nor replace that file with an update.
 */
export function ownAppImage(
  env: Readonly<Record<string, string | undefined>>,
  execPath: string,
): string | null {
  const { APPIMAGE: image, APPDIR: mount } = env;
  if (!image || !mount) return null;
  const inside = relative(resolve(mount), resolve(execPath));
  return inside !== '' && !inside.startsWith('..') && !isAbsolute(inside) ? image : null;
}

/** The program a login item starts: an AppImage's own file, not its passing mount point. */
export function launchPath(env: Readonly<Record<string, string | undefined>>, execPath: string) {
  return ownAppImage(env, execPath) ?? execPath;
}
