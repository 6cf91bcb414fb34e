import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../../electron/core/settings/schema';
import { findSettingsErrors, isPlaced } from '../../../../renderer/src/settings/settings-check';

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
    expect(isPlaced({ path: 'workingHours.tue.ranges.2.to', code: 'invalid' })).toBe(true);
    expect(isPlaced({ path: 'routine.stretches.1', code: 'invalid' })).toBe(true);
    expect(isPlaced({ path: 'general.cautionAcknowledgedAt', code: 'invalid' })).toBe(false);
    expect(isPlaced({ path: 'version', code: 'invalid' })).toBe(false);
    expect(isPlaced({ path: 'workingHours.tue', code: 'invalid' })).toBe(true);
    expect(isPlaced({ path: 'workingHours.tue.enabled', code: 'invalid' })).toBe(false);
    expect(isPlaced({ path: 'workingHours.someday', code: 'invalid' })).toBe(false);
  });

  it('places every number field next to its input, and only once', () => {
    // The daily goal has its own input; its message must not be repeated in the summary.
    expect(isPlaced({ path: 'breaks.dailyGoal', code: 'invalid' })).toBe(true);
    expect(isPlaced({ path: 'reminders.sittingMinutes', code: 'invalid' })).toBe(true);
    expect(isPlaced({ path: 'routine.switchExtraSeconds', code: 'invalid' })).toBe(true);
    expect(isPlaced({ path: 'routine.getSetSeconds', code: 'invalid' })).toBe(true);
    // The reminder style shows no message of its own: the summary must carry it.
    expect(isPlaced({ path: 'reminders.style', code: 'invalid' })).toBe(false);
    expect(isPlaced({ path: 'routine.voice', code: 'invalid' })).toBe(false);
  });
});
