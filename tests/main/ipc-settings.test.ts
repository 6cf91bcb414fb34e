import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../../electron/core/ipc/contract';
import type { SettingsError } from '../../electron/core/settings/field-error';
import { settingsErrorText } from '../../electron/core/settings/error-text';
import { english } from '../english';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { SettingsValidationError } from '../../electron/core/settings/validate';
import { registerIpcHandlers, type IpcSenderEvent } from '../../electron/main/ipc';
import { SettingsWriteError } from '../../electron/main/storage/errors';
import { NOW, setupIpc as setup } from './ipc-setup';

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
      expect.objectContaining({ path: 'reminders.sittingMinutes', code: 'atLeast' }),
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
    store.failWith = new SettingsValidationError([{ path: 'general', code: 'invalid' }]);
    expect(await handlers.saveSettings(event, defaultSettings())).toEqual({
      ok: false,
      errors: [{ path: 'general', code: 'invalid' }],
    });
    store.failWith = new SettingsWriteError('/data/settings.json', { code: 'EACCES' });
    const answer = (await handlers.saveSettings(event, defaultSettings())) as {
      errors: SettingsError[];
    };
    // The window words it in its language: the file and why it could not be written.
    const [problem] = answer.errors;
    expect(problem && settingsErrorText(english, problem)).toBe(
      'Could not save settings: /data/settings.json could not be written (folder not writable).',
    );
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

  it('remembers the voice switched in the routine window, and plays the next routine with it', async () => {
    const { handlers, open, from, store, settingsApplied } = setup();
    const event = from(open('routine'));
    const before = store.get();
    await handlers.setRoutineVoice(event, true);
    expect(store.get()).toEqual({ ...before, routine: { ...before.routine, voice: true } });
    expect(settingsApplied).toHaveBeenCalledTimes(1);
    const session = (await handlers.getRoutineSession(event)) as { voice: boolean };
    expect(session.voice).toBe(true);
    // Saying what is already stored writes nothing.
    await handlers.setRoutineVoice(event, true);
    expect(settingsApplied).toHaveBeenCalledTimes(1);
  });

  it('remembers the large view switched on the routine start screen', async () => {
    const { handlers, open, from, store, settingsApplied } = setup();
    const event = from(open('routine'));
    const before = store.get();
    await handlers.setRoutineLargeView(event, true);
    expect(store.get()).toEqual({ ...before, routine: { ...before.routine, largeView: true } });
    expect(await handlers.getRoutineSession(event)).toMatchObject({ largeView: true });
    await handlers.setRoutineLargeView(event, true);
    expect(settingsApplied).toHaveBeenCalledTimes(1);
  });

  it('gives the routine window the set-up wait from the settings', async () => {
    const { handlers, open, from, store } = setup();
    const event = from(open('routine'));
    expect(await handlers.getRoutineSession(event)).toMatchObject({ waitForPosition: true });
    const settings = store.get();
    store.save({ ...settings, routine: { ...settings.routine, waitForPosition: false } });
    expect(await handlers.getRoutineSession(event)).toMatchObject({ waitForPosition: false });
  });

  it('puts the routine window, and only that one, into full screen and out again', async () => {
    const { handlers, open, from } = setup();
    const settings = open('settings');
    const routine = open('routine');
    await handlers.setFullScreen(from(routine), true);
    expect(routine.fullScreen).toBe(true);
    expect(settings.fullScreen).toBe(false);
    await handlers.setFullScreen(from(routine), false);
    expect(routine.fullScreen).toBe(false);
  });

  it('gives the settings window the settings, the one-time notice and the platform', async () => {
    const { handlers, open, from } = setup();
    expect(await handlers.getSettings(from(open('settings')))).toEqual({
      settings: defaultSettings(),
      notice: null,
      platform: 'linux',
      systemLanguage: 'en',
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
