import { test, expect } from '@playwright/test';
import { defaultSettings } from '../../electron/core/settings/schema';
import { announcements, openRoutine, startRoutine } from './routine-helpers';

const title = (page: import('@playwright/test').Page) => page.getByTestId('step-title');
const countdown = '.countdown .seconds';

test('each set-up waits for "I\'m in position", counts 8 s to get set, and the hold keeps its length', async ({
  page,
}) => {
  const { fake } = await openRoutine(page, { waitForPosition: true });
  await startRoutine(page);
  const inPosition = page.getByRole('button', { name: "I'm in position" });
  await expect(inPosition).toBeFocused();
  await expect(page.getByText('Ready when you are')).toBeVisible();
  // The button's name sits in bold inside the sentence that says to press it.
  await expect(page.locator('.then')).toHaveText(
    "Then press I'm in position: a short count lets you get set.",
  );
  await expect(page.locator('.then strong')).toHaveText("I'm in position");
  await expect(page.locator(countdown)).toHaveCount(0);
  expect((await announcements(page)).at(-1)).toMatch(
    /^Get ready: Kneeling hip flexor lunge\. Left knee down, right foot forward\. Press Space or Enter when you are in position\.$/,
  );

  // Five minutes to read the set-up: nothing moves on.
  await page.clock.runFor(5 * 60_000);
  await expect(title(page)).toHaveText('Get ready');
  await page.keyboard.press('Space');
  // The count gives time to get down onto the mat before the hold starts.
  await expect(title(page)).toHaveText('Get set');
  await expect(page.locator(countdown)).toHaveText('8');
  expect((await announcements(page)).at(-1)).toBe(
    'Get into position: Left knee down, right foot forward. The hold starts in 8 seconds.',
  );
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.clock.runFor(5_000);
  expect((await announcements(page)).slice(-1)).toEqual(['3']);
  await page.clock.runFor(3_000);
  expect((await announcements(page)).slice(-3, -1)).toEqual(['2', '1']);
  await expect(title(page)).toHaveText('Hold 1 of 13');
  await expect(page.locator(countdown)).toHaveText('30');
  await page.clock.runFor(29_000);
  await expect(page.locator(countdown)).toHaveText('1');
  await page.clock.runFor(1_000);
  await expect(title(page)).toHaveText('Switch legs');

  // Switches still run on their own (10 s each in the lunge); the next set-up waits again.
  await page.clock.runFor(10_000 + 30_000 + 10_000 + 30_000 + 10_000 + 30_000);
  await expect(title(page)).toHaveText('Get ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kneeling side stretch');
  await page.clock.runFor(60_000);
  await expect(title(page)).toHaveText('Get ready');
  await inPosition.click();
  await expect(title(page)).toHaveText('Get set');
  await page.clock.runFor(8_000);
  await expect(title(page)).toHaveText('Hold 5 of 13');
  await page.clock.runFor(10_000);
  await expect(page.locator(countdown)).toHaveText('20');

  await page.keyboard.press('Escape');
  await page.getByRole('dialog').getByRole('button', { name: 'End routine' }).click();
  await expect.poll(() => fake.results.length).toBe(1);
  // 5 min + 60 s of waiting, two counts, 4 holds, 3 switches and 10 s into the fifth hold.
  expect(fake.results[0]).toEqual({
    outcome: 'ended-early',
    holdsDone: 4,
    holdCount: 13,
    durationMs: (300 + 60 + 2 * 8 + 4 * 30 + 3 * 10 + 10) * 1000,
  });
});

test('the get-set count pauses with Space, and its length is the setting', async ({ page }) => {
  const settings = defaultSettings();
  settings.routine.getSetSeconds = 12;
  await openRoutine(page, { waitForPosition: true, settings });
  await startRoutine(page);
  await page.keyboard.press('Enter');
  await expect(page.locator(countdown)).toHaveText('12');
  await page.clock.runFor(2_000);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(title(page)).toHaveText('Get set');
  await expect(page.locator(countdown)).toHaveText('10');
  await page.keyboard.press('Space');
  await page.clock.runFor(10_000);
  await expect(title(page)).toHaveText('Hold 1 of 13');
  await expect(page.locator(countdown)).toHaveText('30');
});

test('Enter says "I\'m in position", unless it is pressing another button', async ({ page }) => {
  await openRoutine(page, { waitForPosition: true });
  await startRoutine(page);
  const large = page.getByRole('button', { name: 'Large view' });
  await large.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Leave large view' })).toBeFocused();
  await expect(title(page)).toHaveText('Get ready');

  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Get set');
  await expect(page.getByTestId('large-count')).toHaveText('8');
});

test('Enter on the focused "I\'m in position" button starts the count once', async ({ page }) => {
  await openRoutine(page, { waitForPosition: true });
  await startRoutine(page);
  await expect(page.getByRole('button', { name: "I'm in position" })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Get set');
  await page.clock.runFor(8_000);
  await expect(title(page)).toHaveText('Hold 1 of 13');
  await expect(page.locator(countdown)).toHaveText('30');
  await page.clock.runFor(30_000 + 10_000 + 30_000 + 10_000 + 30_000 + 10_000 + 30_000);
  await expect(title(page)).toHaveText('Get ready');

  // Space held down repeats: the first press starts the count, the repeats do not pause it.
  await page.keyboard.down(' ');
  await page.keyboard.down(' ');
  await page.keyboard.down(' ');
  await page.keyboard.up(' ');
  await expect(title(page)).toHaveText('Get set');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
});

test('with the setting off, the set-up runs on its timer', async ({ page }) => {
  await openRoutine(page, { waitForPosition: false });
  await startRoutine(page);
  await expect(page.getByRole('button', { name: "I'm in position" })).toHaveCount(0);
  await expect(page.locator(countdown)).toHaveText('15');
  await page.clock.runFor(15_000);
  await expect(title(page)).toHaveText('Hold 1 of 13');
});

test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 240, height: 320 } });

  test('the waiting set-up and its button fit the width', async ({ page }) => {
    await openRoutine(page, { waitForPosition: true });
    await startRoutine(page);
    const button = page.getByRole('button', { name: "I'm in position" });
    await button.scrollIntoViewIfNeeded();
    const box = (await button.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(240);
    expect(
      await page.evaluate(
        () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
      ),
    ).toBe(true);
  });
});
