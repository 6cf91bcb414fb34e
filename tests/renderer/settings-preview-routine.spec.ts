import type { Page } from '@playwright/test';
import type { PreviewReminder } from '../../electron/core/ipc/contract';
import { previewDay } from '../../electron/core/schedule/day-preview';
import { defaultSettings } from '../../electron/core/settings/schema';
import {
  SETTINGS_TEST_OPTIONS,
  test,
  expect,
  openSettings,
  lastSaved,
  pauseTyping,
  saveStatus,
} from './settings-setup';

test.use(SETTINGS_TEST_OPTIONS);

const hhmm = (minute: number) =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const reminderList = (page: Page) => page.getByRole('list', { name: 'Reminder times' });
const kindName = { quick: 'Quick stretch', full: 'Full routine' } as const;
const listed = (r: PreviewReminder) => `${hhmm(r.minute)} ${kindName[r.suggests]}`;
const titled = (r: PreviewReminder) => `Reminder at ${hhmm(r.minute)}: ${kindName[r.suggests]}`;
const markers = (page: Page) => page.locator('#day-preview svg title');
const lengthText = (page: Page) => page.locator('#routine output');

test('the day preview shows reminders where the core puts them, with their kind', async ({
  page,
}) => {
  await openSettings(page);
  const settings = defaultSettings();
  const core = previewDay({ ...settings, weekday: 'mon' });

  // Someone who sits from 09:00 with a 60-minute limit is first reminded at 10:00, and that
  // first reminder of the day suggests the full routine.
  await expect(reminderList(page).getByRole('listitem').first()).toHaveText('10:00 Full routine');
  await expect(reminderList(page).getByRole('listitem')).toHaveText(core.reminders.map(listed));
  await expect(markers(page)).toHaveText(core.reminders.map(titled));
  await expect(page.getByTestId('preview-summary')).toContainText('09:00 to 17:00 (8 h)');
  await expect(page.getByTestId('preview-summary')).toContainText(
    '2 full routines, 5 quick stretches',
  );
  // The legend says what each kind of mark means, in words a screen reader reads.
  await expect(
    page.getByRole('list', { name: 'Legend of the timeline' }).getByRole('listitem'),
  ).toHaveText(['Reminder suggesting the full routine', 'Reminder suggesting the quick stretch']);
});

test('the break settings explain the rule in words and change the preview', async ({ page }) => {
  const { fake } = await openSettings(page);
  const rule = page.locator('#breaks output');
  await expect(rule).toHaveText(
    'Reminders suggest the full routine at most twice a day, and never within 3 hours of the ' +
      'last one. Every other reminder suggests the quick standing stretch.',
  );
  await page.getByLabel('Suggest the full routine at most').fill('0');
  await pauseTyping(page);
  await expect(rule).toContainText('the full routine is never suggested');
  await expect(page.getByTestId('preview-summary')).toContainText(
    '0 full routines, 7 quick stretches',
  );
  await expect.poll(async () => (await lastSaved(fake))?.breaks.fullRoutinesPerDay).toBe(0);

  await page.getByLabel('Suggest the full routine at most').fill('8');
  await page.getByLabel('Hours between two full routines, at least').fill('0');
  await pauseTyping(page);
  await expect(rule).toHaveText(
    'Reminders suggest the full routine at most 8 times a day. ' +
      'Every other reminder suggests the quick standing stretch.',
  );
  await expect(page.getByTestId('preview-summary')).toContainText(
    '7 full routines, 0 quick stretches',
  );
});

test('the daily goal of the statistics is saved with the breaks', async ({ page }) => {
  const { fake } = await openSettings(page);
  const goal = page.getByLabel('Daily goal');
  await expect(goal).toHaveValue('4');
  await goal.fill('6');
  await pauseTyping(page);
  await expect.poll(async () => (await lastSaved(fake))?.breaks.dailyGoal).toBe(6);
  await goal.fill('25');
  await pauseTyping(page);
  await expect(goal).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#field-breaks-dailyGoal-error')).toHaveText('At most 24 breaks.');
});

test('the preview follows edits to reminders, hours and the chosen day', async ({ page }) => {
  await openSettings(page);
  await page.getByLabel('Remind me after sitting for').fill('45');
  await page.getByLabel('Monday, range 1, start').fill('08:00');

  const settings = defaultSettings();
  settings.reminders.sittingMinutes = 45;
  settings.workingHours.mon.ranges = [{ from: '08:00', to: '17:00' }];
  const core = previewDay({ ...settings, weekday: 'mon' });
  await expect(reminderList(page).getByRole('listitem').first()).toHaveText('08:45 Full routine');
  await expect(reminderList(page).getByRole('listitem')).toHaveText(core.reminders.map(listed));

  await page.getByLabel('Day', { exact: true }).selectOption('sat');
  await expect(page.getByTestId('preview-summary')).toContainText('Not a working day');
  await expect(markers(page)).toHaveCount(0);
});

