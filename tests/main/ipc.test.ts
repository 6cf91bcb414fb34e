import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/core/ipc/channels';
import type { RoutineResult } from '../../electron/core/ipc/contract';
import { CATALOGUE } from '../../electron/core/routine/catalogue';
import { buildPlan, planOptionsFromSettings } from '../../electron/core/routine/plan';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { SettingsValidationError, validateSettings } from '../../electron/core/settings/validate';
import type { SettingsStore } from '../../electron/core/storage/ports';
import { createAppApi } from '../../electron/main/app-api';
import {
  createIpcHandlers,
  registerIpcHandlers,
  type IpcSenderEvent,
} from '../../electron/main/ipc';
import { SettingsWriteError } from '../../electron/main/storage/errors';
import { createWindowManager, type WindowKind } from '../../electron/main/windows';
import { windowFactory, type FakeWindow } from './fakes/electron';

const NOW = Date.UTC(2025, 2, 10, 12, 0);

/** An in-memory store that validates like the real one. */
function memoryStore(initial: Settings = defaultSettings()) {
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
      stored = defaultSettings();
      return structuredClone(stored);
    },
    takeNotice: () => null,
  };
  return store;
}

function setup() {
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
  const api = createAppApi({
    settings: store,
    buildPlan: (settings) => buildPlan(CATALOGUE, planOptionsFromSettings(settings.routine)),
    previewDay: () => ({ working: [], reminders: [], workingMinutes: 0 }),
    routineReported,
    settingsApplied,
    reminder: { current: () => ({ kind: 'first', sittingMinutes: 61, routineMinutes: 9 }), answer },
    openDataFolder: async () => '',
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
  return { handlers, store, open, from, routineReported, settingsApplied, answer };
}

const RESULT: RoutineResult = {
  outcome: 'completed',
  holdsDone: 13,
  holdCount: 13,
  durationMs: 480_000,
};

describe('IPC sender checks', () => {
  it('answers the top frame of its own window', async () => {
    const { handlers, open, from } = setup();
    const session = (await handlers.getRoutineSession(from(open('routine')))) as {
      plan: { holdCount: number };
      cautionAcknowledged: boolean;
    };
    expect(session.plan.holdCount).toBe(13);
    expect(session.cautionAcknowledged).toBe(false);
  });

  it('refuses a sender that is not one of our windows', async () => {
    const { handlers } = setup();
    const stranger = { sender: { id: 999 }, senderFrame: null };
    await expect(handlers.getSettings(stranger)).rejects.toThrow(/sending frame is gone/);
    const foreign = {
      sender: { id: 999 },
      senderFrame: { processId: 1, routingId: 1, url: 'app://unsit/settings.html', parent: null },
    };
    await expect(handlers.getSettings(foreign)).rejects.toThrow(/not an Unsit window/);
  });

  it('refuses a sub-frame, another frame of the window, and a foreign page', async () => {
    const { handlers, open, from, routineReported } = setup();
    const window = open('routine');
    await expect(
      handlers.reportRoutineResult(from(window, { parent: {} }), RESULT),
    ).rejects.toThrow(/top frame/);
    await expect(
      handlers.reportRoutineResult(from(window, { routingId: -5 }), RESULT),
    ).rejects.toThrow(/top frame/);
    await expect(
      handlers.reportRoutineResult(from(window, { url: 'https://evil.example/' }), RESULT),
    ).rejects.toThrow(/not an Unsit page/);
    await expect(
      handlers.reportRoutineResult(from(window, { url: 'app://other/routine.html' }), RESULT),
    ).rejects.toThrow(/not an Unsit page/);
    expect(routineReported).not.toHaveBeenCalled();
  });

  it('lets each window call only what its page uses', async () => {
    const { handlers, open, from, store, answer } = setup();
    const routine = open('routine');
    const before = store.get();
    await expect(handlers.saveSettings(from(routine), defaultSettings())).rejects.toThrow(
      /routine window may not call it/,
    );
    await expect(handlers.answerReminder(from(open('settings')), 'start')).rejects.toThrow(
      /settings window may not call it/,
    );
    expect(store.get()).toEqual(before);
    expect(answer).not.toHaveBeenCalled();
  });
});

describe('IPC payload checks', () => {
  it('refuses malformed routine results and reports nothing', async () => {
    const { handlers, open, from, routineReported } = setup();
    const event = from(open('routine'));
    const bad: unknown[] = [
      'completed',
      null,
      [],
      { ...RESULT, outcome: 'hacked' },
      { ...RESULT, holdsDone: -1 },
      { ...RESULT, holdsDone: 1.5 },
      { ...RESULT, holdsDone: RESULT.holdCount + 1 },
      { outcome: 'completed' },
      new Map(Object.entries(RESULT)),
      new Uint8Array(4),
      { ...RESULT, durationMs: new Date(0) },
    ];
    for (const payload of bad) {
      await expect(handlers.reportRoutineResult(event, payload)).rejects.toThrow(
        /refused reportRoutineResult/,
      );
    }
    await expect(handlers.reportRoutineResult(event)).rejects.toThrow(/exactly one argument/);
    await expect(handlers.reportRoutineResult(event, RESULT, RESULT)).rejects.toThrow(
      /exactly one argument/,
    );
    expect(routineReported).not.toHaveBeenCalled();
    await handlers.reportRoutineResult(event, RESULT);
    expect(routineReported).toHaveBeenCalledWith(RESULT);
  });

  it('refuses an argument for a method that takes none', async () => {
    const { handlers, open, from } = setup();
    await expect(handlers.getRoutineSession(from(open('routine')), {})).rejects.toThrow(
      /takes no argument/,
    );
    await expect(handlers.getReminder(from(open('reminder')), null)).rejects.toThrow(
      /takes no argument/,
    );
  });

  it('refuses unknown reminder answers and day previews for unknown days', async () => {
    const { handlers, open, from, answer } = setup();
    await expect(handlers.answerReminder(from(open('reminder')), 'explode')).rejects.toThrow(
      /invalid request/,
    );
    const settings = defaultSettings();
    const request = { workingHours: settings.workingHours, reminders: settings.reminders };
    await expect(
      handlers.previewDay(from(open('settings')), { ...request, weekday: 'funday' }),
    ).rejects.toThrow(/weekday/);
    expect(answer).not.toHaveBeenCalled();
  });

  it('forwards a valid reminder answer', async () => {
    const { handlers, open, from, answer } = setup();
    const window = open('reminder');
    expect(await handlers.getReminder(from(window))).toEqual({
      kind: 'first',
      sittingMinutes: 61,
      routineMinutes: 9,
      snoozeMinutes: 10,
    });
    await handlers.answerReminder(from(window), 'snooze');
    expect(answer).toHaveBeenCalledWith('snooze');
  });
});

describe('saveSettings', () => {
  it('stores valid settings, applies them and returns what was stored', async () => {
    const { handlers, open, from, store, settingsApplied } = setup();
    const next = defaultSettings();
    next.reminders.sittingMinutes = 45;
    const answer = await handlers.saveSettings(from(open('settings')), next);
    expect(answer).toEqual({ ok: true, settings: next });
    expect(store.get().reminders.sittingMinutes).toBe(45);
    expect(settingsApplied).toHaveBeenCalledTimes(1);
  });

  it('answers field errors for invalid values and changes nothing', async () => {
    const { handlers, open, from, store, settingsApplied } = setup();
    const before = store.get();
    const next = defaultSettings();
    next.reminders.sittingMinutes = 5;
    next.workingHours.mon.ranges = [
      { from: '09:00', to: '12:00' },
      { from: '11:00', to: '13:00' },
    ];
    const answer = await handlers.saveSettings(from(open('settings')), next);
    expect(answer).toMatchObject({ ok: false });
    const paths = answer && typeof answer === 'object' && 'errors' in answer ? answer.errors : [];
    expect(paths).toContainEqual(
      expect.objectContaining({ path: 'reminders.sittingMinutes', message: expect.any(String) }),
    );
    expect(store.get()).toEqual(before);
    expect(settingsApplied).not.toHaveBeenCalled();
  });

  it('reports overlapping working ranges per field', async () => {
    const { handlers, open, from } = setup();
    const next = defaultSettings();
    next.workingHours.tue.ranges = [
      { from: '09:00', to: '12:00' },
      { from: '11:00', to: '13:00' },
    ];
    const answer = (await handlers.saveSettings(from(open('settings')), next)) as {
      ok: boolean;
      errors: { path: string }[];
    };
    expect(answer.ok).toBe(false);
    expect(answer.errors.some((e) => e.path.startsWith('workingHours.tue'))).toBe(true);
  });

  it('rejects garbage outright', async () => {
    const { handlers, open, from, store } = setup();
    const event = from(open('settings'));
    const before = store.get();
    const deep: Record<string, unknown> = {};
    let cursor = deep;
    for (let i = 0; i < 50; i++) cursor = (cursor.next = {}) as Record<string, unknown>;
    const garbage: unknown[] = [
      'settings',
      42,
      null,
      [defaultSettings()],
      deep,
      { ...defaultSettings(), filler: new Array(100_000).fill(1) },
      { ...defaultSettings(), note: 'x'.repeat(1_000_000) },
      { ...defaultSettings(), when: new Date() },
      { ...defaultSettings(), n: Number.NaN },
    ];
    for (const payload of garbage) {
      await expect(handlers.saveSettings(event, payload)).rejects.toThrow(/refused saveSettings/);
    }
    expect(store.get()).toEqual(before);
  });

  it('rejects prototype-polluting keys and pollutes nothing', async () => {
    const { handlers, open, from, store } = setup();
    const event = from(open('settings'));
    const before = store.get();
    const polluted = JSON.parse(
      JSON.stringify(defaultSettings()).replace('{', '{"__proto__":{"polluted":true},'),
    ) as unknown;
    await expect(handlers.saveSettings(event, polluted)).rejects.toThrow(/__proto__/);
    const viaConstructor = { ...defaultSettings(), constructor: { prototype: { polluted: 1 } } };
    await expect(handlers.saveSettings(event, viaConstructor)).rejects.toThrow(/constructor/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(store.get()).toEqual(before);
  });

  it('keeps a caution acknowledgement made while the settings window had an older copy', async () => {
    const { handlers, open, from, store } = setup();
    const settingsWindow = from(open('settings'));
    const loaded = (await handlers.getSettings(settingsWindow)) as { settings: Settings };
    await handlers.acknowledgeCaution(from(open('routine')));
    const acknowledgedAt = store.get().general.cautionAcknowledgedAt;
    expect(acknowledgedAt).not.toBeNull();
    const edited = structuredClone(loaded.settings);
    edited.reminders.sittingMinutes = 45;
    const answer = await handlers.saveSettings(settingsWindow, edited);
    expect(answer).toEqual({
      ok: true,
      settings: {
        ...edited,
        general: { ...edited.general, cautionAcknowledgedAt: acknowledgedAt },
      },
    });
    expect(store.get().general.cautionAcknowledgedAt).toBe(acknowledgedAt);
    // Nor can the settings window acknowledge the caution on the routine window's behalf.
    const forged = structuredClone(edited);
    forged.general.cautionAcknowledgedAt = '2020-01-01T00:00:00.000Z';
    await handlers.saveSettings(settingsWindow, forged);
    expect(store.get().general.cautionAcknowledgedAt).toBe(acknowledgedAt);
  });

  it("turns the store's own refusal and disk failures into answers", async () => {
    const { handlers, open, from, store } = setup();
    const event = from(open('settings'));
    store.failWith = new SettingsValidationError([{ path: 'general', message: 'No.' }]);
    expect(await handlers.saveSettings(event, defaultSettings())).toEqual({
      ok: false,
      errors: [{ path: 'general', message: 'No.' }],
    });
    store.failWith = new SettingsWriteError('/data/settings.json', { code: 'EACCES' });
    const answer = (await handlers.saveSettings(event, defaultSettings())) as {
      errors: { message: string }[];
    };
    expect(answer.errors[0]?.message).toMatch(/could not be written/);
  });
});

describe('other handlers', () => {
  it('records the caution acknowledgement as an ISO time, once', async () => {
    const { handlers, open, from, store } = setup();
    const event = from(open('routine'));
    await handlers.acknowledgeCaution(event);
    expect(store.get().general.cautionAcknowledgedAt).toBe(new Date(NOW).toISOString());
    const session = (await handlers.getRoutineSession(event)) as { cautionAcknowledged: boolean };
    expect(session.cautionAcknowledged).toBe(true);
  });

  it('gives the settings window the settings, the one-time notice and the platform', async () => {
    const { handlers, open, from } = setup();
    expect(await handlers.getSettings(from(open('settings')))).toEqual({
      settings: defaultSettings(),
      notice: null,
      platform: 'linux',
    });
  });

  it('closes the window that asked', async () => {
    const { handlers, open, from } = setup();
    const routine = open('routine');
    const settings = open('settings');
    await handlers.closeWindow(from(settings));
    expect(settings.isDestroyed()).toBe(true);
    expect(routine.isDestroyed()).toBe(false);
  });

  it('registers one handler per channel and removes them again', async () => {
    const { handlers } = setup();
    const registered = new Map<string, (...args: unknown[]) => unknown>();
    const ipcMain = {
      handle: (channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown) =>
        registered.set(channel, listener as (...args: unknown[]) => unknown),
      removeHandler: (channel: string) => registered.delete(channel),
    };
    const unregister = registerIpcHandlers(ipcMain, handlers);
    expect([...registered.keys()].sort()).toEqual(Object.values(CHANNELS).sort());
    await expect(
      registered.get(CHANNELS.getSettings)?.({ sender: { id: -1 }, senderFrame: null }),
    ).rejects.toThrow(/refused getSettings/);
    unregister();
    expect(registered.size).toBe(0);
  });
});
