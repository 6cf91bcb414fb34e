import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../electron/core/i18n/catalogues';
import { createTranslator } from '../../../electron/core/i18n/translator';
import { defaultSettings } from '../../../electron/core/settings/schema';
import type { SettingsStore } from '../../../electron/core/storage/ports';
import { createSettingsStore, SettingsValidationError } from '../../../electron/main/storage';
import { customSettings } from '../../unit/settings/fixtures';
import { memoryStore } from '../ipc-setup';
import { now, openConf, useTempDirs } from './helpers';

const ENGLISH = createTranslator('en-GB', catalogueFor('en'));

// The IPC tests run on an in-memory settings store; these cases hold it and the real store on
// disk to the same behaviour, so the fake cannot drift from what the app does.
const tempDir = useTempDirs();

const stores: [string, () => SettingsStore][] = [
  [
    'the real store on disk',
    () => createSettingsStore({ dir: tempDir(), now, openStore: openConf }),
  ],
  ['the in-memory fake', () => memoryStore()],
];

describe.each(stores)('the settings store contract: %s', (_name, open) => {
  it('starts on the defaults with nothing to tell', () => {
    const store = open();
    expect(store.get()).toEqual(defaultSettings());
    expect(store.takeNotice(ENGLISH)).toBeNull();
  });

  it('stores valid settings and answers with what it stored', () => {
    const store = open();
    expect(store.save(customSettings())).toEqual(customSettings());
    expect(store.get()).toEqual(customSettings());
  });

  it('refuses invalid settings naming the field, and keeps what it had', () => {
    const store = open();
    store.save(customSettings());
    const bad = customSettings();
    bad.workingHours.tue = {
      enabled: true,
      ranges: [
        { from: '09:00', to: '13:00' },
        { from: '12:00', to: '17:00' },
      ],
    };
    const refusal = (() => {
      try {
        store.save(bad);
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(SettingsValidationError);
    expect((refusal as SettingsValidationError).errors.map((e) => e.path)).toEqual([
      'workingHours.tue.ranges.1',
    ]);
    expect(store.get()).toEqual(customSettings());
  });

  it('hands out copies, so a caller editing them changes nothing stored', () => {
    const store = open();
    store.get().reminders.sittingMinutes = 11;
    store.save(customSettings()).reminders.snoozeMinutes = 59;
    expect(store.get()).toEqual(customSettings());
  });

  it('resets to the defaults but keeps the acknowledged caution', () => {
    const store = open();
    store.save(customSettings());
    const expected = defaultSettings();
    expected.general.cautionAcknowledgedAt = customSettings().general.cautionAcknowledgedAt;
    expect(expected.general.cautionAcknowledgedAt).not.toBeNull();
    expect(store.reset()).toEqual(expected);
    expect(store.get()).toEqual(expected);
  });
});
