import { vi } from 'vitest';
import type { RoutineResult } from '../../electron/core/ipc/contract';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { SettingsValidationError, validateSettings } from '../../electron/core/settings/validate';
import type { SettingsStore } from '../../electron/core/storage/ports';
import { historyCsv } from '../../electron/core/history/csv';
import { rulesFromSettings } from '../../electron/core/history/day-rules';
import type { StoredHistory } from '../../electron/core/history/schema';
import { buildStatistics } from '../../electron/core/history/statistics';
import type { BusyDetection } from '../../electron/core/schedule/busy-detection';
import { createAppApi } from '../../electron/main/app-api';
import { busyDetection } from '../../electron/main/busy/detectors';
import type { BusyDetector } from '../../electron/main/busy/types';
import { createHome } from '../../electron/main/home';
import { createIpcHandlers, type IpcSenderEvent } from '../../electron/main/ipc';
import { createWindowManager, type WindowKind } from '../../electron/main/windows';
import { windowFactory, type FakeWindow } from './fakes/electron';
import { fakeTrayCommands } from './fakes/tray-commands';

/** The IPC handlers wired to the real app API and window manager, with in-memory settings. */
export const NOW = Date.UTC(2025, 2, 10, 12, 0);

/** A short history main answers the statistics window from. */
export const HISTORY: StoredHistory = {
  goals: [],
  days: [],
  records: [
    { at: '2025-03-10T10:00:00.000+00:00', type: 'reminded', kind: 'quick', sittingMinutes: 60 },
    { at: '2025-03-10T10:01:00.000+00:00', type: 'stood-up', sittingMinutes: 60 },
  ],
};

/**
 * An in-memory store that behaves like the real one; tests/main/storage/
 * settings-store-contract.test.ts holds the two to the same behaviour.
 */
export function memoryStore(initial: Settings = defaultSettings()) {
  let stored = structuredClone(initial);
  const store: SettingsStore & { failWith: Error | null } = {
    failWith: null,
    get: () => structuredClone(stored),
    save(next) {
      if (store.failWith) throw store.failWith;
      const checked = validateSettings(next);
      if (!checked.ok) throw new SettingsValidationError(checked.errors);
      stored = structuredClone(checked.settings);
      return structuredClone(stored);
    },
    reset() {
      const fresh = defaultSettings();
      fresh.general.cautionAcknowledgedAt = stored.general.cautionAcknowledgedAt;
      stored = fresh;
      return structuredClone(stored);
    },
    takeNotice: () => null,
  };
  return store;
}

/**
 * `detection`: what this system's busy detectors would answer (default: the real
 * `busyDetection` over `busyDetectors`, none unless given).
 */
export function setupIpc(
  options: { busyDetectors?: BusyDetector[]; detection?: () => Promise<unknown> } = {},
) {
  const busyDetectors = options.busyDetectors ?? [];
  const factory = windowFactory();
  const windows = createWindowManager({
    createWindow: factory.createWindow,
    preloadPath: '/preload.cjs',
    platform: 'linux',
  });
  const store = memoryStore();
  const routineReported = vi.fn<(result: RoutineResult) => void>();
  const settingsApplied = vi.fn();
  const answer = vi.fn();
  const chooseFile = vi.fn<(parent: unknown, name: string) => Promise<string | null>>(
    async () => null,
  );
  const written: { path: string; text: string }[] = [];
  const commands = fakeTrayCommands();
  const api = createAppApi({
    settings: store,
    previewDay: () => ({ working: [], reminders: [], workingMinutes: 0 }),
    currentBreak: () => 'quick',
    routineReported,
    settingsApplied,
    reminder: {
      current: () => ({
        kind: 'first',
        sittingMinutes: 61,
        suggests: 'quick',
        minutes: { quick: 2, full: 9 },
      }),
      answer,
    },
    openDataFolder: async () => '',
    busyDetection: () =>
      (options.detection?.() ?? busyDetection(busyDetectors)) as Promise<BusyDetection>,
    statistics: () => ({
      ...buildStatistics({
        history: HISTORY,
        now: NOW,
        rules: rulesFromSettings(store.get(), '2025-01-01'),
      }),
      historyNotice: null,
    }),
    home: createHome({
      status: () => ({
        phase: 'counting',
        sittingMs: 0,
        nextReminderAt: NOW + 23 * 60_000,
        pausedUntil: null,
        hoursResumeAt: null,
        skipNext: false,
        completedToday: 0,
        heldBy: null,
        meeting: null,
      }),
      today: () => ({ taken: 1, occasions: 1, goal: 4 }),
      now: () => NOW,
      locale: 'en-GB',
      commands,
      trayHelp: { active: () => false, delivered: () => undefined },
    }),
    historyExport: {
      csv: () => historyCsv(HISTORY),
      chooseFile,
      write: (path, text) => void written.push({ path, text }),
    },
    platform: 'linux',
    now: () => NOW,
  });
  const handlers = createIpcHandlers(api, windows);

  const open = (kind: WindowKind): FakeWindow => {
    if (kind === 'reminder') windows.show();
    else windows.open(kind);
    const window = factory.created.at(-1);
    if (!window) throw new Error('no window');
    return window;
  };
  /** The event Electron would deliver for a call from the top frame of `window`. */
  const from = (window: FakeWindow, frame: Partial<IpcSenderEvent['senderFrame']> = {}) => ({
    sender: { id: window.webContents.id },
    senderFrame: { ...window.webContents.mainFrame, ...frame } as IpcSenderEvent['senderFrame'],
  });
  return {
    handlers,
    store,
    open,
    from,
    routineReported,
    settingsApplied,
    answer,
    chooseFile,
    written,
    commands,
  };
}

export const RESULT: RoutineResult = {
  outcome: 'completed',
  holdsDone: 13,
  holdCount: 13,
  durationMs: 480_000,
};
