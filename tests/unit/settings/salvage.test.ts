import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../electron/core/i18n/catalogues';
import { createTranslator } from '../../../electron/core/i18n/translator';
import { fieldName } from '../../../electron/core/settings/error-text';
import { loadSettings } from '../../../electron/core/settings/salvage';
import { defaultSettings, SETTINGS_VERSION } from '../../../electron/core/settings/schema';
import { validateSettings } from '../../../electron/core/settings/validate';
import { asStored, customSettings, type Stored } from './fixtures';

/** What was reset, as the repair notice names it in English. */
const ENGLISH = createTranslator('en-GB', catalogueFor('en'));
const named = (paths: readonly string[]) => paths.map((path) => fieldName(ENGLISH, path));

const NOW = Date.UTC(2025, 0, 5, 12);

function loadTampered(tamper: (s: Stored) => void) {
  const stored = asStored(customSettings());
  tamper(stored);
  return loadSettings(stored, NOW);
}

describe('loading a stored settings file', () => {
  it('returns a valid file unchanged, with nothing to report', () => {
    expect(loadSettings(asStored(customSettings()), NOW)).toEqual({
      settings: customSettings(),
      problems: [],
      salvaged: false,
      newerVersion: null,
    });
  });

  it('resets only the one reminder number that is wrong', () => {
    const { settings, problems, salvaged } = loadTampered(
      (s) => (s.reminders.snoozeMinutes = 'ten'),
    );
    expect(settings.reminders).toEqual({
      ...customSettings().reminders,
      snoozeMinutes: defaultSettings().reminders.snoozeMinutes,
    });
    expect(named(problems)).toEqual(['Snooze length']);
    expect(salvaged).toBe(true);
  });

  it('resets only the weekday that is broken and keeps the other days as they were', () => {
    const { settings, problems } = loadTampered(
      (s) => (s.workingHours.wed = { enabled: 'yes', ranges: [] }),
    );
    expect(settings.workingHours).toEqual({
      ...customSettings().workingHours,
      wed: defaultSettings().workingHours.wed,
    });
    expect(named(problems)).toEqual(['Working hours on Wednesday']);
  });

  it('resets each broken routine option on its own', () => {
    const { settings, problems } = loadTampered((s) => {
      s.routine.cycles = 12;
      s.routine.voice = 'loud';
    });
    const defaults = defaultSettings().routine;
    expect(settings.routine).toEqual({
      ...customSettings().routine,
      cycles: defaults.cycles,
      voice: defaults.voice,
    });
    expect(named(problems)).toEqual(['Number of cycles', 'Spoken guidance']);
  });

  it('keeps the known stretches, in order, when the list holds one this version does not know', () => {
    const { settings, problems } = loadTampered(
      (s) => (s.routine.stretches = ['standing-quad', 'pigeon-pose', 'kneeling-side']),
    );
    expect(settings.routine.stretches).toEqual(['standing-quad', 'kneeling-side']);
    expect(named(problems)).toEqual(['Choice and order of stretches']);
  });

  it('falls back to defaults for a whole missing section and says so once', () => {
    const { settings, problems } = loadTampered((s) => delete s.reminders);
    expect(settings.reminders).toEqual(defaultSettings().reminders);
    expect(settings.routine).toEqual(customSettings().routine);
    expect(named(problems)).toEqual(['Reminder settings']);
  });

  it('resets a day whose ranges overlap, keeping the rest', () => {
    const { settings, problems } = loadTampered(
      (s) =>
        (s.workingHours.mon.ranges = [
          { from: '08:00', to: '12:00' },
          { from: '11:00', to: '16:00' },
        ]),
    );
    expect(settings.workingHours.mon).toEqual(defaultSettings().workingHours.mon);
    expect(settings.workingHours.sat).toEqual(customSettings().workingHours.sat);
    expect(named(problems)).toEqual(['Working hours on Monday']);
  });

  it('resolves a night range that runs into a default day by resetting the night range', () => {
    // Tuesday is broken and goes back to 9-17, which Monday's night range (to 10:00) overlaps.
    const { settings, problems } = loadTampered((s) => {
      s.workingHours.mon = { enabled: true, ranges: [{ from: '22:00', to: '10:00' }] };
      s.workingHours.tue = null;
    });
    expect(validateSettings(settings).ok).toBe(true);
    expect(settings.workingHours.mon).toEqual(defaultSettings().workingHours.mon);
    expect(named(problems)).toEqual(['Working hours on Tuesday', 'Working hours on Monday']);
  });

  it("costs the user only one day when a night range clashes with the next day's own hours", () => {
    // Saved by an older version that did not check across midnight: Sunday night runs into
    // Monday morning. Resetting Monday to 9-17 would still clash and then cost Sunday as well.
    const { settings, problems } = loadTampered((s) => {
      s.workingHours.sun = { enabled: true, ranges: [{ from: '22:00', to: '10:00' }] };
    });
    expect(validateSettings(settings).ok).toBe(true);
    expect(settings.workingHours.mon).toEqual(customSettings().workingHours.mon);
    expect(settings.workingHours.sun).toEqual(defaultSettings().workingHours.sun);
    expect(named(problems)).toEqual(['Working hours on Sunday']);
  });

  it('drops unknown keys without reporting anything, since nothing valid was lost', () => {
    const { settings, problems, salvaged } = loadTampered((s) => {
      s.theme = 'dark';
      s.reminders.flashScreen = true;
      s.workingHours.holidays = [];
    });
    expect(settings).toEqual(customSettings());
    expect(problems).toEqual([]);
    expect(salvaged).toBe(false);
  });

  it('salvages a file from a newer version: keeps what fits, resets what does not', () => {
    const { settings, problems, salvaged, newerVersion } = loadTampered((s) => {
      s.version = SETTINGS_VERSION + 1;
      s.reminders.style = 'banner';
      s.focusMode = { enabled: true };
    });
    expect(newerVersion).toBe(SETTINGS_VERSION + 1);
    expect(salvaged).toBe(true);
    expect(settings.version).toBe(SETTINGS_VERSION);
    expect(settings.reminders).toEqual({
      ...customSettings().reminders,
      style: defaultSettings().reminders.style,
    });
    expect(settings.workingHours).toEqual(customSettings().workingHours);
    expect(named(problems)).toEqual(['How reminders appear']);
  });

  it('salvages a file with a meaningless version as if it were current', () => {
    const { settings, salvaged } = loadTampered((s) => (s.version = 'latest'));
    expect(settings.routine).toEqual(customSettings().routine);
    expect(salvaged).toBe(true);
  });

  it('starts from defaults when the file holds no object at all', () => {
    for (const raw of [null, 7, 'settings', [1, 2]]) {
      expect(loadSettings(raw, NOW)).toEqual({
        settings: defaultSettings(),
        problems: ['All settings'],
        salvaged: true,
        newerVersion: null,
      });
    }
  });

  it('always ends with settings that main would accept for saving', () => {
    const wrecks: ((s: Stored) => void)[] = [
      (s) => (s.workingHours = 'nine to five'),
      (s) => (s.general = { launchAtLogin: 1, cautionAcknowledgedAt: 'yesterday' }),
      (s) => (s.routine = { stretches: 'all' }),
      (s) => {
        for (const day of Object.keys(s.workingHours))
          s.workingHours[day] = { enabled: true, ranges: [{ from: '20:00', to: '12:00' }] };
      },
    ];
    for (const wreck of wrecks) {
      expect(validateSettings(loadTampered(wreck).settings).ok).toBe(true);
    }
  });
});
