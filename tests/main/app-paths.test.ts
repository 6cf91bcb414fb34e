import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appPaths, launchPath } from '../../electron/main/app-paths';

const OUT_DIR = resolve('out');

describe("where the app's files are", () => {
  it('in a development build: the icons in build/tray beside out/', () => {
    const paths = appPaths({ outDir: OUT_DIR, packaged: false, resourcesPath: '/unused' });
    expect(paths.trayIconDir).toBe(resolve('build/tray'));
    expect(existsSync(join(paths.trayIconDir, 'tray-counting.png'))).toBe(true);
    expect(paths.preloadPath).toBe(join(OUT_DIR, 'preload', 'index.cjs'));
    expect(paths.rendererDir).toBe(join(OUT_DIR, 'renderer'));
  });

  it('installed: the icons in the resources folder beside app.asar', () => {
    const resources = '/opt/Unsit/resources';
    const paths = appPaths({
      outDir: `${resources}/app.asar/out`,
      packaged: true,
      resourcesPath: resources,
    });
    expect(paths.trayIconDir).toBe(join(resources, 'tray'));
  });

  it('starts an AppImage at login by its file, not by its passing mount point', () => {
    const mounted = '/tmp/.mount_UnsitX1/unsit';
    const image = { APPIMAGE: '/home/ada/Apps/Unsit.AppImage', APPDIR: '/tmp/.mount_UnsitX1' };
    expect(launchPath(image, mounted)).toBe('/home/ada/Apps/Unsit.AppImage');
    expect(launchPath({}, '/usr/bin/unsit')).toBe('/usr/bin/unsit');
  });

  it("never takes another AppImage's file for Unsit (started from inside one, or without APPDIR)", () => {
    const otherImage = {
      APPIMAGE: '/home/ada/Apps/Terminal.AppImage',
      APPDIR: '/tmp/.mount_TermX',
    };
    expect(launchPath(otherImage, '/usr/lib/unsit/unsit')).toBe('/usr/lib/unsit/unsit');
    // A mount whose name only begins like Unsit's folder is another folder.
    expect(launchPath(otherImage, '/tmp/.mount_TermX2/unsit')).toBe('/tmp/.mount_TermX2/unsit');
    expect(launchPath({ APPIMAGE: '/home/ada/Apps/Terminal.AppImage' }, '/usr/bin/unsit')).toBe(
      '/usr/bin/unsit',
    );
  });
});
