import { describe, expect, it } from 'vitest';
import {
  defaultSettings,
  SETTINGS_VERSION,
  WEEKDAYS,
} from '../../../electron/core/settings/schema';
import { validateSettings } from '../../../electron/core/settings/validate';

describe('default settings', () => {
  it('pass the full validation main runs before storing', () => {
    expect(validateSettings(defaultSettings())).toEqual({ ok: true, settings: defaultSettings() });
  });

  it('follow the prescription: four stretches in order, 30 s holds, two cycles', () => {
    const { routine } = defaultSettings();
    expect(routine.stretches).toEqual([
      'kneeling-lunge',
      'kneeling-side',
      'butterfly',
      'standing-quad',
    ]);
    expect(routine.holdSeconds).toBe(30);
    expect(routine.cycles).toBe(2);
  });

  it('cover Monday to Friday 9 to 5 and leave the weekend off', () => {
    const { workingHours } = defaultSettings();
    for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) {
      expect(workingHours[day]).toEqual({
        enabled: true,
        ranges: [{ from: '09:00', to: '17:00' }],
      });
    }
    expect(workingHours.sat.enabled).toBe(false);
    expect(workingHours.sun.enabled).toBe(false);
    expect(Object.keys(workingHours)).toEqual([...WEEKDAYS]);
  });

  it('start without the caution acknowledged, without launching at login, checking for updates', () => {
    expect(defaultSettings().general).toEqual({
      launchAtLogin: false,
      checkForUpdates: true,
      cautionAcknowledgedAt: null,
    });
    expect(defaultSettings().version).toBe(SETTINGS_VERSION);
  });

  it('are a fresh object each time, so editing one copy cannot leak into the next', () => {
    const first = defaultSettings();
    first.workingHours.mon.ranges.push({ from: '18:00', to: '19:00' });
    first.routine.stretches.pop();
    expect(defaultSettings().workingHours.mon.ranges).toHaveLength(1);
    expect(defaultSettings().routine.stretches).toHaveLength(4);
  });
});
