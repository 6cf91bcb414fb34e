import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, IPC, type ApiMethod } from '../../electron/core/ipc/contract';
import type { UnsitApi } from '../../electron/core/ipc/contract';
import { planForSettings } from '../../electron/core/routine/plan';
import { previewDay } from '../../electron/core/schedule/day-preview';
import { WEEKDAYS, defaultSettings, type Settings } from '../../electron/core/settings/schema';
import type { BusyDetection } from '../../electron/core/schedule/busy-detection';
import { createAppApi } from '../../electron/main/app-api';
import { busyDetection } from '../../electron/main/busy/detectors';
import type { BusyDetector } from '../../electron/main/busy/types';
import { createAppCommands } from '../../electron/main/commands';
import { createLanguageService } from '../../electron/main/language';
import { createHome } from '../../electron/main/home';
import { createReminderService } from '../../electron/main/reminders/reminder-service';
import { createIpcHandlers } from '../../electron/main/ipc';
import { createStatisticsService } from '../../electron/main/statistics-service';
import {
  createHistoryStore,
  createSettingsStore,
  createTimerStateStore,
} from '../../electron/main/storage';
import { createWindowManager } from '../../electron/main/windows';
import { FakeUnsit } from '../renderer/fake-api';
import { SettingsFake } from '../renderer/fake-settings-api';
import { windowFactory } from './fakes/electron';
import { openConf, useTempDirs } from './storage/helpers';

// The renderer tests talk to a fake of main (tests/renderer/fake-api.ts). Every case below runs
// against the fakes and against the real main process (app API, IPC checks, settings on disk),
// so a fake that drifts from what main does fails here instead of passing renderer tests.

const tempDir = useTempDirs();
/** The routine window opens for the full routine here, as the fake's default does. */
const planOf = (settings: Settings) => planForSettings(settings);

/** Where the real main's clock starts (each reading moves it a second on). */
const START = Date.UTC(2025, 2, 10, 9, 0);

/**
 * What each case needs: the API, and a way to start on a settings file main had to repair, or
 * with working hours all day every day (so the reminder engine counts in any time zone).
 */
type Make = (options?: {
  damagedFile?: boolean;
  alwaysWorking?: boolean;
  /** This system's busy detectors: the real main asks them, the fakes are told the answer. */
  busy?: { detectors: BusyDetector[]; detection: BusyDetection };
}) => UnsitApi;

function alwaysWorking(): Settings {
  const settings = defaultSettings();
  for (const day of WEEKDAYS) {
    settings.workingHours[day] = { enabled: true, ranges: [{ from: '00:00', to: '24:00' }] };
  }
  return settings;
}

/** The real main process behind its IPC handlers, each call made from a window allowed to. */
const realMain: Make = ({ damagedFile = false, alwaysWorking: allDay = false, busy } = {}) => {
  const busyDetectors = busy?.detectors ?? [];
  const dir = tempDir();
  if (damagedFile) writeFileSync(join(dir, 'settings.json'), '{"version": 3, "work');
  let clock = START;
  const now = () => (clock += 1000);
  const factory = windowFactory();
  const windows = createWindowManager({
    createWindow: factory.createWindow,
    preloadPath: '/preload.cjs',
    platform: 'linux',
  });
  const settings = createSettingsStore({ dir, now, openStore: openConf });
  const language = createLanguageService({
    choice: () => settings.get().general.language,
    preferred: () => ['en-GB'],
    pseudo: false,
  });
  if (allDay) settings.save(alwaysWorking());
  const statistics = createStatisticsService({
    history: createHistoryStore({ dir, now, openStore: openConf }),
    settings: () => settings.get(),
    sittingMinutes: () => 0,
    now,
    t: () => language.translator().t,
  });
  // The real reminder engine, with no job armed: nothing here waits for time to pass.
  const reminders = createReminderService({
    clock: { now },
    settings: settings.get(),
    power: { on: () => undefined, removeListener: () => undefined, getSystemIdleTime: () => 0 },
    timerStore: createTimerStateStore({ dir, openStore: openConf }),
    history: statistics.recorder,
    scheduler: { arm: () => undefined, cancel: () => undefined },
  });
  reminders.start();
  const commands = createAppCommands({
    windows,
    reminders,
    holdCount: () => 13,
    now,
    quit: () => undefined,
  });
  const api = createAppApi({
    settings,
    currentBreak: () => 'full',
    previewDay,
    routineReported: () => undefined,
    settingsApplied: () => undefined,
    reminder: { current: () => null, answer: () => undefined },
    openDataFolder: async () => '',
    busyDetection: () => busyDetection(busyDetectors),
    statistics: () => statistics.view(),
    home: createHome({
      status: () => reminders.status(),
      today: () => statistics.today(),
      now,
      translator: () => language.translator(),
      commands,
      trayHelp: { active: () => false, delivered: () => undefined },
    }),
    // The person cancels the save dialog, as the fake's default export does.
    historyExport: { csv: () => statistics.csv(), chooseFile: async () => null },
    platform: 'linux',
    now,
    language,
    fitReminder: (height) => windows.fitReminder(height),
  });
  const handlers = createIpcHandlers(api, windows);
  const call = (method: ApiMethod, payload?: unknown) => {
    const kind = IPC[method].windows[0]!;
    if (!windows.isOpen(kind)) {
      if (kind === 'reminder') windows.show();
      else windows.open(kind);
    }
    const window = factory.created.findLast((w) => w.loaded.at(-1)?.includes(`/${kind}.html`))!;
    const event = {
      sender: { id: window.webContents.id },
      senderFrame: window.webContents.mainFrame,
    };
    // Payloads cross the process boundary as structured clones.
    const args = payload === undefined ? [] : [structuredClone(payload)];
    return handlers[method](event, ...args);
  };
  return Object.fromEntries(
    (Object.keys(CHANNELS) as ApiMethod[]).map((method) => [
      method,
      (payload?: unknown) => call(method, payload),
    ]),
  ) as unknown as UnsitApi;
};

