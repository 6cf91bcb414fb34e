import { defaultSettings } from '../../electron/core/settings/schema';
import {
  SETTINGS_TEST_OPTIONS,
  test,
  expect,
  openSettings,
  lastSaved,
  saveStatus,
} from './settings-setup';

test.use(SETTINGS_TEST_OPTIONS);

const mondayRange = (page: import('@playwright/test').Page, index: number, end: 'start' | 'end') =>
  page.getByLabel(`Monday, range ${index}, ${end}`);

test('editing a day end to end saves exactly what the user set', async ({ page }) => {
  const { fake } = await openSettings(page);

  await mondayRange(page, 1, 'end').fill('12:00');
  await page.getByRole('button', { name: 'Add range to Monday' }).click();
  await mondayRange(page, 2, 'start').fill('13:00');
  await mondayRange(page, 2, 'end').fill('18:15');
  await page.getByRole('switch', { name: 'Saturday' }).check();
  await page.getByRole('switch', { name: 'Friday' }).uncheck();

  await expect(saveStatus(page)).toHaveText('Saved');
  const saved = await lastSaved(fake);
  expect(saved?.workingHours.mon).toEqual({
    enabled: true,
    ranges: [
      { from: '09:00', to: '12:00' },
      { from: '13:00', to: '18:15' },
    ],
  });
  expect(saved?.workingHours.sat.enabled).toBe(true);
  expect(saved?.workingHours.sat.ranges).toHaveLength(1);
  // Switching a day off keeps its hours for later but stops them counting.
  expect(saved?.workingHours.fri).toEqual({
    enabled: false,
    ranges: [{ from: '09:00', to: '17:00' }],
  });
  // The rest of the settings travel unchanged.
  expect(saved?.reminders).toEqual(defaultSettings().reminders);
  expect(saved?.routine).toEqual(defaultSettings().routine);
});

test('removing a range saves the day without it and keeps focus nearby', async ({ page }) => {
  const { fake } = await openSettings(page);
  await page.getByRole('button', { name: 'Mon–Fri with a lunch break' }).click();
  await page.getByRole('button', { name: 'Remove Monday, range 2' }).click();

  await expect(page.getByRole('button', { name: 'Add range to Monday' })).toBeFocused();
  await expect
    .poll(async () => (await lastSaved(fake))?.workingHours.mon.ranges)
    .toEqual([{ from: '09:00', to: '12:30' }]);
});

test('overlapping ranges are explained next to the range and nothing is saved', async ({
  page,
}) => {
  const { fake } = await openSettings(page);
  await page.getByRole('button', { name: 'Add range to Monday' }).click();
  await mondayRange(page, 2, 'start').fill('16:00');
  await mondayRange(page, 2, 'end').fill('18:00');

  const start = mondayRange(page, 2, 'start');
  await expect(start).toHaveAttribute('aria-invalid', 'true');
  await expect(start).toHaveAccessibleDescription(/overlaps 09:00–17:00/);
  await expect(mondayRange(page, 1, 'start')).not.toHaveAttribute('aria-invalid', 'true');
  await expect(saveStatus(page)).toHaveText('Not saved: 1 problem to fix');
  expect(fake.attempts.some((s) => s.workingHours.mon.ranges[1]?.from === '16:00')).toBe(false);

  // Fixing the range clears the message and saves.
  await mondayRange(page, 2, 'start').fill('17:30');
  await expect(start).not.toHaveAttribute('aria-invalid', 'true');
  await expect
    .poll(async () => (await lastSaved(fake))?.workingHours.mon.ranges[1])
    .toEqual({
      from: '17:30',
      to: '18:00',
    });
});

test('a range with the same start and end is explained, not fixed', async ({ page }) => {
  const { fake } = await openSettings(page);
  await mondayRange(page, 1, 'end').fill('09:00');

  const end = mondayRange(page, 1, 'end');
  await expect(end).toHaveAttribute('aria-invalid', 'true');
  await expect(end).toHaveAccessibleDescription(/different start and end/);
  await expect(end).toHaveValue('09:00');
  await expect(saveStatus(page)).toContainText('Not saved');
  expect(fake.attempts.some((s) => s.workingHours.mon.ranges[0]?.to === '09:00')).toBe(false);
});

