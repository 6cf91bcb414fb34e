import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/core/ipc/contract';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { autostartDesktopEntry } from '../../electron/main/autostart';
import { TEST_HOOKS_ENV } from '../../electron/main/test-hooks';
import { createAppRunner, notBuilt, steps, type RunOptions } from './stand-in-electron/run-app';
import { alwaysWorkingSettings, seeded } from './stand-in-electron/seed';

// The built main process against the stand-in Electron with one of Electron's real, less kind
// behaviours switched on (tests/main/stand-in-electron/behaviours.mjs names the source of each).
// Each test here failed on the code before the fix it guards.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const skipSuite = notBuilt('the built main process against real Electron behaviours');
const runner = createAppRunner();
afterAll(runner.cleanUp);

/** Settings saved earlier, so the first-run settings window stays shut. */
const returningUser =
  (extra: Record<string, string> = {}): RunOptions['prepare'] =>
  ({ userData }) => {
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'settings.json'), JSON.stringify(defaultSettings()));
    return extra;
  };

interface WaitStep {
  waitForWindow: string;
  found: boolean;
}

describe.skipIf(skipSuite)('the built main process where Electron is less kind', () => {
  it.runIf(process.platform === 'linux')(
    'shows the routine window on Wayland, where ready-to-show never comes',
    () => {
      const run = runner.run(['--start-routine'], {
        real: ['no-ready-to-show'],
        prepare: returningUser(),
        scenario: [{ waitForWindow: 'routine', within: 5_000 }],
      });
      expect(steps<WaitStep>(run, 'waitForWindow')).toEqual([
        expect.objectContaining({ found: true }),
      ]);
      expect(run.log.windows.map((w) => w.shown)).toEqual(['focused']);
    },
  );

  it('shows a reminder that comes right after the last one was answered, though Electron closes windows late', () => {
    const run = runner.run([], {
      real: ['async-close'],
      prepare: seeded(alwaysWorkingSettings('window'), { [TEST_HOOKS_ENV]: '1' }),
      scenario: [
        { waitForWindow: 'reminder' },
        { invoke: CHANNELS.answerReminder, from: 'reminder', args: ['snooze'] },
        // The next reminder, before the answered one's window has finished closing.
        { hook: 'fireReminder' },
        { closesFinish: true },
        { waitForWindow: 'reminder', within: 5_000 },
      ],
    });
    expect(steps(run, 'closesFinish')).toEqual([{ closesFinish: 1 }]);
    const waits = steps<WaitStep>(run, 'waitForWindow');
    expect(waits.map((step) => step.found)).toEqual([true, true]);
    // A fresh window, not the one on its way out.
    expect(run.log.windows).toHaveLength(2);
    expect(run.log.windows[1]?.closed).toBe(false);
  });

  it('closes a window whose page crashed, says so, and opens a fresh one when asked', () => {
    const run = runner.run(['--start-routine'], {
      prepare: returningUser(),
      stderr: /the routine window's page went away \(oom\)/,
      scenario: [
        { waitForWindow: 'routine' },
        { crash: 'routine', reason: 'oom' },
        { openWindows: true },
        { trayClick: 'Full routine' },
        { waitForWindow: 'routine', within: 5_000 },
      ],
    });
    expect(steps(run, 'openWindows')).toEqual([{ openWindows: [] }]);
    expect(run.log.windows).toHaveLength(2);
    expect(run.log.windows[0]?.closed).toBe(true);
    expect(steps<WaitStep>(run, 'waitForWindow').map((s) => s.found)).toEqual([true, true]);
    expect(run.stderr).toMatch(/oom/);
  });
});

/** "HH:MM" of a minute of the day, clamped to the day. */
const clock = (minute: number) => {
  const m = Math.min(Math.max(minute, 0), 24 * 60);
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
};

/** The minute of the day it is now in `zone`. */
function minuteIn(zone: string): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date());
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return get('hour') * 60 + get('minute');
}

describe.skipIf(skipSuite)('a change of the system time zone', () => {
  // 26 hours apart: the hours that hold "now" in one zone are two hours off in the other.
  const FROM = 'Pacific/Kiritimati';
  const TO = 'Etc/GMT+12';

  it('moves working hours with it, though the main process never sees TZ change', () => {
    const settings = defaultSettings();
    const now = minuteIn(TO);
    // Working hours around "now" in the new zone, every day; in the old zone it is two hours later.
    for (const day of Object.keys(
      settings.workingHours,
    ) as (keyof typeof settings.workingHours)[]) {
      settings.workingHours[day] = {
        enabled: true,
        ranges: [{ from: clock(now - 30), to: clock(now + 60) }],
      };
    }
    const run = runner.run([], {
      real: ['zone-cached'],
      env: { TZ: FROM },
      prepare: ({ userData }) => {
        mkdirSync(userData, { recursive: true });
        writeFileSync(join(userData, 'settings.json'), JSON.stringify(settings));
      },
      // The laptop sleeps, flies, and wakes where the system has set the new zone.
      scenario: [{ power: 'suspend' }, { systemZone: TO }, { power: 'resume' }],
    });
    expect(run.log.trays[0]?.tooltip).toMatch(/^Next stretch in/);
  });
});