const implementations: [string, Make][] = [
  ['the real main process', realMain],
  [
    'the renderer fake',
    ({ damagedFile, alwaysWorking: allDay, busy } = {}) =>
      new FakeUnsit({
        notice: damagedFile ? 'Repaired.' : null,
        now: START,
        ...(allDay ? { settings: alwaysWorking() } : {}),
        ...(busy ? { busyDetection: busy.detection } : {}),
      }),
  ],
  [
    'the settings window fake',
    ({ damagedFile, busy } = {}) =>
      new SettingsFake({
        notice: damagedFile ? 'Repaired.' : null,
        ...(busy ? { busyDetection: busy.detection } : {}),
      }),
  ],
];

describe.each(implementations)('the preload API as %s', (_name, make) => {
  it('starts on the defaults, with the caution not yet acknowledged', async () => {
    const api = make();
    expect(await api.getSettings()).toEqual({
      settings: defaultSettings(),
      notice: null,
      platform: 'linux',
      systemLanguage: 'en',
    });
    const session = await api.getRoutineSession();
    expect(session).toEqual({
      kind: 'full',
      plan: planOf(defaultSettings()),
      sound: defaultSettings().routine.sound,
      voice: defaultSettings().routine.voice,
      waitForPosition: defaultSettings().routine.waitForPosition,
      largeView: defaultSettings().routine.largeView,
      cautionAcknowledged: false,
    });
  });

  it('remembers the large-view switch of the routine window in the settings', async () => {
    const api = make();
    await api.setRoutineLargeView(true);
    expect((await api.getRoutineSession()).largeView).toBe(true);
    expect((await api.getSettings()).settings.routine.largeView).toBe(true);
    await api.setRoutineLargeView(false);
    expect((await api.getRoutineSession()).largeView).toBe(false);
  });

  it('tells about a repaired settings file once', async () => {
    const api = make({ damagedFile: true });
    expect((await api.getSettings()).notice).toEqual(expect.any(String));
    expect((await api.getSettings()).notice).toBeNull();
  });

  it('stores valid settings, answers with them, and plays the routine they ask for', async () => {
    const api = make();
    const next = defaultSettings();
    next.reminders.sittingMinutes = 45;
    next.routine.holdSeconds = 40;
    expect(await api.saveSettings(next)).toEqual({ ok: true, settings: next });
    expect((await api.getSettings()).settings).toEqual(next);
    expect((await api.getRoutineSession()).plan).toEqual(planOf(next));
  });

  it('refuses overlapping ranges and numbers out of range, per field, keeping what it had', async () => {
    const api = make();
    const tooShort = defaultSettings();
    tooShort.reminders.sittingMinutes = 5;
    const overlapping = defaultSettings();
    overlapping.workingHours.tue.ranges = [
      { from: '09:00', to: '12:00' },
      { from: '11:00', to: '13:00' },
    ];
    for (const [bad, path, code] of [
      [tooShort, 'reminders.sittingMinutes', 'atLeast'],
      [overlapping, 'workingHours.tue.ranges.1', 'overlapSameDay'],
    ] as const) {
      expect(await api.saveSettings(bad)).toEqual({
        ok: false,
        errors: [{ path, code, params: expect.any(Object) }],
      });
    }
    expect((await api.getSettings()).settings).toEqual(defaultSettings());
  });

  it('keeps the first caution acknowledgement, whatever the settings window sends', async () => {
    const api = make();
    await api.acknowledgeCaution();
    const { settings } = await api.getSettings();
    const acknowledgedAt = settings.general.cautionAcknowledgedAt;
    expect(acknowledgedAt).toMatch(/^\d{4}-\d\d-\d\dT/);
    expect((await api.getRoutineSession()).cautionAcknowledged).toBe(true);

    await api.acknowledgeCaution();
    const forged = structuredClone(settings);
    forged.general.cautionAcknowledgedAt = null;
    forged.reminders.snoozeMinutes = 20;
    const answer = await api.saveSettings(forged);
    expect(answer).toEqual({
      ok: true,
      settings: {
        ...forged,
        general: { ...forged.general, cautionAcknowledgedAt: acknowledgedAt },
      },
    });
    expect((await api.getSettings()).settings.general.cautionAcknowledgedAt).toBe(acknowledgedAt);
  });

  it('resets every setting to its default but keeps the acknowledgement', async () => {
    const api = make();
    await api.acknowledgeCaution();
    const changed = (await api.getSettings()).settings;
    changed.reminders.snoozeMinutes = 25;
    changed.workingHours.sat = { enabled: true, ranges: [{ from: '10:00', to: '12:00' }] };
    await api.saveSettings(changed);
    const reset = await api.resetSettings();
    expect(reset).toEqual({
      ...defaultSettings(),
      general: {
        ...defaultSettings().general,
        cautionAcknowledgedAt: changed.general.cautionAcknowledgedAt,
      },
    });
    expect((await api.getSettings()).settings).toEqual(reset);
  });

  it('previews a day as the core computes it', async () => {
    const api = make();
    const { workingHours, reminders, breaks } = defaultSettings();
    workingHours.wed.ranges = [
      { from: '08:00', to: '12:00' },
      { from: '13:00', to: '18:00' },
    ];
    const request = { workingHours, reminders, breaks, weekday: 'wed' } as const;
    expect(await api.previewDay(request)).toEqual(previewDay(request));
  });

  it('says which kinds of busy this system can see: none without detectors', async () => {
    expect(await make().getBusyDetection()).toEqual({
      call: { detectable: false, sources: [] },
      fullscreen: { detectable: false, sources: [] },
      dnd: { detectable: false, sources: [] },
    });
  });

  it('says which kinds of busy this system can see, through what', async () => {
    const detector = (
      reason: BusyDetector['reason'],
      source: BusyDetector['source'],
      supported: boolean,
    ): BusyDetector => ({
      reason,
      source,
      supported: async () => supported,
      probe: async () => false,
    });
    const detection: BusyDetection = {
      call: { detectable: true, sources: ['camera in use'] },
      fullscreen: { detectable: false, sources: [] },
      dnd: { detectable: true, sources: ['Do Not Disturb'] },
    };
    const api = make({
      busy: {
        detectors: [
          detector('call', 'camera in use', true),
          detector('call', 'microphone in use', false),
          detector('fullscreen', 'full-screen window', false),
          detector('dnd', 'Do Not Disturb', true),
        ],
        detection,
      },
    });
    expect(await api.getBusyDetection()).toEqual(detection);
  });

  it('shows a new user an empty history, and exports nothing when the dialog is cancelled', async () => {
    const api = make();
    const view = await api.getStatistics();
    expect(view.firstDay).toBeNull();
    expect(view.streak).toEqual({ current: 0, best: 0 });
    expect(view.today).toMatchObject({ occasions: 0, taken: 0, goal: 4, longestSittingMinutes: 0 });
    expect(view.lastDays).toHaveLength(7);
    expect(view.lastWeeks).toHaveLength(12);
    expect(view.calendar).toHaveLength(53 * 7);
    expect(await api.exportHistory()).toEqual({ status: 'cancelled' });
  });
});

