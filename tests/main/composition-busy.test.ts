import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { MINUTE_MS } from '../../electron/core/time/units';
import { freshTimerState, TimerStateSchema } from '../../electron/core/schedule/timer-state';
import { WEEKDAYS, defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { createTimerStateStore } from '../../electron/main/storage';
import { dconfDb } from './busy/fakes';
import { createAppRunner, notBuilt, steps, type Run } from './stand-in-electron/run-app';
import { openConf } from './storage/helpers';

// Holding a reminder through a call and Do Not Disturb, in the built main process on a virtual
// clock. The busy state reaches the app the way it would on a Linux desktop: a call through
// `pactl` on the PATH (a recording stream, as PipeWire reports one), Do Not Disturb through
// GNOME's dconf database in the person's config folder. Nothing calls the core directly.
const skipSuite = notBuilt('busy holds in the built main process');
const runner = createAppRunner();
vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });
afterAll(runner.cleanUp);

/** Monday 7 December 2026 at `h:m`, local time (the app runs in the same zone). */
const monday = (h: number, m = 0) => new Date(2026, 11, 7, h, m).getTime();

/** Working 09:00 to 17:00 every day; only the sources named are turned on. */
function busySettings(
  style: Settings['reminders']['style'],
  on: Partial<Settings['busy']>,
): Settings {
  const settings = defaultSettings();
  for (const day of WEEKDAYS) {
    settings.workingHours[day] = { enabled: true, ranges: [{ from: '09:00', to: '17:00' }] };
  }
  settings.reminders.style = style;
  settings.busy = { ...settings.busy, call: false, fullscreen: false, dnd: false, ...on };
  return settings;
}

/** A recording stream of another app (a browser in a call), as `pactl list source-outputs`. */
const RECORDING = `Source Output #87
\tDriver: PipeWire
\tCorked: no
\tProperties:
\t\tapplication.name = "Firefox"
\t\tapplication.process.id = "3012"
`;

interface Desk {
  /** The file whose content the fake pactl prints. */
  pactlAnswer: string;
  start: number;
}

/**
 * The app's data folder with the settings and a timer at the sitting limit as of `start`, and
 * a `pactl` first on the PATH that prints whatever the answer file holds.
 */
function desk(settings: Settings, start: number, recording: boolean, env: Record<string, string>) {
  const desk: Desk = { pactlAnswer: '', start };
  const prepare = ({ home, userData }: { home: string; userData: string }) => {
    const state = freshTimerState(settings, start);
    state.sittingMs = settings.reminders.sittingMinutes * MINUTE_MS;
    const parsed = TimerStateSchema.safeParse(state);
    if (!parsed.success) throw new Error(`seeded timer state is invalid: ${parsed.error.message}`);
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'settings.json'), JSON.stringify(settings));
    createTimerStateStore({ dir: userData, openStore: openConf }).save(state);
    const bin = join(home, 'bin');
    mkdirSync(bin);
    desk.pactlAnswer = join(home, PACTL_ANSWER);
    writeFileSync(desk.pactlAnswer, recording ? RECORDING : '');
    writeFileSync(join(bin, 'pactl'), `#!/bin/sh\ncat "${desk.pactlAnswer}"\n`);
    chmodSync(join(bin, 'pactl'), 0o755);
    return {
      PATH: `${bin}${delimiter}${process.env.PATH ?? ''}`,
      UNSIT_STANDIN_CLOCK: String(start),
      // No display and no session bus: nothing of this machine's desktop is seen.
      DISPLAY: '',
      DBUS_SESSION_BUS_ADDRESS: '',
      ...env,
    };
  };
  return { desk, prepare };
}

interface TrayStep {
  tooltip: string | null;
  labels: string[];
}
const trayText = (step: TrayStep | undefined) => [step?.tooltip ?? '', ...(step?.labels ?? [])];

/** The fake pactl's answer, in the run's home folder: a scenario step rewrites it. */
const PACTL_ANSWER = 'pactl-answer';
const callEnds = { writeFile: `~/${PACTL_ANSWER}`, content: '' };
const linuxOnly = process.platform !== 'linux';

