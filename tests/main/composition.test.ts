import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import yaml from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/core/ipc/contract';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/csp';
import { defaultSettings } from '../../electron/core/settings/schema';
import { localIso } from '../../electron/core/time/local-iso';
import {
  BUILT,
  createAppRunner,
  notBuilt,
  labels,
  steps,
  type FetchStep,
  type Run,
} from './stand-in-electron/run-app';

// The whole main process, run in a child Node process against a stand-in Electron.
// Each test starts a child Node process, which takes seconds on a loaded machine: the limits
// are generous because they only stop a hung run, and no test measures how long it took.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const skipSuite = notBuilt('the built main process');
const runner = createAppRunner();
const runApp = runner.run;
afterAll(runner.cleanUp);

describe.skipIf(skipSuite)('the built main process, wired together', () => {
  describe('started with --start-routine', () => {
    let run: Run;
    beforeAll(() => {
      run = runApp(['--start-routine'], {
        scenario: [
          { fetch: 'app://unsit/routine.html' },
          // Escaped slashes survive URL parsing; decoded they would climb out of out/renderer.
          { fetch: 'app://unsit/..%2fmain%2findex.js' },
          { fetch: 'app://unsit/..%2f..%2fpackage.json' },
          { navigate: 'https://example.com/' },
          { request: 'https://example.com/track.js' },
          { request: 'app://unsit/routine.html' },
          { permission: 'media' },
        ],
      });
    });

    it('opens exactly one window, the routine page, and shows it', () => {
      expect(run.log.windows).toHaveLength(1);
      const [window] = run.log.windows;
      expect(window?.urls).toEqual(['app://unsit/routine.html']);
      expect(window?.shown).toBe('focused');
    });

    it('locks the window down: isolated, sandboxed, no Node, the built preload', () => {
      const prefs = run.log.windows[0]?.options.webPreferences ?? {};
      expect(prefs).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
      });
      expect(prefs.preload).toBe(resolve('out/preload/index.cjs'));
      expect(existsSync(String(prefs.preload))).toBe(true);
      expect(run.log.sandboxEnabled).toBe(true);
    });

    it('puts an icon with a tooltip and a menu in the tray', () => {
      expect(run.log.trays).toHaveLength(1);
      const [tray] = run.log.trays;
      expect(tray?.image).toMatch(/\.png$/);
      expect(existsSync(String(tray?.image))).toBe(true);
      expect(tray?.tooltip?.trim()).not.toBe('');
      expect(labels(tray?.menu ?? []).length).toBeGreaterThan(3);
    });

    it('serves the routine page over app:// with the content security policy', () => {
      const [page] = steps<FetchStep>(run, 'fetch');
      expect(page?.status).toBe(200);
      expect(page?.headers['content-type']).toMatch(/^text\/html/);
      expect(page?.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
      expect(page?.body).toBe(readFileSync(resolve('out/renderer/routine.html'), 'utf8'));
    });

    it('refuses to serve files outside the renderer folder', () => {
      expect(existsSync(BUILT) && existsSync(resolve('package.json'))).toBe(true);
      const [, mainBundle, packageJson] = steps<FetchStep>(run, 'fetch');
      expect(mainBundle?.status).toBe(404);
      expect(packageJson?.status).toBe(404);
      expect(mainBundle?.body).not.toContain('import');
    });

    it('keeps pages from navigating, opening windows, reaching the network or permissions', () => {
      const [navigation] = steps<{ windows: { prevented: boolean; windowOpen: string }[] }>(
        run,
        'navigate',
      );
      expect(navigation?.windows).toEqual([{ prevented: true, windowOpen: 'deny' }]);
      expect(steps(run, 'request')).toEqual([
        { request: 'https://example.com/track.js', cancel: true },
        { request: 'app://unsit/routine.html', cancel: false },
      ]);
      expect(steps(run, 'permission')).toEqual([
        { permission: 'media', granted: false, checked: false },
      ]);
    });

    it('registers app:// as privileged before ready, and one IPC handler per API method', () => {
      expect(run.log.privilegedSchemes.map((s) => s.scheme)).toEqual(['app']);
      expect(run.log.protocolSchemes).toEqual(['app']);
      expect(run.log.sessionHardened).toBe(true);
      expect([...run.log.ipcChannels].sort()).toEqual(Object.values(CHANNELS).sort());
    });

    it('on quit closes the window, removes the tray and records the routine cut short', () => {
      expect(run.log.appEvents).toEqual(expect.arrayContaining(['before-quit', 'will-quit']));
      expect(run.log.windows[0]?.closed).toBe(true);
      expect(run.log.trays[0]?.destroyed).toBe(true);
      const history = JSON.parse(readFileSync(join(run.userData, 'history.json'), 'utf8')) as {
        records: { type: string }[];
      };
      expect(history.records.map((record) => record.type)).toEqual(['started', 'ended-early']);
      expect(existsSync(join(run.userData, 'timer-state.json'))).toBe(true);
    });
  });

  describe('with a history, from the tray', () => {
    let run: Run;
    beforeAll(() => {
      run = runApp([], {
        prepare(dirs) {
          mkdirSync(dirs.userData, { recursive: true });
          writeFileSync(join(dirs.userData, 'settings.json'), JSON.stringify(defaultSettings()));
          const at = localIso(Date.now() - 1000);
          const records = [{ at, type: 'stood-up', sittingMinutes: 50 }];
          writeFileSync(
            join(dirs.userData, 'history.json'),
            JSON.stringify({ version: 2, records }),
          );
        },
        scenario: [
          { trayClick: 'Statistics…' },
          { invoke: CHANNELS.getStatistics, from: 'statistics' },
          { invoke: CHANNELS.getSettings, from: 'statistics' },
        ],
      });
    });

    it("counts today's breaks in the tray and opens the statistics window from it", () => {
      const items = labels(run.log.trays[0]?.menu ?? []);
      expect(items).toContain('Today: 1 of 1 break');
      expect(steps(run, 'trayClick')).toEqual([{ trayClick: 'Statistics…', found: true }]);
      expect(run.log.windows[0]?.urls).toEqual(['app://unsit/statistics.html']);
    });

    it('answers the statistics window with the figures, and nothing else', () => {
      const [statistics, settings] = steps<{
        result?: { today: { taken: number } };
        error?: string;
      }>(run, 'invoke');
      expect(statistics?.result?.today.taken).toBe(1);
      expect(settings?.error).toMatch(/the statistics window may not call it/);
    });
  });

  describe('started without arguments', () => {
    let run: Run;
    const saved = defaultSettings();
    saved.reminders.sittingMinutes = 45;
    beforeAll(() => {
      run = runApp([], {
        scenario: [
          { trayClick: 'Settings…' },
          { invoke: CHANNELS.saveSettings, from: 'settings', args: [saved] },
          { secondInstance: ['/usr/bin/unsit', '--start-routine'] },
        ],
      });
    });

    it('welcomes a first start with the settings window and saves the defaults once', () => {
      const first = runApp([]);
      expect(first.log.trays).toHaveLength(1);
      expect(first.log.windows.map((window) => window.urls)).toEqual([
        ['app://unsit/settings.html'],
      ]);
      expect(existsSync(join(first.userData, 'settings.json'))).toBe(true);
    });

    it('goes to the tray only once settings exist: no window opens by itself', () => {
      const quiet = runApp([], {
        prepare(dirs) {
          mkdirSync(dirs.userData, { recursive: true });
          writeFileSync(join(dirs.userData, 'settings.json'), JSON.stringify(defaultSettings()));
        },
      }).log;
      expect(quiet.trays).toHaveLength(1);
      expect(quiet.windows).toEqual([]);
    });

    it("opens the settings window from the tray's Settings item", () => {
      expect(steps(run, 'trayClick')).toEqual([{ trayClick: 'Settings…', found: true }]);
      expect(run.log.windows[0]?.urls).toEqual(['app://unsit/settings.html']);
      expect(run.log.windows[0]?.shown).toBe('focused');
    });

    it('writes settings.json once the settings window saves, with the change', () => {
      const [save] = steps<{ result?: { ok: boolean }; error?: string }>(run, 'invoke');
      expect(save?.error).toBeUndefined();
      expect(save?.result?.ok).toBe(true);
      const file = JSON.parse(readFileSync(join(run.userData, 'settings.json'), 'utf8')) as {
        reminders: { sittingMinutes: number };
      };
      expect(file.reminders.sittingMinutes).toBe(45);
    });

    it('opens the routine window when Unsit is launched again with --start-routine', () => {
      expect(run.log.windows.map((window) => window.urls)).toEqual([
        ['app://unsit/settings.html'],
        ['app://unsit/routine.html'],
      ]);
      expect(run.log.windows[1]?.shown).toBe('focused');
    });
  });

  it('when packaged, finds its tray icons in resources and never writes a login item the system lacks', () => {
    const builder = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as {
      extraResources: { from: string; to: string }[];
    };
    const trayIcons = builder.extraResources.find((entry) => entry.from === 'build/tray');
    expect(trayIcons).toBeDefined();
    const settings = defaultSettings();
    settings.general.launchAtLogin = true;
    let resources = '';
    let home = '';
    const { log, userData } = runApp([], {
      prepare(dirs) {
        // What electron-builder puts beside app.asar, and the settings a user saved earlier.
        home = dirs.home;
        resources = join(home, 'resources');
        cpSync(resolve(trayIcons?.from ?? ''), join(resources, trayIcons?.to ?? ''), {
          recursive: true,
        });
        mkdirSync(dirs.userData, { recursive: true });
        writeFileSync(join(dirs.userData, 'settings.json'), JSON.stringify(settings));
        return { UNSIT_STANDIN_RESOURCES: resources };
      },
    });
    expect(log.trays[0]?.image?.startsWith(resources)).toBe(true);
    expect(existsSync(String(log.trays[0]?.image))).toBe(true);
    // Saved as on, but the system has no login item (removed outside Unsit): Unsit writes it
    // only when the user changes the setting, and the setting now says what the system does.
    expect(existsSync(join(home, '.config/autostart/unsit.desktop'))).toBe(false);
    expect(log.loginItem).toBeNull();
    const saved = JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8')) as {
      general: { launchAtLogin: boolean };
    };
    expect(saved.general.launchAtLogin).toBe(false);
  });
});
