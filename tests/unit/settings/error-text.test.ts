import { describe, expect, it } from 'vitest';
import { english, englishIn } from '../../english';
import { catalogueFor } from '../../../electron/core/i18n/catalogues';
import { PSEUDO_LOCALE } from '../../../electron/core/i18n/locales';
import { createTranslator } from '../../../electron/core/i18n/translator';
import {
  FIELD_NAME_KEYS,
  fieldName,
  settingsErrorText,
} from '../../../electron/core/settings/error-text';
import { fieldTitles } from '../../../electron/core/settings/fields';
import { findRangeOverlaps } from '../../../electron/core/settings/overlap';
import { defaultSettings } from '../../../electron/core/settings/schema';
import { validateSettings } from '../../../electron/core/settings/validate';

const american = englishIn('en-US');

describe('the names of the settings fields', () => {
  it('every field the schema titles has a name in the catalogue', () => {
    const named = Object.keys(FIELD_NAME_KEYS);
    expect(Object.keys(fieldTitles()).filter((path) => !named.includes(path))).toEqual([]);
  });

  it('names a field, a day of the working hours and anything inside them', () => {
    expect(fieldName(english, 'reminders.sittingMinutes')).toBe(
      'Minutes of sitting before a reminder',
    );
    expect(fieldName(english, 'workingHours.tue.ranges.2.to')).toBe('Working hours on Tuesday');
    expect(fieldName(english, 'routine.stretches.1')).toBe('Choice and order of stretches');
    expect(fieldName(english, '')).toBe('The settings file');
  });

  it('names the day in the language of the window', () => {
    const pseudo = createTranslator('de', catalogueFor(PSEUDO_LOCALE));
    expect(fieldName(pseudo, 'workingHours.mon')).toContain('Montag');
  });
});

describe('settings errors in words', () => {
  const overlapping = () => {
    const hours = defaultSettings().workingHours;
    hours.mon.ranges = [{ from: '22:00', to: '02:00' }];
    hours.tue.ranges = [
      { from: '01:00', to: '05:00' },
      { from: '13:00', to: '18:00' },
      { from: '09:00', to: '14:00' },
    ];
    return findRangeOverlaps(hours);
  };

  it("words a limit with the field's unit, in the singular or plural it needs", () => {
    const settings = defaultSettings();
    settings.reminders.snoozeMinutes = 0;
    settings.routine.cycles = 9;
    settings.breaks.fullRoutinesPerDay = -1;
    const result = validateSettings(settings);
    const words = result.ok ? [] : result.errors.map((e) => settingsErrorText(english, e));
    expect(words).toEqual(['At least 1 minute.', 'At most 4 cycles.', 'At least 0 (never).']);
  });

  it('writes the times of an overlap on the clock of the locale', () => {
    const [night, sameDay] = overlapping();
    expect(night && settingsErrorText(english, night)).toBe(
      "This range overlaps Monday's 22:00–02:00, which runs past midnight.",
    );
    expect(sameDay && settingsErrorText(english, sameDay)).toBe(
      'This range overlaps 13:00–18:00 on the same day.',
    );
    expect(sameDay && settingsErrorText(american, sameDay)).toBe(
      'This range overlaps 1:00 PM–6:00 PM on the same day.',
    );
  });

  it('words a value the window could not read', () => {
    expect(settingsErrorText(american, { path: 'x', code: 'enterTime' })).toBe(
      'Enter a complete time, such as 9:00 AM.',
    );
    const number = { path: 'x', code: 'enterNumber', params: { min: 1, max: 120 } } as const;
    expect(settingsErrorText(english, number)).toBe('Enter a number from 1 to 120.');
  });

  it("words main's disk failure, with a reason the person can act on", () => {
    const full = {
      path: '',
      code: 'saveFailed',
      params: { file: '/d/s.json', problem: 'disk-full' },
    } as const;
    expect(settingsErrorText(english, full)).toBe(
      'Could not save settings: /d/s.json could not be written (disk full).',
    );
    const odd = {
      path: '',
      code: 'saveFailed',
      params: { file: 'f', problem: 'other', detail: 'EIO' },
    } as const;
    expect(settingsErrorText(english, odd)).toMatch(/\(EIO\)/);
  });
});
