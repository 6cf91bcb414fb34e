import { test, expect } from '@playwright/test';
import { announcements, openRoutine, startRoutine } from './routine-helpers';

const title = (page: import('@playwright/test').Page) => page.getByTestId('step-title');
const countdown = '.countdown .seconds';

test('each set-up waits for "I\'m in position"; holds keep their length, the result its time', async ({
  page,
}) => {
  const { fake } = await openRoutine(page, { waitForPosition: true });
  await startRoutine(page);
  const inPosition = page.getByRole('button', { name: "I'm in position" });
  await expect(inPosition).toBeFocused();
  await expect(page.getByText('Ready when you are')).toBeVisible();
  await expect(page.locator(countdown)).toHaveCount(0);
  expect((await announcements(page)).at(-1)).toMatch(
    /^Get ready: Kneeling hip flexor lunge\. Left knee down, right foot forward\. Press Space or Enter when you are in position\.$/,
  );

  // Five minutes to get down onto the mat: nothing moves on.
  await page.clock.runFor(5 * 60_000);
  await expect(title(page)).toHaveText('Get ready');
  await page.keyboard.press('Space');
  await expect(title(page)).toHaveText('Hold 1 of 13');
  await expect(page.locator(countdown)).toHaveText('30');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeFocused();
  await page.clock.runFor(29_000);
  await expect(page.locator(countdown)).toHaveText('1');
  await page.clock.runFor(1_000);
  await expect(title(page)).toHaveText('Switch legs');

  // Switches still run on their own; the next stretch's set-up waits again.
  await page.clock.runFor(8_000 + 30_000 + 8_000 + 30_000 + 8_000 + 30_000);
  await expect(title(page)).toHaveText('Get ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kneeling side stretch');
  await page.clock.runFor(60_000);
  await expect(title(page)).toHaveText('Get ready');
  await inPosition.click();
  await expect(title(page)).toHaveText('Hold 5 of 13');
  await page.clock.runFor(10_000);
  await expect(page.locator(countdown)).toHaveText('20');

  await page.keyboard.press('Escape');
  await page.getByRole('dialog').getByRole('button', { name: 'End routine' }).click();
  await expect.poll(() => fake.results.length).toBe(1);
  // 5 min + 60 s of waiting, 4 holds, 3 switches and 10 s into the fifth hold: all of it counts.
  expect(fake.results[0]).toEqual({
    outcome: 'ended-early',
    holdsDone: 4,
    holdCount: 13,
    durationMs: (300 + 60 + 4 * 30 + 3 * 8 + 10) * 1000,
  });
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
  await expect(title(page)).toHaveText('Hold 1 of 13');
  await expect(page.getByTestId('large-count')).toHaveText('30');
});

test('Enter on the focused "I\'m in position" button starts the hold once', async ({ page }) => {
  await openRoutine(page, { waitForPosition: true });
  await startRoutine(page);
  await expect(page.getByRole('button', { name: "I'm in position" })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(title(page)).toHaveText('Hold 1 of 13');
  await expect(page.locator(countdown)).toHaveText('30');
  await page.clock.runFor(30_000 + 8_000 + 30_000 + 8_000 + 30_000 + 8_000 + 30_000);
  await expect(title(page)).toHaveText('Get ready');

  // Space held down repeats: the first press starts the hold, the repeats do not pause it.
  await page.keyboard.down(' ');
  await page.keyboard.down(' ');
  await page.keyboard.down(' ');
  await page.keyboard.up(' ');
  await expect(title(page)).toHaveText('Hold 5 of 13');
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
