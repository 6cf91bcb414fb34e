import {
  expect,
  lastSaved,
  openSettings,
  saveStatus,
  SETTINGS_TEST_OPTIONS,
  test,
} from './settings-setup';
import { looksDifferent } from './pixels';

test.use(SETTINGS_TEST_OPTIONS);

test('removing the last range of a day says what that means', async ({ page }) => {
  const { fake } = await openSettings(page);
  await page.getByRole('button', { name: 'Remove Monday, range 1' }).click();
  await expect(page.getByRole('button', { name: 'Add range to Monday' })).toBeFocused();
  await expect(page.getByTestId('no-hours-mon')).toContainText('no reminders that day');
  await expect(saveStatus(page)).toContainText('no hours on Monday now');
  expect((await lastSaved(fake))?.workingHours.mon).toEqual({ enabled: true, ranges: [] });
});

test('a full day explains why no more ranges can be added', async ({ page }) => {
  await openSettings(page);
  const add = page.getByRole('button', { name: 'Add range to Tuesday' });
  while (await add.isEnabled()) await add.click();
  await expect(
    page.getByRole('list', { name: 'Tuesday working hours' }).getByRole('listitem'),
  ).toHaveCount(8);
  await expect(add).toHaveAccessibleDescription('8 ranges is the most one day can have.');
});

test('in a forced-colours theme a switch shows its knob both on and off', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active', colorScheme: 'dark', reducedMotion: 'reduce' });
  await openSettings(page);
  for (const id of ['#day-mon-on', '#day-sat-on']) {
    await page.locator(id).scrollIntoViewIfNeeded();
    const box = (await page.locator(id).boundingBox())!;
    const y = box.y + box.height / 2;
    const left = { x: box.x + 13, y };
    const right = { x: box.x + box.width - 13, y };
    expect(await looksDifferent(page, left, right), id).toBe(true);
  }
});