describe.skipIf(skipSuite || linuxOnly)('busy holds in the built main process (Linux)', () => {
  describe('a call across the moment a reminder falls due, ending inside working hours', () => {
    const start = monday(10);
    const callEnded = start + 5 * MINUTE_MS;
    let run: Run;
    beforeAll(() => {
      const settings = busySettings('notification', { call: true });
      const { prepare } = desk(settings, start, true, {});
      run = runner.run([], {
        prepare,
        scenario: [
          { advance: 5 * MINUTE_MS },
          { tray: true },
          { openWindows: true },
          callEnds,
          { advance: 90_000 },
          { tray: true },
        ],
      });
    });

    it('holds the reminder: no notification, no window, and the tray says it waits for the call', () => {
      const [during] = steps<TrayStep>(run, 'tray');
      expect(trayText(during).join('\n')).toContain('Waiting for your call to end');
      expect(run.log.notifications.filter((n) => n.at < callEnded)).toEqual([]);
      expect(steps(run, 'openWindows')).toEqual([{ openWindows: [] }]);
    });

    it('offers the catch-up reminder within 60 seconds of the call ending, worded for it', () => {
      expect(run.log.notifications).toHaveLength(1);
      const [shown] = run.log.notifications;
      expect(shown!.title).toMatch(/^Your call has ended: stand up for \d+ minutes?\?$/);
      expect(shown!.at - callEnded).toBeGreaterThanOrEqual(0);
      expect(shown!.at - callEnded).toBeLessThanOrEqual(60_000);
      expect(shown!.silent).not.toBe(true);
      expect(run.log.windows).toEqual([]);
      const [, after] = steps<TrayStep>(run, 'tray');
      expect(trayText(after).join('\n')).not.toContain('Waiting for');
    });
  });

  describe('a call running past the end of working hours', () => {
    const start = monday(16, 50);
    let run: Run;
    beforeAll(() => {
      const settings = busySettings('notification', { call: true });
      run = runner.run([], {
        prepare: desk(settings, start, true, {}).prepare,
        scenario: [
          { advance: 5 * MINUTE_MS },
          { tray: true },
          { advance: 15 * MINUTE_MS }, // 17:10: the call goes on after the working day
          callEnds,
          { advance: 20 * MINUTE_MS },
          { tray: true },
        ],
      });
    });

    it('holds the reminder while the call lasts, then shows nothing once the day is over', () => {
      const [during, after] = steps<TrayStep>(run, 'tray');
      expect(trayText(during).join('\n')).toContain('Waiting for your call to end');
      expect(run.log.notifications).toEqual([]);
      expect(run.log.windows).toEqual([]);
      expect(trayText(after).join('\n')).not.toContain('Waiting for');
    });
  });

  describe('Do Not Disturb past its limit, with the reminder window chosen', () => {
    const start = monday(10);
    const limitMinutes = 15;
    let run: Run;
    beforeAll(() => {
      const settings = busySettings('window', { dnd: true, dndLimitMinutes: limitMinutes });
      const { prepare } = desk(settings, start, false, { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME' });
      run = runner.run([], {
        prepare: (dirs) => {
          const env = prepare(dirs);
          // GNOME keeps Do Not Disturb as show-banners = false in the person's dconf database.
          mkdirSync(join(dirs.home, '.config', 'dconf'), { recursive: true });
          writeFileSync(
            join(dirs.home, '.config', 'dconf', 'user'),
            dconfDb({ showBanners: false }),
          );
          return env;
        },
        scenario: [
          { advance: (limitMinutes - 1) * MINUTE_MS },
          { tray: true },
          { openWindows: true },
          { advance: 2 * MINUTE_MS },
          { openWindows: true },
        ],
      });
    });

    it('holds the reminder until the limit, saying it waits for Do Not Disturb', () => {
      const [during] = steps<TrayStep>(run, 'tray');
      expect(trayText(during).join('\n')).toContain('Waiting for Do Not Disturb to end');
      expect(run.log.notifications.filter((n) => n.at < start + limitMinutes * MINUTE_MS)).toEqual(
        [],
      );
    });

    it('then shows it as a silent notification, and never the window', () => {
      expect(run.log.notifications).toHaveLength(1);
      const [shown] = run.log.notifications;
      expect(shown!.silent).toBe(true);
      expect(shown!.at).toBeGreaterThanOrEqual(start + limitMinutes * MINUTE_MS);
      expect(shown!.at).toBeLessThanOrEqual(start + (limitMinutes + 1) * MINUTE_MS);
      // GNOME with no tray host here: the Unsit window explains the missing tray icon. No
      // window ever shows the reminder.
      const pages = run.log.windows.flatMap((w) => w.urls);
      expect(pages.filter((url) => !url.endsWith('/home.html'))).toEqual([]);
    });
  });
});
