import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../electron/core/i18n/catalogues';
import { createTranslator } from '../../../electron/core/i18n/translator';
import { fieldName } from '../../../electron/core/settings/error-text';
import { migrateSettings, SETTINGS_MIGRATIONS } from '../../../electron/core/settings/migrations';
import { loadSettings } from '../../../electron/core/settings/salvage';
import { defaultSettings, SETTINGS_VERSION } from '../../../electron/core/settings/schema';
import { asStored, customSettings, type Stored } from './fixtures';

/** What was reset, as the repair notice names it in English. */
const ENGLISH = createTranslator('en-GB', catalogueFor('en'));
const named = (paths: readonly string[]) => paths.map((path) => fieldName(ENGLISH, path));

const NOW = Date.UTC(2025, 2, 14, 9, 26, 53);

/** What a first release would have stored before working hours existed. */
function v1File(overrides: Record<string, unknown> = {}) {
  return {
    version: 1,
    routine: {
      holdSeconds: 40,
      cycles: 1,
      sound: false,
      voice: true,
      stretches: ['standing-quad', 'butterfly'],
    },
    cautionAcknowledged: true,
    ...overrides,
  };
}

/** The custom settings stored as they were before "Check for updates" (version 6) existed. */
function beforeUpdateCheck(): Stored {
  const stored = asStored(customSettings());
  const { checkForUpdates: _check, language: _language, ...general } = stored.general;
  return { ...stored, general };
}

/**
 * What a migrated file of before version 6 holds: the custom settings, the update check on and
 * the language following the system.
 */
function customWithUpdateCheck() {
  const custom = customSettings();
  return {
    ...custom,
    general: { ...custom.general, checkForUpdates: true, language: 'system' as const },
  };
}

/**
 * The custom settings as version 3 stored them: one switch time for every stretch (the custom
 * 5 s extra was 13 s then), no get-set count, no remembered large view.
 */
function v3File(routinePatch: Record<string, unknown> = {}): Stored {
  const { busy: _busy, ...stored } = beforeUpdateCheck();
  const {
    switchExtraSeconds,
    getSetSeconds: _count,
    largeView: _large,
    ...routine
  } = stored.routine;
  return {
    ...stored,
    version: 3,
    routine: { ...routine, switchSeconds: switchExtraSeconds + 8, ...routinePatch },
  };
}

