import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../electron/core/i18n/catalogues';
import { createTranslator } from '../../../electron/core/i18n/translator';
import { defaultSettings, SETTINGS_VERSION } from '../../../electron/core/settings/schema';
import {
  createHistoryStore,
  createTimerStateStore,
  createSettingsStore,
  SettingsValidationError,
  SettingsWriteError,
} from '../../../electron/main/storage';
import { asStored, customSettings } from '../../unit/settings/fixtures';
import { now, NOW, openConf, TODAY, useTempDirs, writeJson } from './helpers';

const ENGLISH = createTranslator('en-GB', catalogueFor('en'));

const tempDir = useTempDirs();
const open = (dir: string) => createSettingsStore({ dir, now, openStore: openConf });
const readJson = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

// What every settings store does (defaults, validation, copies, reset) is in
// settings-store-contract.test.ts; here is what only the store on disk does.
describe('settings store on a fresh folder', () => {
  it('saves settings that a later start reads back', () => {
    const dir = tempDir();
    expect(open(dir).save(customSettings())).toEqual(customSettings());
    expect(readJson(join(dir, 'settings.json'))).toEqual(customSettings());
    expect(open(dir).get()).toEqual(customSettings());
  });

  it('leaves the file alone when it refuses invalid settings', () => {
    const dir = tempDir();
    const store = open(dir);
    store.save(customSettings());
    const bad = customSettings();
    bad.reminders.sittingMinutes = 5;
    expect(() => store.save(bad)).toThrow(SettingsValidationError);
    expect(readJson(join(dir, 'settings.json'))).toEqual(customSettings());
  });
});

describe('settings store with a damaged file', () => {
  it('keeps truncated JSON aside, starts from defaults and tells the user once', () => {
    const dir = tempDir();
    const truncated = JSON.stringify(customSettings()).slice(0, 57);
    writeFileSync(join(dir, 'settings.json'), truncated);
    const store = open(dir);
    expect(store.get()).toEqual(defaultSettings());
    expect(readFileSync(join(dir, `settings.broken-${TODAY}.json`), 'utf8')).toBe(truncated);
    expect(readJson(join(dir, 'settings.json'))).toEqual(defaultSettings());
    const notice = store.takeNotice(ENGLISH);
    expect(notice).toMatch(/could not be read/);
    expect(notice).toContain(`settings.broken-${TODAY}.json`);
    expect(store.takeNotice(ENGLISH)).toBeNull();
  });

  it('keeps every field of the right type and resets the wrong ones, naming them', () => {
    const dir = tempDir();
    const stored = asStored(customSettings());
    stored.reminders.snoozeMinutes = '20';
    stored.workingHours.wed.ranges = { from: '07:15', to: '15:45' };
    writeJson(join(dir, 'settings.json'), stored);
    const store = open(dir);
    const expected = customSettings();
    expected.reminders.snoozeMinutes = defaultSettings().reminders.snoozeMinutes;
    expected.workingHours.wed = defaultSettings().workingHours.wed;
    expect(store.get()).toEqual(expected);
    expect(readJson(join(dir, 'settings.json'))).toEqual(expected);
    expect(readJson(join(dir, `settings.broken-${TODAY}.json`))).toEqual(stored);
    const notice = store.takeNotice(ENGLISH);
    expect(notice).toContain('Snooze length');
    expect(notice).toContain('Working hours on Wednesday');
    expect(notice).not.toContain('Hold length');
  });

  it('reads a file an editor saved with a byte-order mark as the settings it holds', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'settings.json'), `\uFEFF${JSON.stringify(customSettings())}`);
    const store = open(dir);
    expect(store.get()).toEqual(customSettings());
    expect(store.takeNotice(ENGLISH)).toBeNull();
  });

  it('drops unknown keys quietly: no notice and no copy, as nothing valid was lost', () => {
    const dir = tempDir();
    writeJson(join(dir, 'settings.json'), {
      ...asStored(customSettings()),
      theme: 'dark',
      reminders: { ...customSettings().reminders, flash: true },
    });
    const store = open(dir);
    expect(store.get()).toEqual(customSettings());
    expect(store.takeNotice(ENGLISH)).toBeNull();
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(readJson(join(dir, 'settings.json'))).toEqual(customSettings());
  });

  it('keeps a file from a newer version aside untouched and salvages what it understands', () => {
    const dir = tempDir();
    const newer = asStored(customSettings());
    newer.version = SETTINGS_VERSION + 1;
    newer.focus = { enabled: true };
    newer.reminders.style = 'banner';
    writeJson(join(dir, 'settings.json'), newer);
    const store = open(dir);
    expect(store.get().workingHours).toEqual(customSettings().workingHours);
    expect(store.get().reminders.style).toBe(defaultSettings().reminders.style);
    expect(readJson(join(dir, `settings.broken-${TODAY}.json`))).toEqual(newer);
    const notice = store.takeNotice(ENGLISH);
    expect(notice).toMatch(/newer version/);
    expect(notice).toContain('How reminders appear');
  });

  it('migrates a version 1 file in place without alarming the user', () => {
    const dir = tempDir();
    writeJson(join(dir, 'settings.json'), {
      version: 1,
      routine: { holdSeconds: 40, cycles: 1, sound: false, voice: true },
      cautionAcknowledged: true,
    });
    const store = open(dir);
    expect(store.get().routine.holdSeconds).toBe(40);
    expect(store.get().general.cautionAcknowledgedAt).toBe(new Date(NOW).toISOString());
    expect(readJson(join(dir, 'settings.json'))).toEqual(store.get());
    expect(store.takeNotice(ENGLISH)).toBeNull();
  });

  it('never overwrites an earlier copy from the same day: it adds -2, -3', () => {
    const dir = tempDir();
    writeFileSync(join(dir, `settings.broken-${TODAY}.json`), 'first');
    writeFileSync(join(dir, 'settings.json'), '{"version": 2,');
    open(dir);
    writeFileSync(join(dir, 'settings.json'), '[oops');
    const third = open(dir);
    expect(readFileSync(join(dir, `settings.broken-${TODAY}.json`), 'utf8')).toBe('first');
    expect(readFileSync(join(dir, `settings.broken-${TODAY}-2.json`), 'utf8')).toBe(
      '{"version": 2,',
    );
    expect(readFileSync(join(dir, `settings.broken-${TODAY}-3.json`), 'utf8')).toBe('[oops');
    expect(third.takeNotice(ENGLISH)).toContain(`settings.broken-${TODAY}-3.json`);
  });

  it('clears what a crash between writing and renaming left behind, and nothing else', () => {
    const dir = tempDir();
    writeJson(join(dir, 'settings.json'), customSettings());
    writeFileSync(join(dir, 'settings.json.tmp-0123456789ab'), '{"version": 2, "work');
    writeFileSync(join(dir, 'history.json.tmp-ba9876543210'), '{"records": [');
    writeFileSync(join(dir, 'timer-state.json.tmp-00aa11bb22cc'), '{"state"');
    writeFileSync(join(dir, 'settings.json.tmp-notes'), 'not ours');
    const store = open(dir);
    createHistoryStore({ dir, now, openStore: openConf });
    createTimerStateStore({ dir, openStore: openConf });
    expect(store.get()).toEqual(customSettings());
    expect(store.takeNotice(ENGLISH)).toBeNull();
    expect(readdirSync(dir).sort()).toEqual(['settings.json', 'settings.json.tmp-notes']);
  });

  it('leaves the history file alone when the settings file is broken', () => {
    const dir = tempDir();
    const history =
      '{\n\t"version": 1,\n\t"records": [{"at": "2025-01-04T10:00:00.000Z", "type": "completed"}]\n}';
    writeFileSync(join(dir, 'history.json'), history);
    writeFileSync(join(dir, 'settings.json'), '{"version": 2, "workingHours": ');
    const store = open(dir);
    store.save(customSettings());
    store.reset();
    expect(readFileSync(join(dir, 'history.json'), 'utf8')).toBe(history);
    expect(existsSync(join(dir, `history.broken-${TODAY}.json`))).toBe(false);
  });
});