interface NotificationStep {
  notification: string;
  found: boolean;
}

describe.skipIf(skipSuite || process.platform !== 'linux')(
  'idle readings on Linux, where Electron gives no lock event and its idle time may stick at 0',
  () => {
    it('takes a locked screen for an absence: no reminder goes out to an empty desk', () => {
      const run = runner.run([], {
        real: ['screen-locked'],
        prepare: seeded(alwaysWorkingSettings('notification')),
        scenario: [{ notification: 'wait', within: 3_000 }],
      });
      expect(steps<NotificationStep>(run, 'notification')).toEqual([
        expect.objectContaining({ found: false }),
      ]);
      expect(run.log.notifications).toEqual([]);
      expect(run.log.trays[0]?.tooltip).toBe('Away from the computer');
    });

    it("reads the desktop's own idle time on Wayland, where Electron's reads 0", () => {
      const run = runner.run([], {
        real: ['idle-stuck-at-zero'],
        env: {
          XDG_SESSION_TYPE: 'wayland',
          PATH: `${resolve('tests/main/fixtures/fake-gdbus')}${delimiter}${process.env.PATH ?? ''}`,
          UNSIT_FAKE_IDLE_MS: '60000',
        },
        prepare: seeded(alwaysWorkingSettings('notification')),
        // A minute without input: the reminder need not wait for a pause in typing.
        scenario: [{ notification: 'wait', within: 5_000 }],
      });
      expect(steps<NotificationStep>(run, 'notification')).toEqual([
        expect.objectContaining({ found: true }),
      ]);
    });
  },
);

describe.skipIf(skipSuite)('a login item the user turned off outside Unsit', () => {
  /** An installed Unsit whose settings say "launch at login". */
  const installedWithLoginOn =
    (before: (home: string) => void = () => undefined): RunOptions['prepare'] =>
    ({ home, userData }) => {
      const settings = defaultSettings();
      settings.general.launchAtLogin = true;
      mkdirSync(userData, { recursive: true });
      writeFileSync(join(userData, 'settings.json'), JSON.stringify(settings));
      const resources = join(home, 'resources');
      cpSync(resolve('build/tray'), join(resources, 'tray'), { recursive: true });
      before(home);
      return { UNSIT_STANDIN_RESOURCES: resources };
    };
  const savedSetting = (userData: string) =>
    (JSON.parse(readFileSync(join(userData, 'settings.json'), 'utf8')) as Settings).general
      .launchAtLogin;

  it.runIf(process.platform === 'linux')(
    'stays off on Linux (Hidden=true), and the setting says off',
    () => {
      let entry = '';
      let written = '';
      const run = runner.run([], {
        prepare: installedWithLoginOn((home) => {
          const folder = join(home, '.config', 'autostart');
          mkdirSync(folder, { recursive: true });
          entry = join(folder, 'unsit.desktop');
          written = `${autostartDesktopEntry(process.execPath)}Hidden=true\n`;
          writeFileSync(entry, written);
        }),
      });
      expect(readFileSync(entry, 'utf8')).toBe(written);
      expect(savedSetting(run.userData)).toBe(false);
    },
  );

  it.runIf(process.platform === 'darwin' || process.platform === 'win32')(
    'stays off on macOS and Windows, and the setting says off',
    () => {
      const run = runner.run([], {
        real: ['login-item-off-by-user'],
        prepare: installedWithLoginOn(),
      });
      expect(run.log.loginItem).toBeNull();
      expect(savedSetting(run.userData)).toBe(false);
    },
  );
});

describe.skipIf(skipSuite)('a notification the system fails to show', () => {
  it('hands the reminder to the reminder window when the failure comes late', () => {
    const run = runner.run([], {
      real: ['notification-fails-late'],
      prepare: seeded(alwaysWorkingSettings('notification')),
      scenario: [{ waitForWindow: 'reminder', within: 5_000 }],
    });
    expect(run.log.notifications).toHaveLength(1);
    expect(steps<WaitStep>(run, 'waitForWindow').map((s) => s.found)).toEqual([true]);
  });
});
