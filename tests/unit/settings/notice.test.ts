import { describe, expect, it } from 'vitest';
import { catalogueFor } from '../../../electron/core/i18n/catalogues';
import { createTranslator } from '../../../electron/core/i18n/translator';
import { repairNotice, unwritableNotice } from '../../../electron/core/settings/notice';

const ENGLISH = createTranslator('en-GB', catalogueFor('en'));
const GERMAN = createTranslator('de-DE', catalogueFor('de'));

describe('the one-time repair notice', () => {
  it('says settings were reset and where the unreadable file was kept', () => {
    const text = repairNotice(ENGLISH, {
      kind: 'unreadable',
      backupName: 'settings.broken-2025-01-05.json',
    });
    expect(text).toMatch(/could not be read/);
    expect(text).toMatch(/default/);
    expect(text).toContain('settings.broken-2025-01-05.json');
  });

  it('lists every field that went back to its default', () => {
    const text = repairNotice(ENGLISH, {
      kind: 'salvaged',
      problems: ['reminders.snoozeMinutes', 'workingHours.tue'],
      backupName: 'settings.broken-2025-01-05-2.json',
    });
    expect(text).toContain('Snooze length');
    expect(text).toContain('Working hours on Tuesday');
    expect(text).toContain('settings.broken-2025-01-05-2.json');
  });

  it('explains a file from a newer version even when everything fitted', () => {
    const text = repairNotice(ENGLISH, {
      kind: 'newer',
      problems: [],
      backupName: 'settings.broken-2025-01-05.json',
    });
    expect(text).toMatch(/newer version/);
    expect(text).not.toMatch(/defaults:/);
  });

  it('says the old file stayed in place when no copy could be made', () => {
    expect(repairNotice(ENGLISH, { kind: 'unreadable', backupName: null })).toMatch(
      /left where it was/,
    );
  });

  it('names the folder that cannot be written', () => {
    expect(unwritableNotice(ENGLISH, '/home/ana/.config/Unsit')).toContain(
      '/home/ana/.config/Unsit',
    );
  });

  it('names the fields in the language of the moment it is shown, as a list of that language', () => {
    const repair = {
      kind: 'salvaged',
      problems: ['reminders.snoozeMinutes', 'workingHours.tue', 'workingHours.tue'],
      backupName: null,
    } as const;
    expect(repairNotice(ENGLISH, repair)).toContain('Snooze length and Working hours on Tuesday.');
    const german = repairNotice(GERMAN, repair);
    expect(german).toContain(' und ');
    expect(german).toContain('Dienstag');
    expect(german).not.toMatch(/Snooze length|Tuesday|default/);
  });
});
