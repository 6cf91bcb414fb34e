import { test, expect, type Page } from '@playwright/test';
import { openRoutine, playSteps, startRoutine } from './routine-helpers';
import { looksDifferent } from './pixels';

/** Nothing wider than the window, and every button fully inside it (so it can be reached). */
async function expectFitsWidth(page: Page): Promise<void> {
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  const width = page.viewportSize()?.width ?? 0;
  for (const button of await page.getByRole('button').all()) {
    const box = await button.boundingBox();
    expect(box, (await button.textContent()) ?? '').not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(width);
  }
}

// The 480x640 window at 200% zoom has room for 240x320 CSS pixels.
test.describe('at 200% zoom', () => {
  test.use({ viewport: { width: 240, height: 320 } });

  test('every screen reflows without cutting off text or buttons', async ({ page }) => {
    const { plan } = await openRoutine(page, { cautionAcknowledged: false });
    await expect(page.getByRole('heading', { name: 'Before your first stretch' })).toBeVisible();
    await expectFitsWidth(page);
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await expect(page.getByRole('button', { name: 'Start' })).toBeFocused();
    await expectFitsWidth(page);
    await startRoutine(page);
    await expectFitsWidth(page);
    await expect(page.getByText(/ left$/)).toBeInViewport({ ratio: 1 });
    await playSteps(page, plan, 1);
    await expect(page.getByTestId('step-title')).toHaveText('Hold 1 of 13');
    await expectFitsWidth(page);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectFitsWidth(page);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Routine ended' })).toBeFocused();
    await expectFitsWidth(page);
  });
});

test('Previous back to the very start keeps keyboard focus on the button', async ({ page }) => {
  await openRoutine(page);
  await startRoutine(page);
  await page.keyboard.press('ArrowRight');
  const previous = page.getByRole('button', { name: 'Previous step' });
  await previous.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-title')).toHaveText('Get ready');
  await expect(previous).toBeFocused();
  await expect(previous).toHaveAttribute('aria-disabled', 'true');
  // Nothing before the first step: pressing it again changes nothing.
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('step-title')).toHaveText('Get ready');
  await expect(previous).toBeFocused();
});

test('the end screen is announced once, by its focused heading', async ({ page }) => {
  const { plan } = await openRoutine(page);
  await startRoutine(page);
  await playSteps(page, plan, plan.steps.length);
  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('');
});

test('ending early is announced once, by the focused heading', async ({ page }) => {
  await openRoutine(page);
  await startRoutine(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Routine ended' })).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('');
});

test.describe('in a forced-colours (high contrast) theme', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    test(`${colorScheme}: the countdown ring and progress bar still show how far along`, async ({
      page,
    }) => {
      await page.emulateMedia({ forcedColors: 'active', colorScheme, reducedMotion: 'reduce' });
      const { plan } = await openRoutine(page);
      await startRoutine(page);
      await playSteps(page, plan, Math.floor(plan.steps.length / 2));
      await page.clock.runFor(12_000);
      await expect(page.locator('.countdown .seconds')).toHaveText(/^\d+$/);

      const ring = (await page.locator('.countdown svg').boundingBox())!;
      const scale = ring.width / 160;
      const centre = { x: ring.x + 80 * scale, y: ring.y + 80 * scale };
      const elapsedArc = { x: centre.x - 70 * scale, y: centre.y }; // 9 o'clock
      const remainingArc = { x: centre.x + 70 * scale, y: centre.y }; // 3 o'clock
      const inside = { x: centre.x - 35 * scale, y: centre.y - 35 * scale };
      expect(await looksDifferent(page, remainingArc, elapsedArc)).toBe(true);
      expect(await looksDifferent(page, remainingArc, inside)).toBe(true);
      expect(await looksDifferent(page, elapsedArc, inside)).toBe(true);

      const bar = (await page.locator('progress').boundingBox())!;
      const mid = bar.y + bar.height / 2;
      const done = { x: bar.x + bar.width * 0.1, y: mid };
      const toGo = { x: bar.x + bar.width * 0.95, y: mid };
      expect(await looksDifferent(page, done, toGo)).toBe(true);
    });
  }
});