describe('settings store in a folder that cannot be written', () => {
  it('runs on defaults in memory and explains why saving fails', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'not-a-folder'), '');
    const dir = join(parent, 'not-a-folder', 'Unsit');
    const store = open(dir);
    expect(store.get()).toEqual(defaultSettings());
    expect(store.takeNotice(ENGLISH)).toContain(dir);
    expect(() => store.save(customSettings())).toThrow(SettingsWriteError);
    expect(() => store.save(customSettings())).toThrow(
      /^Could not save settings: .*\(folder-not-writable\)/,
    );
    expect(store.get()).toEqual(defaultSettings());
  });

  it('keeps the settings it has when the folder becomes unwritable, and the file intact', async () => {
    const dir = tempDir();
    open(dir).save(customSettings());
    const before = readFileSync(join(dir, 'settings.json'), 'utf8');
    const store = open(dir);
    const restore = await makeUnwritable(dir);
    try {
      const changed = customSettings();
      changed.reminders.sittingMinutes = 90;
      expect(() => store.save(changed)).toThrow(
        /^Could not save settings: .*\(folder-not-writable\)/,
      );
      expect(store.get()).toEqual(customSettings());
    } finally {
      restore();
    }
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before);
  });

  it('starts on defaults when a folder stands where the settings file should be', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'settings.json'));
    const store = open(dir);
    expect(store.get()).toEqual(defaultSettings());
    expect(store.takeNotice(ENGLISH)).toMatch(/could not be read/);
    expect(() => store.save(customSettings())).toThrow(/^Could not save settings: /);
  });
});

/**
 * Makes `dir` unwritable. chmod does that for ordinary users; root ignores permissions, so there
 * the folder is swapped for a plain file instead (and swapped back afterwards).
 */
async function makeUnwritable(dir: string): Promise<() => void> {
  const fs = await import('node:fs');
  fs.chmodSync(dir, 0o500);
  const probe = join(dir, '.probe');
  try {
    fs.writeFileSync(probe, '');
    fs.rmSync(probe);
  } catch {
    return () => fs.chmodSync(dir, 0o700);
  }
  fs.chmodSync(dir, 0o700);
  const aside = `${dir}.aside`;
  fs.renameSync(dir, aside);
  fs.writeFileSync(dir, 'in the way');
  return () => {
    fs.rmSync(dir);
    fs.renameSync(aside, dir);
  };
}
