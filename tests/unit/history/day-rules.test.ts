import { describe, expect, it } from 'vitest';
import { rulesFromSettings, rulesOn, withRules } from '../../../electron/core/history/day-rules';
import { defaultSettings } from '../../../electron/core/settings/schema';

const weekdays = rulesFromSettings(defaultSettings(), '2025-03-12');

describe('the log of daily goals and working days', () => {
  it('reads the goal and the days with working hours from the settings', () => {
    const settings = defaultSettings();
    settings.breaks.dailyGoal = 6;
    settings.workingHours.sat = { enabled: true, ranges: [{ from: '09:00', to: '12:00' }] };
    settings.workingHours.fri = { enabled: true, ranges: [] };
    expect(rulesFromSettings(settings, '2025-03-12')).toEqual({
      from: '2025-03-12',
      dailyGoal: 6,
      workdays: ['mon', 'tue', 'wed', 'thu', 'sat'],
    });
  });

  it('starts at the first day of the history, adds only changes, and keeps one entry a day', () => {
    const first = withRules([], weekdays, '2024-01-08');
    expect(first).toEqual([{ ...weekdays, from: '2024-01-08' }]);
    expect(withRules(first, { ...weekdays, from: '2025-03-13' }, '2024-01-08')).toEqual(first);
    const raised = withRules(first, { ...weekdays, from: '2025-03-13', dailyGoal: 6 }, null);
    expect(raised.map((r) => [r.from, r.dailyGoal])).toEqual([
      ['2024-01-08', 4],
      ['2025-03-13', 6],
    ]);
    const again = withRules(raised, { ...weekdays, from: '2025-03-13', dailyGoal: 5 }, null);
    expect(again.map((r) => [r.from, r.dailyGoal])).toEqual([
      ['2024-01-08', 4],
      ['2025-03-13', 5],
    ]);
    // Changed back the same day: the change is gone.
    expect(withRules(raised, { ...weekdays, from: '2025-03-13' }, null)).toEqual(first);
  });

  it('answers the rules in force on a day', () => {
    const log = [
      { ...weekdays, from: '2024-01-08' },
      { ...weekdays, from: '2025-03-13', dailyGoal: 6 },
    ];
    expect(rulesOn(log, '2025-03-12', weekdays).dailyGoal).toBe(4);
    expect(rulesOn(log, '2025-03-13', weekdays).dailyGoal).toBe(6);
    expect(rulesOn(log, '2023-01-01', weekdays).from).toBe('2024-01-08');
    expect(rulesOn([], '2023-01-01', weekdays)).toBe(weekdays);
  });
});
