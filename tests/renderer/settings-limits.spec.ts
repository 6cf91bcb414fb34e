import { numberLimits, type NumberFieldPath } from '../../electron/core/settings/fields';
import { expect, openSettings, pauseTyping, SETTINGS_TEST_OPTIONS, test } from './settings-setup';

test.use(SETTINGS_TEST_OPTIONS);

// The settings schema is the one place a limit is written: every number field of the window
// offers exactly the range main accepts, so changing a limit there changes the window too.
const WINDOW_FIELDS: NumberFieldPath[] = [
  'reminders.sittingMinutes',
  'reminders.breakMinutes',
  'reminders.snoozeMinutes',
  'reminders.repeatAfterMinutes',
  'breaks.fullRoutinesPerDay',
  'breaks.fullRoutineGapHours',
  'breaks.dailyGoal',
  'busy.dndLimitMinutes',
  'routine.holdSeconds',
  'routine.cycles',
  'routine.setupSeconds',
  'routine.getSetSeconds',
  'routine.switchExtraSeconds',
];

test("every number field offers the schema's limits, no more and no less", async ({ page }) => {
  await openSettings(page);
  const inputs = page.locator('input[type="number"]');
  const ids = await inputs.evaluateAll((all) => all.map((input) => input.id));
  expect(ids).toEqual(WINDOW_FIELDS.map((path) => `field-${path.replace('.', '-')}`));
  for (const path of WINDOW_FIELDS) {
    const { min, max } = numberLimits(path);
    const input = page.locator(`#field-${path.replace('.', '-')}`);
    await expect(input, path).toHaveAttribute('min', String(min));
    await expect(input, path).toHaveAttribute('max', String(max));
  }
});

test('a value past a limit is refused with the limit the schema sets', async ({ page }) => {
  await openSettings(page);
  const { max } = numberLimits('routine.cycles');
  const cycles = page.getByLabel('Cycles per stretch');
  await cycles.fill(String(max + 1));
  await pauseTyping(page);
  await expect(cycles).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-routine-cycles-error')).toHaveText(`At most ${max} cycles.`);
});
