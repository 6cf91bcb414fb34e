import type { SettingsError, SaveSettingsResult } from '../../electron/core/ipc/contract';
import type { Settings } from '../../electron/core/settings/schema';
import { SettingsFake } from './fake-settings-api';
import {
  SETTINGS_TEST_OPTIONS,
  TYPING_PAUSE_MS,
  test,
  expect,
  openSettings,
  lastSaved,
  pauseTyping,
  saveStatus,
} from './settings-setup';

test.use(SETTINGS_TEST_OPTIONS);

test('a repaired-settings notice is shown once and can be dismissed', async ({ page }) => {
  const { fake } = await openSettings(page, {
    notice: 'Your reminder settings could not be read, so they were set back to their defaults.',
  });
  const notice = page.getByRole('region', { name: 'Your settings were repaired' });
  await expect(notice).toContainText('could not be read');
  await notice.getByRole('button', { name: 'Dismiss this notice' }).click();
  await expect(notice).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Unsit settings' })).toBeFocused();

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Working hours' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your settings were repaired' })).toHaveCount(0);
  expect(fake.notice).toBeNull();
});

class RefusingFake extends SettingsFake {
  override async saveSettings(settings: Settings): Promise<SaveSettingsResult> {
    this.attempts.push(structuredClone(settings));
    const errors: SettingsError[] = [
      { path: 'reminders.snoozeMinutes', code: 'atMost', params: { limit: 15 } },
      { path: 'general.cautionAcknowledgedAt', code: 'invalid' },
    ];
    return { ok: false, errors };
  }
}

test('errors from main appear next to their fields, the rest at the top', async ({ page }) => {
  await openSettings(page, {}, new RefusingFake());
  await page.getByLabel('Snooze for').fill('20');
  await pauseTyping(page);

  await expect(page.getByLabel('Snooze for')).toHaveAccessibleDescription('At most 15 minutes.');
  await expect(
    page.getByText('Health caution acknowledgement: This value cannot be used.'),
  ).toBeVisible();
  await expect(saveStatus(page)).toHaveText('Not saved: 2 problems to fix');
});

test('launch at login is worded for the platform and saved at once', async ({ page }) => {
  const { fake } = await openSettings(page, { platform: 'win32' });
  await page.getByRole('switch', { name: 'Start Unsit when you sign in to Windows' }).check();
  await expect.poll(async () => (await lastSaved(fake))?.general.launchAtLogin).toBe(true);
});

test('the update check is on by default, says what it sends, and turns off at once', async ({
  page,
}) => {
  const { fake } = await openSettings(page);
  const check = page.getByRole('switch', { name: 'Check for updates' });
  await expect(check).toBeChecked();
  await expect(check).toHaveAccessibleDescription(/Nothing about you or your breaks is sent/);
  await check.uncheck();
  await expect.poll(async () => (await lastSaved(fake))?.general.checkForUpdates).toBe(false);
});

test('on macOS the option speaks of Login Items', async ({ page }) => {
  await openSettings(page, { platform: 'darwin' });
  await expect(
    page.getByRole('switch', { name: 'Open Unsit when you log in' }),
  ).toHaveAccessibleDescription(/Login Items/);
});

test('reset to defaults asks first, then restores every field', async ({ page }) => {
  const { fake } = await openSettings(page);
  await page.getByLabel('Snooze for').fill('25');
  await page.getByLabel('Monday, range 1, start').fill('07:00');
  await expect.poll(async () => (await lastSaved(fake))?.reminders.snoozeMinutes).toBe(25);

  const open = page.getByRole('button', { name: 'Reset to defaults…' });
  await open.click();
  const dialog = page.getByRole('dialog', { name: 'Reset every setting?' });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(open).toBeFocused();
  await expect(page.getByLabel('Snooze for')).toHaveValue('25');

  await open.click();
  await dialog.getByRole('button', { name: 'Reset settings' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel('Snooze for')).toHaveValue('10');
  await expect(page.getByLabel('Monday, range 1, start')).toHaveValue('09:00');
  await expect(saveStatus(page)).toHaveText('Every setting is back to its default. Saved');
  await expect(open).toBeFocused();
  expect(fake.settings.reminders.snoozeMinutes).toBe(10);
});

test('the data folder opens through main', async ({ page }) => {
  const { fake } = await openSettings(page);
  await page.getByRole('button', { name: 'Open the data folder' }).click();
  await expect.poll(() => fake.openDataFolderCount).toBe(1);
});

test('typed values are saved after a pause in typing, or when the window goes away', async ({
  page,
}) => {
  const { fake } = await openSettings(page);
  const snooze = page.getByLabel('Snooze for');

  await snooze.fill('2');
  await page.clock.runFor(TYPING_PAUSE_MS - 1);
  await snooze.fill('20');
  await page.clock.runFor(TYPING_PAUSE_MS - 1);
  // Still typing: each keystroke starts the pause again, and nothing was sent.
  await expect(saveStatus(page)).toHaveAttribute('data-state', 'editing');
  expect(fake.attempts).toHaveLength(0);
  await page.clock.runFor(1);
  await expect.poll(() => fake.saved.map((s) => s.reminders.snoozeMinutes)).toEqual([20]);
  expect(fake.attempts).toHaveLength(1);

  await snooze.fill('25');
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
  await expect.poll(() => fake.saved.map((s) => s.reminders.snoozeMinutes)).toEqual([20, 25]);
});