describe.each(implementations.slice(0, 2))('the Unsit window as %s', (_name, make) => {
  const clockTime = (at: number) =>
    new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' }).format(at);

  it('shows the countdown and the day, pauses, resumes and counts a break', async () => {
    const api = make({ alwaysWorking: true });
    expect(await api.getHome()).toEqual({
      status: 'Next stretch in 1 h',
      state: 'counting',
      today: 'Today: no breaks yet',
      paused: false,
      inMeeting: false,
      canStandUp: true,
      refreshInMs: expect.any(Number),
      trayHelp: false,
      historyNotice: null,
      update: null,
    });
    expect(await api.runHomeCommand('pause-30')).toMatchObject({
      status: `Paused until ${clockTime(START + 30 * 60_000)}`,
      state: 'paused',
      paused: true,
    });
    expect(await api.runHomeCommand('resume')).toMatchObject({
      status: 'Next stretch in 1 h',
      state: 'counting',
      paused: false,
    });
    expect(await api.runHomeCommand('stood-up')).toMatchObject({
      status: 'Next stretch in 1 h',
      today: 'Today: 1 of 1 break',
    });
    expect(await api.runHomeCommand('meeting-60')).toMatchObject({ inMeeting: true });
    expect(await api.runHomeCommand('meeting-end')).toMatchObject({ inMeeting: false });
  });
});