test('a reversed range that runs into the next working day is flagged on that day', async ({
  page,
}) => {
  const { fake } = await openSettings(page);
  await mondayRange(page, 1, 'start').fill('22:00');
  await mondayRange(page, 1, 'end').fill('10:00');

  const tuesdayStart = page.getByLabel('Tuesday, range 1, start');
  await expect(tuesdayStart).toHaveAttribute('aria-invalid', 'true');
  await expect(tuesdayStart).toHaveAccessibleDescription(/Monday's 22:00–10:00.*past midnight/);
  await expect(saveStatus(page)).toContainText('Not saved');
  expect(fake.attempts.some((s) => s.workingHours.mon.ranges[0]?.from === '22:00')).toBe(false);
});

test('a range that ends before it starts is shown as running into the next day', async ({
  page,
}) => {
  const { fake } = await openSettings(page);
  await page.getByRole('switch', { name: 'Tuesday' }).uncheck();
  await mondayRange(page, 1, 'start').fill('22:00');
  await mondayRange(page, 1, 'end').fill('02:00');

  const end = mondayRange(page, 1, 'end');
  await expect(end).not.toHaveAttribute('aria-invalid', 'true');
  await expect(end).toHaveAccessibleDescription('Ends the next day at 02:00 (4 h in all).');
  await expect
    .poll(async () => (await lastSaved(fake))?.workingHours.mon.ranges)
    .toEqual([{ from: '22:00', to: '02:00' }]);
});

test('a cleared time is reported instead of saved', async ({ page }) => {
  const { fake } = await openSettings(page);
  await mondayRange(page, 1, 'start').fill('');
  await expect(mondayRange(page, 1, 'start')).toHaveAccessibleDescription(/complete time/);
  await expect(saveStatus(page)).toContainText('Not saved');
  expect(fake.attempts).toEqual([]);
});

test('presets replace the whole week', async ({ page }) => {
  const { fake } = await openSettings(page);

  await page.getByRole('button', { name: 'Mon–Fri with a lunch break' }).click();
  await expect(page.getByLabel('Wednesday, range 2, end')).toHaveValue('17:30');
  let saved = await lastSaved(fake);
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) {
    expect(saved?.workingHours[day]).toEqual({
      enabled: true,
      ranges: [
        { from: '09:00', to: '12:30' },
        { from: '13:30', to: '17:30' },
      ],
    });
  }
  expect(saved?.workingHours.sat.enabled).toBe(false);
  expect(saved?.workingHours.sun.enabled).toBe(false);

  await page.getByRole('button', { name: 'Every day, 9 to 5' }).click();
  await expect(page.getByRole('switch', { name: 'Sunday' })).toBeChecked();
  await expect.poll(() => fake.saved.length).toBe(2);
  saved = await lastSaved(fake);
  for (const hours of Object.values(saved?.workingHours ?? {})) {
    expect(hours).toEqual({ enabled: true, ranges: [{ from: '09:00', to: '17:00' }] });
  }

  await page.getByRole('button', { name: 'Mon–Fri, 9 to 5' }).click();
  await expect(page.getByRole('switch', { name: 'Sunday' })).not.toBeChecked();
  await expect.poll(() => fake.saved[2]?.workingHours.sat.enabled).toBe(false);
});

test('copying a day sets the chosen days to the same hours', async ({ page }) => {
  const { fake } = await openSettings(page);
  await mondayRange(page, 1, 'start').fill('07:30');
  await page.getByRole('button', { name: 'Copy Monday to…' }).click();
  await page.getByRole('checkbox', { name: 'Saturday' }).check();
  await page.getByRole('checkbox', { name: 'Thursday' }).check();
  await page.getByRole('button', { name: 'Copy', exact: true }).click();

  await expect(saveStatus(page)).toHaveText('Copied Monday to Thursday, Saturday. Saved');
  await expect(page.getByRole('button', { name: 'Copy Monday to…' })).toBeFocused();
  const saved = await lastSaved(fake);
  const monday = { enabled: true, ranges: [{ from: '07:30', to: '17:00' }] };
  expect(saved?.workingHours.thu).toEqual(monday);
  expect(saved?.workingHours.sat).toEqual(monday);
  expect(saved?.workingHours.fri).toEqual({
    enabled: true,
    ranges: [{ from: '09:00', to: '17:00' }],
  });
  expect(saved?.workingHours.sun.enabled).toBe(false);
});
