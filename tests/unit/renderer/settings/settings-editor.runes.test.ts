// The settings window's editor: what the person typing sees happen to their values. Compiled by
// the Svelte plugin (the `runes` project in vitest.config.ts); the debounce runs on fake timers.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { english } from '../../../english';
import { catalogueFor } from '../../../../electron/core/i18n/catalogues';
import { PSEUDO_LOCALE } from '../../../../electron/core/i18n/locales';
import { createTranslator } from '../../../../electron/core/i18n/translator';
import type { SaveSettingsResult } from '../../../../electron/core/ipc/contract';
import { defaultSettings, type Settings } from '../../../../electron/core/settings/schema';
import {
  SettingsEditor,
  type EditorDeps,
} from '../../../../renderer/src/settings/settings-editor.svelte';

const PAUSE_MS = 400;

/** A stand-in for main: each save waits until the test answers it. */
function fakeMain() {
  const saves: {
    settings: Settings;
    answer: (result: SaveSettingsResult) => void;
    fail: () => void;
  }[] = [];
  const api: EditorDeps['api'] = {
    saveSettings: (settings) =>
      new Promise((resolve, reject) => {
        saves.push({
          settings: structuredClone(settings),
          answer: resolve,
          fail: () => reject(new Error('main is gone')),
        });
      }),
    resetSettings: () => Promise.resolve(defaultSettings()),
  };
  /** The save sent `index`-th; fails the test when main was never asked. */
  const save = (index: number) => {
    const sent = saves[index];
    if (sent === undefined) throw new Error(`save ${index} was never sent`);
    return sent;
  };
  return { api, saves, save };
}

function open(settings = defaultSettings()) {
  const main = fakeMain();
  const editor = new SettingsEditor(
    { settings, notice: null, platform: 'linux', systemLanguage: 'en' },
    { api: main.api, translator: () => english, debounceMs: PAUSE_MS },
  );
  return { editor, ...main };
}

/** What the person sees in a number field after typing `value` into it. */
function type(editor: SettingsEditor, value: number): void {
  editor.edit(
    (draft) => (draft.reminders.sittingMinutes = value),
    'soon',
    'reminders.sittingMinutes',
  );
}

/** Lets the promise callbacks of an answered save run. */
const settle = () => vi.advanceTimersByTimeAsync(0);

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('typing a value', () => {
  it('waits for a pause in typing, then saves the last value typed, once', async () => {
    const { editor, saves, save } = open();
    type(editor, 4); // "45" half typed
    vi.advanceTimersByTime(PAUSE_MS - 1);
    type(editor, 45);
    expect(editor.saveState).toBe('editing');
    vi.advanceTimersByTime(PAUSE_MS - 1);
    expect(saves).toHaveLength(0);
    vi.advanceTimersByTime(1);
    expect(saves.map((s) => s.settings.reminders.sittingMinutes)).toEqual([45]);
    expect(editor.saveState).toBe('saving');
    expect(editor.problemCount).toBe(0); // the half-typed 4 was never checked

    save(0).answer({ ok: true, settings: save(0).settings });
    await settle();
    expect(editor.saveState).toBe('saved');
    expect(editor.valid.reminders.sittingMinutes).toBe(45);
  });

  it('saves at once when the field loses focus', () => {
    const { editor, saves } = open();
    type(editor, 75);
    editor.flushPending();
    expect(saves.map((s) => s.settings.reminders.sittingMinutes)).toEqual([75]);
    vi.advanceTimersByTime(PAUSE_MS * 2);
    expect(saves).toHaveLength(1); // the pause's timer was cancelled
  });

  it('a switch or a button saves without waiting', () => {
    const { editor, saves } = open();
    editor.edit((draft) => (draft.routine.voice = true));
    expect(saves.map((s) => s.settings.routine.voice)).toEqual([true]);
  });

  it('shows what main kept when it saves a valid change', async () => {
    const { editor, save } = open();
    editor.edit((draft) => (draft.breaks.dailyGoal = 6));
    const kept = structuredClone(save(0).settings);
    kept.general.cautionAcknowledgedAt = '2026-12-06T09:00:00.000Z';
    save(0).answer({ ok: true, settings: kept });
    await settle();
    expect(editor.valid).toEqual(kept);
    expect(editor.settings.breaks.dailyGoal).toBe(6);
  });
});

