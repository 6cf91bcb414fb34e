import {
  expect,
  lastSaved,
  openSettings,
  pauseTyping,
  SETTINGS_TEST_OPTIONS,
  test,
} from './settings-setup';

test.use(SETTINGS_TEST_OPTIONS);

const voiceSwitch = (page: import('@playwright/test').Page) =>
  page.getByRole('switch', { name: 'Read the steps aloud' });

test('a setting changed in the routine window is not undone by the open settings window', async ({
  page,
}) => {
  const { fake } = await openSettings(page);
  await expect(voiceSwitch(page)).not.toBeChecked();
  // The routine window's "Read the steps aloud" switch, used while the settings stay open.
  await page.evaluate(() => window.dispatchEvent(new FocusEvent('blur')));
  await fake.setRoutineVoice(true);
  await page.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
  await expect(voiceSwitch(page)).toBeChecked();

  // The next change made here keeps the voice on.
  await page.getByLabel('Cycles per stretch').fill('3');
  await pauseTyping(page);
  await expect.poll(async () => (await lastSaved(fake))?.routine.cycles).toBe(3);
  expect((await lastSaved(fake))?.routine.voice).toBe(true);
});

test('a number being typed is saved when the window loses focus, and is not overwritten', async ({
  page,
}) => {
  const { fake } = await openSettings(page);
  await page.getByLabel('Cycles per stretch').fill('1');
  // The user turns to another window before the typing pause is over.
  await page.evaluate(() => window.dispatchEvent(new FocusEvent('blur')));
  await expect.poll(async () => (await lastSaved(fake))?.routine.cycles).toBe(1);
  await page.evaluate(() => window.dispatchEvent(new FocusEvent('focus')));
  await expect(page.getByLabel('Cycles per stretch')).toHaveValue('1');
});
