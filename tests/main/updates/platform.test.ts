import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { ownAppImage } from '../../../electron/main/app-paths';
import {
  RELEASES_URL,
  createInstaller,
  feedUrl,
  releaseFileUrl,
  updatePlatform,
  type InstallerDeps,
} from '../../../electron/main/updates/platform';

function recording(appImagePath?: string) {
  const calls: string[] = [];
  const quitTasks: (() => void)[] = [];
  const deps: InstallerDeps = {
    spawnDetached: (file, args) => calls.push(`spawn ${[file, ...args].join(' ')}`),
    atQuit: (task) => quitTasks.push(task),
    quit: () => calls.push('quit'),
    replaceFile: (file, target) => calls.push(`replace ${target} with ${file}`),
    appImagePath,
    onError: (error) => calls.push(`error ${String(error)}`),
  };
  const quit = () => quitTasks.forEach((task) => task());
  return { deps, calls, quit, quitTasks };
}

describe('what each installed copy does about an update', () => {
  it('updates itself on Windows and as an AppImage; deb, rpm and macOS link to the release', () => {
    expect(updatePlatform('win32', null)).toEqual({
      feedFile: 'latest.yml',
      extension: '.exe',
      selfUpdate: 'nsis',
    });
    expect(updatePlatform('linux', '/home/me/Unsit-1.2.0.AppImage')?.selfUpdate).toBe('appimage');
    expect(updatePlatform('linux', null)).toEqual({
      feedFile: 'latest-linux.yml',
      extension: '.AppImage',
      selfUpdate: null,
    });
    expect(updatePlatform('darwin', null)).toEqual({
      feedFile: 'latest-mac.yml',
      extension: '.zip',
      selfUpdate: null,
    });
  });
});

describe('an AppImage update replaces only Unsit’s own AppImage', () => {
  it('updates the AppImage it runs from, found through its mount', () => {
    const own = { APPIMAGE: '/home/ada/Apps/Unsit.AppImage', APPDIR: '/tmp/.mount_UnsitX1' };
    const appImage = ownAppImage(own, '/tmp/.mount_UnsitX1/unsit');
    expect(appImage).toBe('/home/ada/Apps/Unsit.AppImage');
    expect(updatePlatform('linux', appImage)?.selfUpdate).toBe('appimage');
  });

  it('a deb install started from inside another AppImage never writes over that AppImage', () => {
    const terminal = { APPIMAGE: '/home/ada/Apps/Terminal.AppImage', APPDIR: '/tmp/.mount_TermX' };
    const appImage = ownAppImage(terminal, '/opt/Unsit/unsit');
    expect(appImage).toBeNull();
    expect(updatePlatform('linux', appImage)?.selfUpdate).toBeNull();
    // Without APPDIR nothing says the variable is ours either.
    const bare = { APPIMAGE: '/home/ada/Apps/Terminal.AppImage' };
    expect(updatePlatform('linux', ownAppImage(bare, '/opt/Unsit/unsit'))?.selfUpdate).toBeNull();
  });
});

describe('the install step', () => {
  it('runs the verified Windows installer silently, once, only when Unsit quits', () => {
    const r = recording();
    const installer = createInstaller('nsis', r.deps);
    installer.installOnQuit('C:\\tmp\\Unsit-Setup-1.3.0.exe');
    installer.installOnQuit('C:\\tmp\\Unsit-Setup-1.3.0.exe');
    expect(r.calls).toEqual([]);
    r.quit();
    expect(r.calls).toEqual(['spawn C:\\tmp\\Unsit-Setup-1.3.0.exe --updated /S']);
    expect(r.quitTasks).toHaveLength(1);
  });

  it('"Restart to update" quits, installs and starts the new version', () => {
    const r = recording();
    createInstaller('nsis', r.deps).restartNow('C:\\tmp\\Unsit-Setup-1.3.0.exe');
    expect(r.calls).toEqual(['quit']);
    r.quit();
    expect(r.calls.at(-1)).toBe('spawn C:\\tmp\\Unsit-Setup-1.3.0.exe --updated /S --force-run');
  });

  it('puts a new AppImage in place of the running one at quit, and starts it on a restart', () => {
    const r = recording('/home/me/Apps/Unsit.AppImage');
    createInstaller('appimage', r.deps).restartNow('/tmp/Unsit-1.3.0.AppImage');
    r.quit();
    expect(r.calls).toEqual([
      'quit',
      'replace /home/me/Apps/Unsit.AppImage with /tmp/Unsit-1.3.0.AppImage',
      'spawn /home/me/Apps/Unsit.AppImage',
    ]);
  });

  it('reports a failed install instead of throwing during quit', () => {
    const r = recording();
    r.deps.spawnDetached = () => {
      throw new Error('refused');
    };
    createInstaller('nsis', r.deps).installOnQuit('C:\\tmp\\x.exe');
    expect(() => r.quit()).not.toThrow();
    expect(r.calls).toEqual(['error Error: refused']);
  });
});

describe('where the update check looks', () => {
  it('is the GitHub releases electron-builder publishes to and package.json names', () => {
    const builder = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as {
      publish: { provider: string; owner: string; repo: string };
    };
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { repository: { url: string } };
    const { owner, repo } = builder.publish;
    expect(RELEASES_URL).toBe(`https://github.com/${owner}/${repo}/releases`);
    expect(pkg.repository.url).toContain(`github.com/${owner}/${repo}`);
    expect(feedUrl('latest.yml')).toBe(`${RELEASES_URL}/latest/download/latest.yml`);
    expect(releaseFileUrl('1.3.0', 'Unsit-Setup-1.3.0.exe')).toBe(
      `${RELEASES_URL}/download/v1.3.0/Unsit-Setup-1.3.0.exe`,
    );
  });
});