describe('settings migrations', () => {
  it('has a migration from every older version up to the current one', () => {
    for (let version = 1; version < SETTINGS_VERSION; version += 1) {
      expect(SETTINGS_MIGRATIONS[version], `migration from v${version}`).toBeTypeOf('function');
    }
  });

  it('leaves a current file as it is', () => {
    const stored = asStored(customSettings());
    expect(migrateSettings(stored, NOW)).toEqual({
      kind: 'current',
      fromVersion: SETTINGS_VERSION,
      data: stored,
    });
  });

  describe('from version 1', () => {
    it('keeps the routine the user had and fills in what v1 did not know from defaults', () => {
      const { settings, problems, salvaged } = loadSettings(v1File(), NOW);
      const defaults = defaultSettings();
      expect(settings.routine).toEqual({
        ...defaults.routine,
        holdSeconds: 40,
        cycles: 1,
        sound: false,
        voice: true,
        stretches: ['standing-quad', 'butterfly'],
      });
      expect(settings.workingHours).toEqual(defaults.workingHours);
      expect(settings.reminders).toEqual(defaults.reminders);
      expect(settings.general.checkForUpdates).toBe(true);
      expect(settings.version).toBe(SETTINGS_VERSION);
      expect(problems).toEqual([]);
      expect(salvaged).toBe(false);
    });

    it('turns an acknowledged caution into the time of the migration', () => {
      const { settings } = loadSettings(v1File(), NOW);
      expect(settings.general.cautionAcknowledgedAt).toBe('2025-03-14T09:26:53.000Z');
    });

    it('keeps an unacknowledged caution unacknowledged, so it is still shown', () => {
      const { settings } = loadSettings(v1File({ cautionAcknowledged: false }), NOW);
      expect(settings.general.cautionAcknowledgedAt).toBeNull();
    });

    it('uses all four stretches when v1 had no stretch list', () => {
      const file = v1File();
      delete (file.routine as Record<string, unknown>).stretches;
      expect(loadSettings(file, NOW).settings.routine.stretches).toEqual(
        defaultSettings().routine.stretches,
      );
    });

    it('reads a file without any version as version 1', () => {
      const { version: _version, ...unversioned } = v1File();
      expect(migrateSettings(unversioned, NOW).kind).toBe('migrated');
      expect(loadSettings(unversioned, NOW).settings.routine.holdSeconds).toBe(40);
    });

    it('does not mistake a current file that lost its version for version 1', () => {
      const { version: _version, ...unversioned } = asStored(customSettings());
      const { settings, problems } = loadSettings(unversioned, NOW);
      expect(settings).toEqual(customSettings());
      expect(named(problems)).toEqual(['The settings file']);
    });

    it('reports, and resets, a v1 value that was already out of range', () => {
      const file = v1File({ routine: { holdSeconds: 999, cycles: 1, sound: false, voice: true } });
      const { settings, problems, salvaged } = loadSettings(file, NOW);
      expect(settings.routine.holdSeconds).toBe(defaultSettings().routine.holdSeconds);
      expect(settings.routine.cycles).toBe(1);
      expect(named(problems)).toEqual(['Hold length']);
      expect(salvaged).toBe(true);
    });

    it('does not treat a strange caution value as acknowledged', () => {
      const { settings, problems } = loadSettings(v1File({ cautionAcknowledged: 'yes' }), NOW);
      expect(settings.general.cautionAcknowledgedAt).toBeNull();
      expect(named(problems)).toEqual(['Health caution acknowledgement']);
    });
  });

  describe('from version 2', () => {
    /** A settings file as version 0.1 of Unsit wrote it: no break choice, no daily goal. */
    function v2File() {
      const { breaks: _breaks, ...stored } = v3File();
      const { waitForPosition: _wait, ...routine } = stored.routine;
      return { ...stored, version: 2, routine };
    }

    it('keeps every v2 setting and adds the break choice, the goal and the set-up wait', () => {
      const { settings, problems, salvaged } = loadSettings(v2File(), NOW);
      const custom = customWithUpdateCheck();
      const defaults = defaultSettings();
      expect(settings).toEqual({
        ...custom,
        routine: {
          ...custom.routine,
          waitForPosition: defaults.routine.waitForPosition,
          getSetSeconds: defaults.routine.getSetSeconds,
          largeView: defaults.routine.largeView,
        },
        breaks: defaults.breaks,
        busy: defaults.busy,
      });
      expect(problems).toEqual([]);
      expect(salvaged).toBe(false);
    });

    it('reports a migrated v2 file as migrated, not as current', () => {
      expect(migrateSettings(v2File(), NOW)).toMatchObject({ kind: 'migrated', fromVersion: 2 });
    });

    it('leaves a damaged v2 section for salvage to judge instead of replacing it', () => {
      const file = { ...v2File(), routine: 'broken' };
      const { settings, problems } = loadSettings(file, NOW);
      expect(settings.routine).toEqual(defaultSettings().routine);
      expect(settings.workingHours).toEqual(customSettings().workingHours);
      expect(named(problems)).toEqual(['Routine settings']);
    });
  });

  describe('from version 3', () => {
    it('keeps every v3 setting, adds the get-set count and the large view', () => {
      const { settings, problems, salvaged } = loadSettings(v3File(), NOW);
      const custom = customWithUpdateCheck();
      const defaults = defaultSettings();
      expect(settings).toEqual({
        ...custom,
        routine: {
          ...custom.routine,
          getSetSeconds: defaults.routine.getSetSeconds,
          largeView: defaults.routine.largeView,
        },
      });
      expect(problems).toEqual([]);
      expect(salvaged).toBe(false);
    });

    it.each([
      [8, 0],
      [5, -3],
      [12, 4],
      [3, -5],
      [30, 22],
    ])("turns a switch of %i s into %i s more or less than each stretch's own", (old, extra) => {
      const file = v3File({ switchSeconds: old });
      expect(loadSettings(file, NOW).settings.routine.switchExtraSeconds).toBe(extra);
    });

    it("falls back on each stretch's own switch time when the old one was not a number", () => {
      const { settings, problems } = loadSettings(v3File({ switchSeconds: 'slow' }), NOW);
      expect(settings.routine.switchExtraSeconds).toBe(0);
      expect(settings.routine.holdSeconds).toBe(customSettings().routine.holdSeconds);
      expect(problems).toEqual([]);
    });

    it('reports a migrated v3 file as migrated', () => {
      expect(migrateSettings(v3File(), NOW)).toMatchObject({ kind: 'migrated', fromVersion: 3 });
    });
  });

  describe('from version 4', () => {
    /** A settings file from before "Don't interrupt". */
    function v4File() {
      const { busy: _busy, ...stored } = beforeUpdateCheck();
      return { ...stored, version: 4 };
    }

    it('keeps every v4 setting and adds "Don\'t interrupt": every source on, 2 hours of DND', () => {
      const { settings, problems, salvaged } = loadSettings(v4File(), NOW);
      expect(settings).toEqual({
        ...customWithUpdateCheck(),
        busy: { call: true, fullscreen: true, dnd: true, meeting: true, dndLimitMinutes: 120 },
      });
      expect(problems).toEqual([]);
      expect(salvaged).toBe(false);
      expect(migrateSettings(v4File(), NOW)).toMatchObject({ kind: 'migrated', fromVersion: 4 });
    });

    it('resets only a damaged field of the new section, and says which', () => {
      const file = {
        ...asStored(customSettings()),
        busy: { ...defaultSettings().busy, dndLimitMinutes: 5 },
      };
      const { settings, problems } = loadSettings(file, NOW);
      expect(settings.busy.dndLimitMinutes).toBe(120);
      expect(settings.routine).toEqual(customSettings().routine);
      expect(named(problems)).toEqual(['Longest Do Not Disturb hold']);
    });
  });

  describe('from version 5', () => {
    /** A settings file from before "Check for updates", with the user's login item on. */
    function v5File(): Stored {
      return { ...beforeUpdateCheck(), version: 5 };
    }

    it('keeps every v5 setting and turns the update check on', () => {
      const { settings, problems, salvaged } = loadSettings(v5File(), NOW);
      expect(settings).toEqual(customWithUpdateCheck());
      expect(settings.general.launchAtLogin).toBe(true);
      expect(problems).toEqual([]);
      expect(salvaged).toBe(false);
      expect(migrateSettings(v5File(), NOW)).toMatchObject({ kind: 'migrated', fromVersion: 5 });
    });

    it('keeps a choice already in the file rather than the default', () => {
      const file = v5File();
      file.general = { ...file.general, checkForUpdates: false };
      expect(loadSettings(file, NOW).settings.general.checkForUpdates).toBe(false);
    });

    it('leaves a damaged general section for salvage to judge', () => {
      const { settings, problems } = loadSettings({ ...v5File(), general: 7 }, NOW);
      expect(settings.general).toEqual(defaultSettings().general);
      expect(settings.routine).toEqual(customSettings().routine);
      expect(settings.busy).toEqual(customSettings().busy);
      expect(named(problems)).toEqual(['General settings']);
    });
  });

  describe('from version 6', () => {
    /** A settings file from before the Language setting. */
    function v6File() {
      const stored = asStored(customSettings());
      const { language: _language, ...general } = stored.general;
      return { ...stored, version: 6, general };
    }

    it('keeps every v6 setting and follows the system language', () => {
      const { settings, problems, salvaged } = loadSettings(v6File(), NOW);
      expect(settings).toEqual({
        ...customSettings(),
        general: { ...customSettings().general, language: 'system' },
      });
      expect(settings.general.checkForUpdates).toBe(false);
      expect(problems).toEqual([]);
      expect(salvaged).toBe(false);
      expect(migrateSettings(v6File(), NOW)).toMatchObject({ kind: 'migrated', fromVersion: 6 });
    });

    it('leaves a damaged general section for salvage to judge', () => {
      const { settings, problems } = loadSettings({ ...v6File(), general: 7 }, NOW);
      expect(settings.general).toEqual(defaultSettings().general);
      expect(settings.busy).toEqual(customSettings().busy);
      expect(named(problems)).toEqual(['General settings']);
    });

    it('resets only an unknown language, and says which setting it was', () => {
      const stored = asStored(customSettings());
      const file = { ...stored, general: { ...stored.general, language: 'tlh' } };
      const { settings, problems } = loadSettings(file, NOW);
      expect(settings.general).toEqual({ ...customSettings().general, language: 'system' });
      expect(named(problems)).toEqual(['Language']);
    });
  });

  it('does not migrate a file from a newer app, but hands it over for salvage', () => {
    const newer = { ...asStored(customSettings()), version: SETTINGS_VERSION + 1 };
    expect(migrateSettings(newer, NOW)).toEqual({
      kind: 'newer',
      fromVersion: SETTINGS_VERSION + 1,
      data: newer,
    });
  });

  it('recognises a meaningless version and anything that is not an object', () => {
    expect(migrateSettings({ version: 'two' }, NOW).kind).toBe('unknown-version');
    expect(migrateSettings({ version: 0 }, NOW).kind).toBe('unknown-version');
    expect(migrateSettings([], NOW).kind).toBe('not-an-object');
    expect(migrateSettings(null, NOW).kind).toBe('not-an-object');
  });
});
