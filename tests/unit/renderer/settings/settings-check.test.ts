import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../electron/core/settings/schema';
import { findSettingsErrors, isPlaced } from '../../../../renderer/src/settings/settings-check';
import { nextRange, rangeEndNote } from '../../../../renderer/src/settings/time-text';
import { HOURS_PRESETS } from '../../../../renderer/src/settings/presets';
import { validateSettings } from '../../../../electron/core/settings/validate';

describe('findSettingsErrors', () => {
  it('finds nothing wrong with the defaults', () => {
    expect(findSettingsErrors(defaultSettings())).toEqual([]);
  });

  it('still points at overlapping ranges while another field is out of range', () => {
    const settings = defaultSettings();
    settings.reminders.snoozeMinutes = 0;
    settings.workingHours.mon.ranges.push({ from: '16:00', to: '18:00' });
    const paths = findSettingsErrors(settings).map((e) => e.path);
    expect(paths).toContain('reminders.snoozeMinutes');
    expect(paths).toContain('workingHours.mon.ranges.1');
  });

  it('does not look for overlaps in ranges whose times cannot be read', () => {
    const settings = defaultSettings();
    settings.workingHours.mon.ranges = [{ from: '9am', to: '17:00' }];
    expect(findSettingsErrors(settings).map((e) => e.path)).toEqual([
      'workingHours.mon.ranges.0.from',
    ]);
  });

  it('knows which errors have a field to sit next to', () => {
    expect(isPlaced({ path: 'workingHours.tue.ranges.2.to', message: '' })).toBe(true);
    expect(isPlaced({ path: 'routine.stretches.1', message: '' })).toBe(true);
    expect(isPlaced({ path: 'general.cautionAcknowledgedAt', message: '' })).toBe(false);
    expect(isPlaced({ path: 'version', message: '' })).toBe(false);
  });
});

describe('rangeEndNote', () => {
  it('says nothing about a range within the day', () => {
    expect(rangeEndNote({ from: '09:00', to: '17:00' })).toBeNull();
  });

  it('says when a range runs into the next day, and for how long', () => {
    expect(rangeEndNote({ from: '22:00', to: '06:30' })).toBe(
      'Ends the next day at 06:30 (8 h 30 min in all).',
    );
  });

  it('calls an end of 00:00 or 24:00 midnight', () => {
    expect(rangeEndNote({ from: '18:00', to: '00:00' })).toBe('Ends at midnight.');
    expect(rangeEndNote({ from: '18:00', to: '24:00' })).toBe('Ends at midnight.');
  });
});

describe('nextRange', () => {
  it('offers office hours for an empty day', () => {
    expect(nextRange([])).toEqual({ from: '09:00', to: '17:00' });
  });

  it('places a new range an hour after the last one, clear of it', () => {
    const ranges = [{ from: '09:00', to: '12:00' }];
    const added = nextRange(ranges);
    expect(added).toEqual({ from: '13:00', to: '14:00' });
    const settings = defaultSettings();
    settings.workingHours.mon.ranges = [...ranges, added];
    expect(validateSettings(settings).ok).toBe(true);
  });

  it('finds a free hour when the rest of the evening is taken', () => {
    expect(nextRange([{ from: '20:00', to: '23:30' }])).toEqual({ from: '06:00', to: '07:00' });
    expect(
      nextRange([
        { from: '05:00', to: '08:00' },
        { from: '21:00', to: '02:00' },
      ]),
    ).toEqual({ from: '03:00', to: '04:00' });
  });
});

describe('presets', () => {
  it('each give a week main accepts', () => {
    for (const preset of HOURS_PRESETS) {
      const settings = defaultSettings();
      settings.workingHours = preset.hours();
      expect(validateSettings(settings).ok, preset.id).toBe(true);
    }
  });
});
