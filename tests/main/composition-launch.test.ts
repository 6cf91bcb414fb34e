import { HOME_SIZE } from '../../electron/main/windows';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/core/ipc/contract';
import { defaultSettings } from '../../electron/core/settings/schema';
import { createAppRunner, notBuilt, steps, type Run } from './stand-in-electron/run-app';

// How the built main process meets a launch: a second launch while it runs, a first start on
// a desktop with no tray, and a start while another instance holds the lock. Each test starts
// a child Node process against the stand-in Electron; the limits only stop a hung run.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const skipSuite = notBuilt('the built main process, launched');
const runner = createAppRunner();
const runApp = runner.run;
afterAll(runner.cleanUp);

describe.skipIf(skipSuite)('the built main process, launched', () => {
  describe('launched again without arguments', () => {
    let run: Run;
    beforeAll(() => {
      run = runApp([], {
        prepare(dirs) {
          mkdirSync(dirs.userData, { recursive: true });
          writeFileSync(join(dirs.userData, 'settings.json'), JSON.stringify(defaultSettings()));
        },
        scenario: [
          { secondInstance: ['/usr/bin/unsit'] },
          { invoke: CHANNELS.getHome, from: 'home' },
          { invoke: CHANNELS.getStatistics, from: 'home' },
          { invoke: CHANNELS.runHomeCommand, from: 'home', args: ['open-statistics'] },
          { invoke: CHANNELS.runHomeCommand, from: 'home', args: ['start-quick'] },
          { openWindows: true },
        ],
      });
    });

    it('opens the Unsit window in the running app, focused, and starts no routine', () => {
      expect(run.log.windows[0]?.urls).toEqual(['app://unsit/home.html']);
      expect(run.log.windows[0]?.shown).toBe('focused');
      const [home] = steps<{ result?: { status: string; today: string } }>(run, 'invoke');
      expect(home?.result?.status).toEqual(expect.any(String));
      expect(home?.result?.today).toMatch(/^Today: /);
    });

    it('lets the Unsit window ask for its view and run its commands, and nothing else', () => {
      const [, statistics, opened, quick] = steps<{ result?: unknown; error?: string }>(
        run,
        'invoke',
      );
      expect(statistics?.error).toMatch(/the home window may not call it/);
      expect(opened?.error).toBeUndefined();
      expect(quick?.error).toBeUndefined();
      expect(steps(run, 'openWindows')).toEqual([
        {
          openWindows: [
            'app://unsit/home.html',
            'app://unsit/statistics.html',
            'app://unsit/routine.html',
          ],
        },
      ]);
      // The quick stretch started from the window is the only routine of the run.
      const history = JSON.parse(readFileSync(join(run.userData, 'history.json'), 'utf8')) as {
        records: { type: string; kind?: string }[];
      };
      expect(history.records.filter((record) => record.type === 'started')).toEqual([
        expect.objectContaining({ kind: 'quick' }),
      ]);
    });
  });

  describe('on GNOME, where no program hosts tray icons', () => {
    /**
     * A GNOME session whose bus has no StatusNotifierWatcher: a `gdbus` first on the PATH
     * answers as the bus would (the real probe is tested in tray-help.test.ts).
     */
    const gnomeWithoutTray = (dirs: { home: string }) => {
      const bin = join(dirs.home, 'bin');
      mkdirSync(bin, { recursive: true });
      writeFileSync(join(bin, 'gdbus'), "#!/bin/sh\necho '(false,)'\n");
      chmodSync(join(bin, 'gdbus'), 0o755);
      return {
        XDG_CURRENT_DESKTOP: 'ubuntu:GNOME',
        PATH: `${bin}:${process.env.PATH ?? ''}`,
      };
    };
    let first: Run;
    beforeAll(() => {
      first = runApp([], {
        prepare: gnomeWithoutTray,
        scenario: [
          { waitForWindow: 'home' },
          { invoke: CHANNELS.getHome, from: 'home' },
          { openWindows: true },
        ],
      });
    });

    it('welcomes a first start with the settings and the Unsit window, which explains the tray', () => {
      expect(steps(first, 'waitForWindow')).toEqual([
        { waitForWindow: 'home', found: true, shown: 'focused' },
      ]);
      expect(steps(first, 'openWindows')).toEqual([
        { openWindows: ['app://unsit/settings.html', 'app://unsit/home.html'] },
      ]);
      const [home] = steps<{ result?: { trayHelp: boolean } }>(first, 'invoke');
      expect(home?.result?.trayHelp).toBe(true);
      const homeWindow = first.log.windows[1];
      expect(homeWindow?.options.height).toBeGreaterThan(HOME_SIZE.height);
    });

    it('remembers that the note was shown, and opens nothing by itself next time', () => {
      const notes = JSON.parse(readFileSync(join(first.userData, 'notes.json'), 'utf8')) as {
        shown: Record<string, string>;
      };
      expect(notes.shown['tray-help']).toEqual(expect.any(String));
      const again = runApp([], {
        prepare(dirs) {
          cpSync(first.userData, dirs.userData, { recursive: true });
          return gnomeWithoutTray(dirs);
        },
        scenario: [{ openWindows: true }],
      });
      expect(again.log.windows).toEqual([]);
    });

    it('shows no note when started at login; the next start that is not will', () => {
      const atLogin = runApp(['--hidden'], {
        prepare(dirs) {
          mkdirSync(dirs.userData, { recursive: true });
          writeFileSync(join(dirs.userData, 'settings.json'), JSON.stringify(defaultSettings()));
          return gnomeWithoutTray(dirs);
        },
      });
      expect(atLogin.log.windows).toEqual([]);
      expect(existsSync(join(atLogin.userData, 'notes.json'))).toBe(false);
    });
  });

  it('quits at once, with no tray or window, when another instance already runs', () => {
    const { log, userData } = runApp(['--start-routine'], {
      env: { UNSIT_STANDIN_LOCK: 'held' },
    });
    expect(log.trays).toEqual([]);
    expect(log.windows).toEqual([]);
    expect(log.ipcChannels).toEqual([]);
    expect(existsSync(userData) ? readdirSync(userData) : []).toEqual([]);
  });
});