describe('keeping what the person typed', () => {
  it('an edit made while a save is on its way is not undone by the older answer', async () => {
    const { editor, saves, save } = open();
    type(editor, 45);
    vi.advanceTimersByTime(PAUSE_MS);
    type(editor, 50); // typed again before main answered the 45
    save(0).answer({ ok: true, settings: save(0).settings });
    await settle();
    expect(editor.settings.reminders.sittingMinutes).toBe(50);
    expect(editor.saveState).toBe('editing'); // not "saved": the 50 is not saved yet
    vi.advanceTimersByTime(PAUSE_MS);
    expect(saves.map((s) => s.settings.reminders.sittingMinutes)).toEqual([45, 50]);
  });

  it('settings changed elsewhere do not replace an edit in progress or one being saved', () => {
    const { editor, saves } = open();
    const elsewhere = defaultSettings();
    elsewhere.routine.voice = true;
    type(editor, 45);
    editor.adopt(elsewhere);
    expect(editor.settings.reminders.sittingMinutes).toBe(45);
    expect(editor.settings.routine.voice).toBe(false);
    vi.advanceTimersByTime(PAUSE_MS);
    editor.adopt(elsewhere);
    expect(editor.settings.reminders.sittingMinutes).toBe(45);
    expect(saves).toHaveLength(1);
  });

  it('takes settings changed elsewhere once nothing is pending, so the next save keeps them', async () => {
    const { editor, save } = open();
    const elsewhere = defaultSettings();
    elsewhere.routine.voice = true;
    const generation = editor.generation;
    editor.adopt(elsewhere);
    expect(editor.settings.routine.voice).toBe(true);
    expect(editor.generation).toBe(generation + 1); // inputs holding stray text re-render
    editor.edit((draft) => (draft.routine.sound = false));
    expect(save(0).settings.routine).toMatchObject({ voice: true, sound: false });
  });
});

describe('errors, field by field', () => {
  it('a value out of range is named at its field, nothing is sent, and the value stays', () => {
    const { editor, saves } = open();
    type(editor, 5); // below the 10-minute minimum
    vi.advanceTimersByTime(PAUSE_MS);
    expect(saves).toHaveLength(0);
    expect(editor.saveState).toBe('invalid');
    expect(editor.errorAt('reminders.sittingMinutes')).toMatch(/10/);
    expect(editor.errorAt('reminders.snoozeMinutes')).toBeUndefined();
    expect(editor.settings.reminders.sittingMinutes).toBe(5);
    expect(editor.valid.reminders.sittingMinutes).toBe(60); // the preview keeps the last good one
    type(editor, 15);
    vi.advanceTimersByTime(PAUSE_MS);
    expect(editor.errorAt('reminders.sittingMinutes')).toBeUndefined();
    expect(saves.map((s) => s.settings.reminders.sittingMinutes)).toEqual([15]);
  });

  it('gathers the problems of one day under that day, and only those', () => {
    const { editor } = open();
    editor.edit((draft) => draft.workingHours.tue.ranges.push({ from: '16:00', to: '18:00' }));
    expect(editor.errorsUnder('workingHours.tue')).toHaveLength(1);
    expect(editor.errorsUnder('workingHours.mon')).toEqual([]);
    expect(editor.errorsUnder('workingHours')).toHaveLength(1);
  });

  it('an unreadable entry blocks every save until it is fixed, then the held edits go together', () => {
    const { editor, saves, save } = open();
    editor.rejectInput('reminders.snoozeMinutes', {
      code: 'enterNumber',
      params: { min: 1, max: 120 },
    });
    expect(editor.errorAt('reminders.snoozeMinutes')).toBe('Enter a number from 1 to 120.');
    expect(editor.settings.reminders.snoozeMinutes).toBe(10); // the last good value is kept
    editor.edit((draft) => (draft.routine.voice = true));
    expect(saves).toHaveLength(0);
    expect(editor.saveState).toBe('invalid');
    editor.edit((draft) => (draft.reminders.snoozeMinutes = 12), 'soon', 'reminders.snoozeMinutes');
    vi.advanceTimersByTime(PAUSE_MS);
    expect(editor.problemCount).toBe(0);
    expect(saves).toHaveLength(1);
    expect(save(0).settings.routine.voice).toBe(true);
    expect(save(0).settings.reminders.snoozeMinutes).toBe(12);
  });

  it("a save main refuses shows main's message at its field and keeps every typed value", async () => {
    const { editor, save } = open();
    type(editor, 45);
    editor.flushPending();
    save(0).answer({
      ok: false,
      errors: [{ path: 'reminders.sittingMinutes', code: 'atMost', params: { limit: 30 } }],
    });
    await settle();
    expect(editor.saveState).toBe('invalid');
    expect(editor.errorAt('reminders.sittingMinutes')).toBe('At most 30 minutes.');
    expect(editor.settings.reminders.sittingMinutes).toBe(45);
  });

  it('a save that never reached main says so and keeps the value for the next try', async () => {
    const { editor, saves, save } = open();
    type(editor, 45);
    editor.flushPending();
    save(0).fail();
    await settle();
    expect(editor.saveState).toBe('failed');
    expect(editor.settings.reminders.sittingMinutes).toBe(45);
    editor.flush();
    expect(saves.map((s) => s.settings.reminders.sittingMinutes)).toEqual([45, 45]);
  });
});

