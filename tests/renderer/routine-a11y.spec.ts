import { test, expect, type Page } from '@playwright/test';
import { seriousAxeViolations } from './harness';
import { openRoutine, playSteps, startRoutine } from './routine-helpers';

async function expectNoSeriousIssues(page: Page, screen: string): Promise<void> {
  expect(await seriousAxeViolations(page), `axe on the ${screen} screen`).toEqual([]);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious issue on any routine screen (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const { plan, cspViolations } = await openRoutine(page, { cautionAcknowledged: false });
    await expect(page.getByRole('heading', { name: 'Before your first stretch' })).toBeVisible();
    await expectNoSeriousIssues(page, 'caution');

    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await expectNoSeriousIssues(page, 'ready');

    await startRoutine(page);
    await expectNoSeriousIssues(page, 'set-up');

    await playSteps(page, plan, 1);
    await expect(page.getByTestId('step-title')).toHaveText('Hold 1 of 13');
    await expectNoSeriousIssues(page, 'hold');

    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
    await expectNoSeriousIssues(page, 'paused');
    await page.keyboard.press('Space');

    await page.clock.runFor(30_000);
    await expect(page.getByTestId('step-title')).toHaveText('Switch legs');
    await expectNoSeriousIssues(page, 'switch');

    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectNoSeriousIssues(page, 'confirm-end dialog');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { name: 'Routine ended' })).toBeVisible();
    await expectNoSeriousIssues(page, 'end');
    expect(await cspViolations()).toEqual([]);
  });
}

test('with reduced motion the countdown ring does not animate', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await openRoutine(page);
  await startRoutine(page);
  const transition = await page
    .locator('.countdown circle.value')
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(transition).toBe('0s');
});

test('without reduced motion the ring eases briefly between seconds', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await openRoutine(page);
  await startRoutine(page);
  const transition = await page
    .locator('.countdown circle.value')
    .evaluate((el) => getComputedStyle(el).transitionDuration);
  expect(parseFloat(transition)).toBeGreaterThan(0);
  expect(parseFloat(transition)).toBeLessThan(1);
});