test('a night range shows on the next day of the preview', async ({ page }) => {
  await openSettings(page);
  await page.getByRole('switch', { name: 'Tuesday' }).uncheck();
  await page.getByLabel('Monday, range 1, start').fill('22:00');
  await page.getByLabel('Monday, range 1, end').fill('03:00');
  await page.getByLabel('Day', { exact: true }).selectOption('tue');
  await expect(page.getByTestId('preview-summary')).toContainText('00:00 to 03:00 (3 h)');
});

test('the routine length follows the routine settings', async ({ page }) => {
  const { fake } = await openSettings(page);
  // As prescribed: 13 holds of 30 s.
  await expect(lengthText(page)).toContainText('13 holds, 6 min 30 s of holding');

  await page.getByLabel('Hold each stretch for').fill('45');
  await pauseTyping(page);
  await expect(lengthText(page)).toContainText('13 holds, 9 min 45 s of holding');
  await expect.poll(async () => (await lastSaved(fake))?.routine.holdSeconds).toBe(45);

  await page.getByRole('checkbox', { name: /Butterfly stretch/ }).uncheck();
  await expect(lengthText(page)).toContainText('12 holds, 9 min of holding');

  await page.getByLabel('Cycles per stretch').fill('1');
  await pauseTyping(page);
  await expect(lengthText(page)).toContainText('6 holds, 4 min 30 s of holding');
  await expect
    .poll(async () => (await lastSaved(fake))?.routine)
    .toMatchObject({ cycles: 1, stretches: ['kneeling-lunge', 'kneeling-side', 'standing-quad'] });
});

test('stretches can be reordered and the order is saved', async ({ page }) => {
  const { fake } = await openSettings(page);
  const up = page.getByRole('button', { name: 'Move Standing quad stretch up' });
  await up.click();
  await up.click();
  await expect(up).toBeFocused();
  await expect
    .poll(async () => (await lastSaved(fake))?.routine.stretches)
    .toEqual(['kneeling-lunge', 'standing-quad', 'kneeling-side', 'butterfly']);
  await up.click();
  // At the top "Up" is disabled, so focus moves to the same stretch's "Down".
  await expect(page.getByRole('button', { name: 'Move Standing quad stretch down' })).toBeFocused();
  await expect(saveStatus(page)).toHaveText('Standing quad stretch moved to place 1 of 4. Saved');
});

test('a value out of range is explained next to its field and not saved', async ({ page }) => {
  const { fake } = await openSettings(page);
  const hold = page.getByLabel('Hold each stretch for');
  await hold.fill('5');
  await pauseTyping(page);
  await expect(hold).toHaveAttribute('aria-invalid', 'true');
  await expect(hold).toHaveAccessibleDescription('At least 10 seconds.');
  await expect(saveStatus(page)).toHaveText('Not saved: 1 problem to fix');
  expect(fake.attempts.some((s) => s.routine.holdSeconds === 5)).toBe(false);

  await page.getByRole('checkbox', { name: /Kneeling hip flexor lunge/ }).uncheck();
  await page.getByRole('checkbox', { name: /Kneeling side stretch/ }).uncheck();
  await page.getByRole('checkbox', { name: /Butterfly stretch/ }).uncheck();
  await page.getByRole('checkbox', { name: /Standing quad stretch/ }).uncheck();
  await expect(
    page.getByRole('group', { name: /Stretches, in the order/ }),
  ).toHaveAccessibleDescription('Choose at least one stretch.');
  await expect(saveStatus(page)).toHaveText('Not saved: 2 problems to fix');
});

test('reminder settings are saved as typed', async ({ page }) => {
  const { fake } = await openSettings(page);
  await page.getByLabel('Snooze for').fill('15');
  await page.getByLabel('Time away that counts as a break').fill('7');
  await page.getByRole('switch', { name: 'Remind me again if I do not answer' }).uncheck();
  await expect(page.getByLabel('Repeat after')).toBeDisabled();
  await page.getByRole('radio', { name: 'A small Unsit window' }).check();
  await expect
    .poll(async () => (await lastSaved(fake))?.reminders)
    .toEqual({
      sittingMinutes: 60,
      breakMinutes: 7,
      snoozeMinutes: 15,
      repeatIfUnanswered: false,
      repeatAfterMinutes: 5,
      style: 'window',
    });
});
