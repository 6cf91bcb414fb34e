import { describe, expect, it } from 'vitest';
import { english } from '../../english';
import { settingsErrorText } from '../../../electron/core/settings/error-text';
import { numberLimits, type NumberFieldPath } from '../../../electron/core/settings/fields';
import { fieldLabel } from '../../../electron/core/settings/labels';
import { defaultSettings, MAX_RANGES_PER_DAY } from '../../../electron/core/settings/schema';
import { validateSettings } from '../../../electron/core/settings/validate';

const settings = defaultSettings();
const sections = ['reminders', 'routine', 'breaks', 'general'] as const;
/** Every stored field below a section, as a dotted path. */
const fieldPaths = sections.flatMap((section) =>
  Object.keys(settings[section]).map((key) => `${section}.${key}`),
);
const numberPaths = sections.flatMap((section) =>
  Object.entries(settings[section])
    .filter(([, value]) => typeof value === 'number')
    .map(([key]) => `${section}.${key}` as NumberFieldPath),
);

/** The error main gives for a number typed into the field at `path`, or null when saved. */
function errorFor(path: NumberFieldPath, value: number): string | null {
  const draft = defaultSettings() as unknown as Record<string, Record<string, unknown>>;
  const [section = '', key = ''] = path.split('.');
  draft[section]![key] = value;
  const result = validateSettings(draft);
  return result.ok ? null : result.errors[0] ? settingsErrorText(english, result.errors[0]) : '';
}

describe('what the settings schema says about each field', () => {
  it.each(numberPaths)('%s: its limits are exactly what main accepts', (path) => {
    const { min, max } = numberLimits(path);
    expect(errorFor(path, min)).toBeNull();
    expect(errorFor(path, max)).toBeNull();
    expect(errorFor(path, min - 1)).toMatch(new RegExp(`^At least ${min}\\b`));
    expect(errorFor(path, max + 1)).toMatch(new RegExp(`^At most ${max}\\b`));
  });

  it('refuses to give limits for a field that is not a bounded number', () => {
    expect(() => numberLimits('routine.sound' as NumberFieldPath)).toThrow(/no number field/);
  });

  it.each(fieldPaths)('%s: has a name to tell the user, not its path', (path) => {
    expect(fieldLabel(path)).not.toBe(path);
  });

  it('names the sections and the days of the working hours', () => {
    expect(sections.map((section) => fieldLabel(section))).toEqual([
      'Reminder settings',
      'Routine settings',
      'Break settings',
      'General settings',
    ]);
    expect(fieldLabel('workingHours.tue')).toBe('Working hours on Tuesday');
  });

  it(`allows at most ${MAX_RANGES_PER_DAY} ranges a day`, () => {
    const draft = defaultSettings();
    const range = (hour: number) => ({
      from: `${String(hour).padStart(2, '0')}:00`,
      to: `${String(hour).padStart(2, '0')}:30`,
    });
    draft.workingHours.mon.ranges = Array.from({ length: MAX_RANGES_PER_DAY }, (_, i) => range(i));
    expect(validateSettings(draft).ok).toBe(true);
    draft.workingHours.mon.ranges.push(range(MAX_RANGES_PER_DAY));
    const result = validateSettings(draft);
    expect(result).toMatchObject({ ok: false, errors: [{ path: 'workingHours.mon.ranges' }] });
    const words = result.ok ? [] : result.errors.map((e) => settingsErrorText(english, e));
    expect(words).toEqual([`At most ${MAX_RANGES_PER_DAY} ranges a day.`]);
  });
});
