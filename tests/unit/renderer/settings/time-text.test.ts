import { describe, expect, it } from 'vitest';
import { english } from '../../../english';
import { defaultSettings } from '../../../../electron/core/settings/schema';
import { validateSettings } from '../../../../electron/core/settings/validate';
import { nextRange, rangeEndNote } from '../../../../renderer/src/settings/time-text';

describe('rangeEndNote', () => {
  it('says nothing about a range within the day', () => {
    expect(rangeEndNote(english, { from: '09:00', to: '17:00' })).toBeNull();
  });

  it('says when a range runs into the next day, and for how long', () => {
    expect(rangeEndNote(english, { from: '22:00', to: '06:30' })).toBe(
      'Ends the next day at 06:30 (8 h 30 min in all).',
    );
  });

  it('calls an end of 00:00 or 24:00 midnight', () => {
    expect(rangeEndNote(english, { from: '18:00', to: '00:00' })).toBe('Ends at midnight.');
    expect(rangeEndNote(english, { from: '18:00', to: '24:00' })).toBe('Ends at midnight.');
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
