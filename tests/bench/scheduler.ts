import { performance } from 'node:perf_hooks';
import FakeTimers from '@sinonjs/fake-timers';
import { defaultSettings } from '../../electron/core/settings/schema';
import { createBusyMonitor } from '../../electron/main/busy/monitor';
import type { PowerEvent, PowerMonitorLike } from '../../electron/main/power/power-events';
import { createReminderService } from '../../electron/main/reminders/reminder-service';
import { createTray, type TrayElectron } from '../../electron/main/tray';
import type { CommandRunner } from '../../electron/main/commands';
import { simulatedPerson } from '../../electron/simulate/simulated-person';
import type { Figure } from './table';
import { english } from '../english';

/** The tray's commands, none of which the bench ever presses: it counts wake-ups only. */
const NO_COMMANDS: CommandRunner = {
  startBreak: () => undefined,
  stoodUp: () => undefined,
  snooze: () => undefined,
  skipNext: () => undefined,
  pause: () => undefined,
  resume: () => undefined,
  startMeeting: () => undefined,
  endMeeting: () => undefined,
  openStatistics: () => undefined,
  openSettings: () => undefined,
  restartToUpdate: () => undefined,
  openReleasePage: () => undefined,
  quit: () => undefined,
};

const MIN = 60_000;
const HOUR = 60 * MIN;

/**
 * A machine whose user types without a pause except during `idleFrom..idleTo`: every reminder
 * waits the longest for a pause in input, with a check every 10 s.
 */
function quietMachine(idle: { from: number; to: number } | null): PowerMonitorLike {
  return {
    on: (_event: PowerEvent, _listener: () => void) => undefined,
    removeListener: () => undefined,
    getSystemIdleTime() {
      const now = Date.now();
      return idle && now >= idle.from && now < idle.to ? Math.floor((now - idle.from) / 1000) : 0;
    },
  };
}

function memoryStores() {
  let saved: unknown = null;
  return {
    timerStore: { load: () => saved, save: (s: unknown) => void (saved = s) },
    history: { append: () => undefined },
  };
}

/** Electron's tray, menu and images, as far as the tray adapter touches them: nothing happens. */
const quietTray: TrayElectron = {
  Tray: class {
    setImage() {}
    setToolTip() {}
    setContextMenu() {}
    popUpContextMenu() {}
    on() {
      return this;
    }
    destroy() {}
  },
  Menu: { buildFromTemplate: (template) => template },
  nativeImage: {
    createFromPath: () => ({ setTemplateImage() {} }) as unknown as Electron.NativeImage,
  },
};

/**
 * Runs the real reminder service (core + node-schedule) on a virtual clock through one
 * default working day (Mon 09:00-17:00) and counts how often it wakes the process, per hour.
 * The user sits at the desk all morning and is away (idle) from 13:00 to 14:00. When breaks
 * fall due they are either typing (each reminder waits 2 min for a pause in input, read every
 * 10 s) or pause for a moment (each reminder shows at once). With `linuxTray`, the tray adapter
 * runs beside it as on Linux, where it refreshes the tooltip's countdown by a timer.
 */
