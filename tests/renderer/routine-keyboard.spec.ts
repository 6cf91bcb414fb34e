import { test, expect } from '@playwright/test';
import { openRoutine, playSteps, startRoutine } from './routine-helpers';

const countdown = '.countdown .seconds';

test('Space pauses and resumes, even with a button focused', async ({ page }) => {
  await openRoutine(page);
  await startRoutine(page);
  await page.getByRole('button', { name: 'Next step' }).focus();
  await page.clock.runFor(2_000);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
  await expect(page.getByTestId('step-title')).toHaveText('Get ready');
  const frozen = await page.locator(countdown).textContent();
  await page.clock.runFor(30_000);
  await expect(page.locator(countdown)).toHaveText(frozen ?? '');
  await expect(page.getByTestId('step-title')).toHaveText('Get ready');

  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(3_000);
  await expect(page.locator(countdown)).toHaveText(String(Number(frozen) - 3));
});

test('arrows move to the next and previous step', async ({ page }) => {
  await openRoutine(page);
  await startRoutine(page);
  const title = page.getByTestId('step-title');
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Hold 1 of 13');
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Switch legs');
  await page.keyboard.press('ArrowRight');
  await expect(title).toHaveText('Hold 2 of 13');
  await expect(page.getByTestId('side')).toHaveText('Right leg');
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveText('Switch legs');
  // Later in a step, Previous starts that step over instead of going back.
  await page.clock.runFor(5_000);
  await page.keyboard.press('ArrowLeft');
  await expect(title).toHaveText('Switch legs');
  // The lunge's own switch time, in full again.
  await expect(page.locator(countdown)).toHaveText('10');
});

test('Escape on the first step ends at once', async ({ page }) => {
  const { fake } = await openRoutine(page);
  await startRoutine(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Routine ended' })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect
    .poll(() => fake.results.map((r) => [r.outcome, r.holdsDone]))
    .toEqual([['ended-early', 0]]);
});

test('Escape later asks first: Escape keeps going, Enter ends', async ({ page }) => {
  const { fake, plan } = await openRoutine(page);
  await startRoutine(page);
  await playSteps(page, plan, 2);
  await expect(page.getByTestId('step-title')).toHaveText('Switch legs');

  await page.keyboard.press('Escape');
  const dialog = page.getByRole('dialog', { name: 'End the routine now?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'End routine' })).toBeFocused();
  // The routine waits while the question is open, and focus stays inside the dialog.
  await page.clock.runFor(20_000);
  await expect(page.getByTestId('step-title')).toHaveText('Switch legs');
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
  }

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(10_000); // the lunge's switch
  await expect(page.getByTestId('step-title')).toHaveText('Hold 2 of 13');
  expect(fake.results).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Routine ended' })).toBeVisible();
  await expect
    .poll(() => fake.results.map((r) => [r.outcome, r.holdsDone]))
    .toEqual([['ended-early', 1]]);
});
