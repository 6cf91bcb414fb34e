import { describe, expect, it } from 'vitest';
import { english } from '../../english';
import { settingsErrorText } from '../../../electron/core/settings/error-text';
import { defaultSettings } from '../../../electron/core/settings/schema';
import { validateSettings } from '../../../electron/core/settings/validate';
import { asStored, customSettings, type Stored } from './fixtures';

function errorsFor(tamper: (s: Stored) => void) {
  const stored = asStored(customSettings());
  tamper(stored);
  const result = validateSettings(stored);
  if (result.ok) throw new Error('expected the settings to be refused');
  return result.errors;
}

describe('validateSettings', () => {
  it('accepts a customised, consistent set of settings and returns it', () => {
    expect(validateSettings(customSettings())).toEqual({ ok: true, settings: customSettings() });
  });

  it('names the field with a dotted path when a number is out of range', () => {
    const errors = errorsFor((s) => (s.reminders.snoozeMinutes = 0));
    expect(errors).toEqual([
      { path: 'reminders.snoozeMinutes', code: 'atLeast', params: { limit: 1 } },
    ]);
    expect(errors.map((e) => settingsErrorText(english, e))).toEqual(['At least 1 minute.']);
  });

  it('refuses a time that is not a 24-hour clock time, pointing at the range end', () => {
    const errors = errorsFor((s) => (s.workingHours.wed.ranges[0].to = '5pm'));
    expect(errors.map((e) => e.path)).toEqual(['workingHours.wed.ranges.0.to']);
  });

  it('refuses an empty range whose start equals its end', () => {
    const errors = errorsFor(
      (s) => (s.workingHours.mon.ranges[1] = { from: '13:00', to: '13:00' }),
    );
    expect(errors.map((e) => e.path)).toEqual(['workingHours.mon.ranges.1']);
  });

  it('allows 24:00 only as an end', () => {
    const ok = asStored(customSettings());
    ok.workingHours.sat.ranges = [{ from: '18:00', to: '24:00' }];
    expect(validateSettings(ok).ok).toBe(true);
    const errors = errorsFor((s) => (s.workingHours.sat.ranges = [{ from: '24:00', to: '02:00' }]));
    expect(errors.map((e) => e.path)).toEqual(['workingHours.sat.ranges.0.from']);
  });

  it('refuses the same stretch twice and an empty choice of stretches', () => {
    expect(errorsFor((s) => (s.routine.stretches = ['butterfly', 'butterfly']))[0]?.path).toBe(
      'routine.stretches',
    );
    expect(errorsFor((s) => (s.routine.stretches = []))[0]?.path).toBe('routine.stretches');
  });

  it('reports every wrong field at once, not just the first', () => {
    const errors = errorsFor((s) => {
      s.routine.holdSeconds = 5;
      s.reminders.style = 'popup';
      delete s.general.launchAtLogin;
    });
    expect(errors.map((e) => e.path).sort()).toEqual([
      'general.launchAtLogin',
      'reminders.style',
      'routine.holdSeconds',
    ]);
  });

  it('refuses anything that is not a settings object', () => {
    for (const input of [null, 42, 'settings', [defaultSettings()]]) {
      expect(validateSettings(input).ok).toBe(false);
    }
  });

  it('refuses a settings object of another version', () => {
    const errors = errorsFor((s) => (s.version = 1));
    expect(errors.map((e) => e.path)).toEqual(['version']);
  });
});