function wakeupsPerHour(
  whenDue: 'typing' | 'pausing',
  { linuxTray = false }: { linuxTray?: boolean } = {},
): {
  desk: number;
  away: number;
  offHours: number;
  day: number;
} {
  const day = new Date(2026, 10, 30); // a Monday
  const at = (h: number, m = 0) =>
    new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m).getTime();
  const clock = FakeTimers.install({ now: at(0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  // Count every timer callback that runs, whoever armed it: each is one wake-up of the process.
  let fires = 0;
  const fakeSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    fakeSetTimeout(() => {
      fires++;
      fn(...args);
    }, ms)) as typeof setTimeout;
  try {
    const away = { start: at(13), end: at(14) };
    const person = simulatedPerson({ absences: () => [away] });
    const service = createReminderService({
      clock: { now: () => Date.now() },
      settings: defaultSettings(),
      power:
        whenDue === 'typing' ? quietMachine({ from: away.start, to: away.end }) : person.monitor,
      ...memoryStores(),
    });
    person.watch(service);
    service.start();
    const tray = linuxTray
      ? createTray({
          electron: quietTray,
          iconDir: '/icons',
          platform: 'linux',
          commands: NO_COMMANDS,
          status: () => service.status(),
          now: () => Date.now(),
          snoozeMinutes: () => 10,
          translator: () => english,
          today: () => ({ taken: 0, occasions: 0, goal: 4 }),
        })
      : null;
    if (tray) service.onStatus(() => tray.refresh());
    const count = () => fires;
    const hourly: number[] = [];
    for (let h = 0; h < 24; h++) {
      const before = count();
      clock.tick(HOUR);
      hourly.push(count() - before);
    }
    service.stop();
    tray?.destroy();
    const desk = Math.max(...hourly.slice(9, 13));
    const offHours = Math.max(...hourly.slice(0, 8), ...hourly.slice(18, 24));
    return { desk, away: hourly[13]!, offHours, day: hourly.reduce((a, b) => a + b, 0) };
  } finally {
    globalThis.setTimeout = fakeSetTimeout;
    clock.uninstall();
  }
}

/**
 * A working day with a call from 09:30 to 12:30: the first reminder falls due at 10:00, inside
 * the call, and is held until it ends. The real busy monitor drives a detector that sees the
 * call (as the camera's would), so the count takes in both the process's timer wake-ups and
 * every probe the monitor makes. The person types throughout (each wait for a pause in input
 * reads idle every 10 s); with `linuxTray`, the tray's tooltip refresh runs beside it.
 */
async function heldByCall({ linuxTray = false }: { linuxTray?: boolean } = {}): Promise<{
  wakeups: number;
  probes: number;
  heldAllHour: boolean;
}> {
  const day = new Date(2026, 10, 30); // a Monday
  const at = (h: number, m = 0) =>
    new Date(day.getFullYear(), day.getMonth(), day.getDate(), h, m).getTime();
  const clock = FakeTimers.install({ now: at(0), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  // The instants the process wakes: a timer's callback runs, or a probe starts. A probe that
  // runs in the wake-up of the timer that asked for it is the same wake-up, not a second one.
  const wakes = new Set<number>();
  const fakeSetTimeout = globalThis.setTimeout;
  globalThis.setTimeout = ((fn: (...a: unknown[]) => void, ms?: number, ...args: unknown[]) =>
    fakeSetTimeout(() => {
      wakes.add(Date.now());
      fn(...args);
    }, ms)) as typeof setTimeout;
  try {
    const call = { from: at(9, 30), to: at(12, 30) };
    let probes = 0;
    const settings = defaultSettings();
    const busy = createBusyMonitor({
      detectors: [
        {
          reason: 'call',
          source: 'camera in use',
          supported: async () => true,
          probe: async () => {
            probes++;
            wakes.add(Date.now());
            return Date.now() >= call.from && Date.now() < call.to;
          },
        },
      ],
      settings: () => settings.busy,
    });
    const service = createReminderService({
      clock: { now: () => Date.now() },
      settings,
      power: quietMachine(null),
      ...memoryStores(),
      busy,
    });
    service.start();
    const tray = linuxTray ? createQuietTray(() => service.status()) : null;
    if (tray) service.onStatus(() => tray.refresh());
    // Each hour from 10:00 to 12:00 holds the reminder from start to end.
    await clock.tickAsync(at(10) - Date.now());
    const hourly: { wakeups: number; probes: number; held: boolean }[] = [];
    for (let h = 10; h < 12; h++) {
      const before = { wakes: wakes.size, probes };
      await clock.tickAsync(HOUR);
      hourly.push({
        wakeups: wakes.size - before.wakes,
        probes: probes - before.probes,
        held: service.status().heldBy === 'call',
      });
    }
    service.stop();
    busy.stop();
    tray?.destroy();
    return {
      wakeups: Math.max(...hourly.map((x) => x.wakeups)),
      probes: Math.max(...hourly.map((x) => x.probes)),
      heldAllHour: hourly.every((x) => x.held),
    };
  } finally {
    globalThis.setTimeout = fakeSetTimeout;
    clock.uninstall();
  }
}

/** The Linux tray adapter with Electron's parts doing nothing, refreshed from `status`. */
function createQuietTray(
  status: () => ReturnType<ReturnType<typeof createReminderService>['status']>,
) {
  return createTray({
    electron: quietTray,
    iconDir: '/icons',
    platform: 'linux',
    commands: NO_COMMANDS,
    status,
    now: () => Date.now(),
    translator: () => english,
    snoozeMinutes: () => 10,
    today: () => ({ taken: 0, occasions: 0, goal: 4 }),
  });
}

/** `npm run bench`'s figures while a call holds a reminder. */
export async function heldByCallFigures(): Promise<Figure[]> {
  const plain = await heldByCall();
  const linux = await heldByCall({ linuxTray: true });
  if (!plain.heldAllHour || !linux.heldAllHour) {
    throw new Error('bench: the call did not hold the reminder through the hours measured');
  }
  return [
    {
      name: 'wake-ups per hour while a call holds a reminder',
      value: plain.wakeups,
      unit: 'wake-ups',
      budget: 60,
      note: `timer wake-ups, each probe in the wake-up that asked for it (${plain.probes} probes)`,
    },
    {
      name: 'wake-ups per hour while a call holds a reminder, Linux tray',
      value: linux.wakeups,
      unit: 'wake-ups',
      budget: 60,
      note: 'with the tooltip refresh',
    },
    {
      name: 'detector probes per hour while a call holds a reminder',
      value: plain.probes,
      unit: 'probes',
      budget: 60,
      note: 'at most one a minute',
    },
  ];
}

/** Creating the service, restoring its state and arming the first job, as at app start. */
function startupMs(): number {
  const runs: number[] = [];
  for (let i = 0; i < 25; i++) {
    const t0 = performance.now();
    const service = createReminderService({
      clock: { now: () => Date.now() },
      settings: defaultSettings(),
      power: quietMachine(null),
      ...memoryStores(),
    });
    service.start();
    service.status();
    runs.push(performance.now() - t0);
    service.stop();
  }
  runs.sort((a, b) => a - b);
  return runs[Math.floor(runs.length / 2)]!;
}

export function schedulerFigures(): Figure[] {
  const w = wakeupsPerHour('typing');
  const pausing = wakeupsPerHour('pausing');
  const linux = wakeupsPerHour('typing', { linuxTray: true });
  const linuxPausing = wakeupsPerHour('pausing', { linuxTray: true });
  return [
    {
      name: 'timer wake-ups per hour, user at the desk typing when breaks fall due',
      value: w.desk,
      unit: 'wake-ups',
      budget: 60,
      note: 'a 1 s tick would be 3,600',
    },
    {
      name: 'timer wake-ups per hour, user at the desk idle when breaks fall due',
      value: pausing.desk,
      unit: 'wake-ups',
      budget: 60,
    },
    {
      name: 'timer wake-ups per hour at the desk, typing when breaks fall due, Linux tray',
      value: linux.desk,
      unit: 'wake-ups',
      budget: 60,
      note: 'with the tooltip refresh',
    },
    {
      name: 'timer wake-ups per hour at the desk, idle when breaks fall due, Linux tray',
      value: linuxPausing.desk,
      unit: 'wake-ups',
      budget: 60,
      note: 'with the tooltip refresh',
    },
    {
      name: 'timer wake-ups per hour, user away (idle)',
      value: w.away,
      unit: 'wake-ups',
      budget: 60,
    },
    {
      name: 'timer wake-ups per hour outside working hours',
      value: w.offHours,
      unit: 'wake-ups',
      budget: 60,
    },
    { name: 'timer wake-ups in a whole default day', value: w.day, unit: 'wake-ups', budget: null },
    {
      name: 'timer wake-ups in a whole default day, Linux tray',
      value: linux.day,
      unit: 'wake-ups',
      budget: null,
    },
    {
      name: 'timer wake-ups per hour, user away (idle), Linux tray',
      value: linux.away,
      unit: 'wake-ups',
      budget: 60,
    },
    {
      name: 'timer wake-ups per hour outside working hours, Linux tray',
      value: linux.offHours,
      unit: 'wake-ups',
      budget: 60,
    },
    {
      name: 'main-process core start-up (median of 25)',
      value: startupMs(),
      unit: 'ms',
      budget: 50,
      note: 'create service, restore state, arm first job',
    },
  ];
}
