import { test, expect } from '@playwright/test';
import { openRoutine, playSteps, startRoutine, timedSteps } from './routine-helpers';

// The routine window plays the kind of break main opened it for; it only names it.

test('a quick stretch names itself, asks for no mat, and plays one cycle of the quad stretch', async ({
  page,
}) => {
  const { fake, plan } = await openRoutine(page, { breakKind: 'quick' });
  await expect(page.getByRole('heading', { name: 'Quick standing stretch' })).toBeVisible();
  await expect(page.getByText('2 holds of 30 seconds · about 2 min')).toBeVisible();
  await expect(page.getByText(/a steady desk or wall to hold/)).toBeVisible();
  await expect(page.getByText(/mat/)).toHaveCount(0);
  await startRoutine(page);
  await playSteps(page, plan, timedSteps(plan).length);
  await expect
    .poll(() => fake.results)
    .toEqual([expect.objectContaining({ outcome: 'completed', holdsDone: 2, holdCount: 2 })]);
});

test('the full routine names itself and asks for a mat', async ({ page }) => {
  await openRoutine(page, { breakKind: 'full' });
  await expect(page.getByRole('heading', { name: 'Full hip-flexor routine' })).toBeVisible();
  await expect(page.getByText(/a mat or folded towel/)).toBeVisible();
});
