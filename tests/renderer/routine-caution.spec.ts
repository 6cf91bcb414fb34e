import { test, expect } from '@playwright/test';
import { openRoutine } from './routine-helpers';

test('first run shows the caution once; acknowledging it leads to the routine', async ({
  page,
}) => {
  const { fake, cspViolations } = await openRoutine(page, { cautionAcknowledged: false });
  await expect(page.getByRole('heading', { name: 'Before your first stretch' })).toBeVisible();
  await expect(page.getByText(/physiotherapist or a chiropractor/)).toBeVisible();
  await expect(page.getByText(/If it hurts, stop/)).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start' })).toHaveCount(0);

  await page.getByRole('button', { name: 'I understand, continue' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(fake.acknowledgeCount).toBe(1);
  expect(fake.settings.general.cautionAcknowledgedAt).not.toBeNull();

  // The next time the window opens, it goes straight to the routine.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Before your first stretch' })).toHaveCount(0);
  expect(fake.acknowledgeCount).toBe(1);
  expect(await cspViolations()).toEqual([]);
});

test('closing from the caution does not acknowledge it', async ({ page }) => {
  const { fake } = await openRoutine(page, { cautionAcknowledged: false });
  await page.getByRole('button', { name: 'Not now' }).click();
  await expect.poll(() => fake.closeCount).toBe(1);
  expect(fake.acknowledgeCount).toBe(0);
});

test('the ready screen sums up the routine the settings ask for', async ({ page, context }) => {
  const { fake } = await openRoutine(page);
  await expect(page.getByText('13 holds of 30 seconds')).toBeVisible();
  await expect(page.getByRole('listitem')).toHaveCount(4);

  const other = await context.newPage();
  const routine = { ...fake.settings.routine, holdSeconds: 20, stretches: ['butterfly' as const] };
  await openRoutine(other, { settings: { ...fake.settings, routine } });
  await expect(other.getByText('1 hold of 20 seconds')).toBeVisible();
  await expect(other.getByRole('listitem')).toHaveCount(1);
});

test.describe('in the routine window of 480 x 640', () => {
  test.use({ viewport: { width: 480, height: 640 } });

  test('"I understand, continue" is in view whole, without scrolling, and the caution scrolls', async ({
    page,
  }) => {
    await openRoutine(page, { cautionAcknowledged: false });
    const answer = page.getByRole('button', { name: 'I understand, continue' });
    await expect(answer).toBeInViewport({ ratio: 1 });
    await expect(page.getByRole('button', { name: 'Not now' })).toBeInViewport({ ratio: 1 });
    await expect(page.getByText(/persists or keeps coming back/)).toBeVisible();
    await page.getByText(/If it hurts, stop/).scrollIntoViewIfNeeded();
    await expect(answer).toBeInViewport({ ratio: 1 });
  });
});