describe('reset', () => {
  it('puts every setting back, clears the errors and says so', async () => {
    const changed = defaultSettings();
    changed.routine.holdSeconds = 45;
    const { editor, saves } = open(changed);
    type(editor, 5);
    editor.rejectInput('reminders.snoozeMinutes', {
      code: 'enterNumber',
      params: { min: 1, max: 120 },
    });
    const generation = editor.generation;
    await editor.resetToDefaults();
    expect(editor.settings).toEqual(defaultSettings());
    expect(editor.valid).toEqual(defaultSettings());
    expect(editor.problemCount).toBe(0);
    expect(editor.saveState).toBe('saved');
    expect(editor.actionNote).toBe('Every setting is back to its default');
    expect(editor.generation).toBe(generation + 1);
    vi.advanceTimersByTime(PAUSE_MS * 2);
    expect(saves).toHaveLength(0); // the typed 5 died with the reset
  });

  it('a save answered after the reset does not bring the old values back', async () => {
    const { editor, save } = open();
    type(editor, 45);
    editor.flushPending();
    await editor.resetToDefaults();
    save(0).answer({ ok: false, errors: [{ path: 'reminders.sittingMinutes', code: 'invalid' }] });
    await settle();
    expect(editor.saveState).toBe('saved');
    expect(editor.problemCount).toBe(0);
    expect(editor.settings.reminders.sittingMinutes).toBe(60);
  });
});

describe('a change of language', () => {
  it('rewords the problems and the last note at once, keeping what they say', () => {
    const main = fakeMain();
    let language = english;
    const editor = new SettingsEditor(
      { settings: defaultSettings(), notice: null, platform: 'linux', systemLanguage: 'en' },
      { api: main.api, translator: () => language, debounceMs: PAUSE_MS },
    );
    type(editor, 5);
    editor.flushPending();
    editor.rejectInput('reminders.snoozeMinutes', {
      code: 'enterNumber',
      params: { min: 1, max: 120 },
    });
    editor.note(({ t }) => t('settings.day.removed', { day: 'Monday' }));
    expect(editor.errorAt('reminders.sittingMinutes')).toBe('At least 10 minutes.');
    expect(editor.actionNote).toBe('Removed a range from Monday');

    language = createTranslator('en-GB', catalogueFor(PSEUDO_LOCALE));
    const pseudo = language.t;
    expect(editor.errorAt('reminders.sittingMinutes')).toBe(
      pseudo('settings.error.atLeast', { unit: 'minutes', limit: 10 }),
    );
    expect(editor.errorsUnder('reminders.snoozeMinutes')).toEqual([
      pseudo('settings.error.enterNumber', { min: 1, max: 120 }),
    ]);
    expect(editor.actionNote).toBe(pseudo('settings.day.removed', { day: 'Monday' }));
    expect(editor.actionNote).not.toBe('Removed a range from Monday');
  });
});
