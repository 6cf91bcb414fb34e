import { test, expect } from '@playwright/test';
import { defaultSettings } from '../../electron/core/settings/schema';
import { announcements, openRoutine, playSteps, startRoutine, timedSteps } from './routine-helpers';

// The default prescription (docs/decisions.md) written out by hand: what a user sees, hold by hold.
const EXPECTED_HOLDS = [
  ['Kneeling hip flexor lunge', 'Left leg'],
  ['Kneeling hip flexor lunge', 'Right leg'],
  ['Kneeling hip flexor lunge', 'Left leg'],
  ['Kneeling hip flexor lunge', 'Right leg'],
  ['Kneeling side stretch', 'Left leg'],
  ['Kneeling side stretch', 'Right leg'],
  ['Kneeling side stretch', 'Left leg'],
  ['Kneeling side stretch', 'Right leg'],
  ['Butterfly stretch', 'Both legs'],
  ['Standing quad stretch', 'Left leg'],
  ['Standing quad stretch', 'Right leg'],
  ['Standing quad stretch', 'Left leg'],
  ['Standing quad stretch', 'Right leg'],
];

test('plays the whole default routine and reports it completed', async ({ page }) => {
  const { fake, plan, calls, cspViolations } = await openRoutine(page);
  await startRoutine(page);

  const seenHolds: string[][] = [];
  const switchAnnouncements: string[] = [];
  for (const step of timedSteps(plan)) {
    const title = page.getByTestId('step-title');
    if (step.kind === 'hold') {
      await expect(title).toHaveText(`Hold ${seenHolds.length + 1} of 13`);
      const name = await page.getByRole('heading', { level: 1 }).textContent();
      const side = await page.getByTestId('side').textContent();
      seenHolds.push([name ?? '', side ?? '']);
      // The drawing tags the working leg with the side's letter; both legs for the butterfly.
      const tags = await page.locator('svg.figure .tag text').allTextContents();
      expect(tags.sort()).toEqual(
        side === 'Right leg' ? ['R'] : side === 'Left leg' ? ['L'] : ['L', 'R'],
      );
    } else if (step.kind === 'switch') {
      await expect(title).toHaveText('Switch legs');
      await expect(page.getByRole('heading', { name: 'Ease out and switch legs' })).toBeVisible();
      switchAnnouncements.push((await announcements(page)).at(-1) ?? '');
    } else {
      await expect(title).toHaveText('Get ready');
    }
    await page.clock.runFor(step.durationMs);
  }

  expect(seenHolds).toEqual(EXPECTED_HOLDS);
  // Three switches in each of the three sided stretches (L, R, L, R).
  expect(switchAnnouncements).toHaveLength(9);
  for (const said of switchAnnouncements) expect(said).toMatch(/^Ease out and switch legs\./);

  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
  await expect(page.getByTestId('holds-done')).toHaveText('13 of 13');
  await expect(page.getByTestId('stretches-done')).toHaveText('4 of 4');

  const { setupSeconds, holdSeconds } = defaultSettings().routine;
  // Switches: three of 10 s in the lunge, six of 15 s in the side and quad stretches.
  const plannedMs = (4 * setupSeconds + 13 * holdSeconds + 3 * 10 + 6 * 15) * 1000;
  await expect.poll(() => fake.results.length).toBe(1);
  const [result] = fake.results;
  expect(result).toMatchObject({ outcome: 'completed', holdsDone: 13, holdCount: 13 });
  expect(result!.durationMs).toBeGreaterThanOrEqual(plannedMs);
  expect(result!.durationMs).toBeLessThan(plannedMs + 100);
  expect(calls.filter((c) => c.method === 'reportRoutineResult')).toHaveLength(1);

  await page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => fake.closeCount).toBe(1);
  expect(await cspViolations()).toEqual([]);
});

test('announces each step once and only the last three seconds of a hold', async ({ page }) => {
  const { plan } = await openRoutine(page);
  await startRoutine(page);
  await playSteps(page, plan, 2); // set-up, then the first hold to its end
  const said = await announcements(page);
  expect(said[0]).toMatch(/^Get ready: Kneeling hip flexor lunge\./);
  expect(said[1]).toBe('Left leg: hold 30 seconds. Hold 1 of 13.');
  expect(said.slice(2, 5)).toEqual(['3', '2', '1']);
  expect(said[5]).toMatch(/^Ease out and switch legs\. Right leg next/);
  expect(said).toHaveLength(6);
  // The countdown's accessible summary names the step, not the changing seconds.
  await expect(page.getByTestId('countdown-summary')).toHaveText(
    'Switch legs: 10 second countdown, right leg.',
  );
});

test('ending early with the End button reports the holds done so far', async ({ page }) => {
  const { fake, plan } = await openRoutine(page);
  await startRoutine(page);
  await playSteps(page, plan, 4); // set-up, hold 1, switch, hold 2
  await page.clock.runFor(10_000 + 10_000); // the lunge's switch, then 10 s into hold 3
  await expect(page.getByTestId('step-title')).toHaveText('Hold 3 of 13');

  await page.getByRole('button', { name: 'End', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'End the routine now?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'End routine' }).click();

  await expect(page.getByRole('heading', { name: 'Routine ended' })).toBeVisible();
  await expect(page.getByTestId('holds-done')).toHaveText('2 of 13');
  await expect(page.getByTestId('stretches-done')).toHaveText('0 of 4');
  await expect.poll(() => fake.results.length).toBe(1);
  const { setupSeconds, holdSeconds } = defaultSettings().routine;
  const lungeSwitch = 10;
  expect(fake.results[0]).toEqual({
    outcome: 'ended-early',
    holdsDone: 2,
    holdCount: 13,
    durationMs: (setupSeconds + 2 * holdSeconds + 2 * lungeSwitch + 10) * 1000,
  });
});

test('a pause does not eat into the hold, and the window catches up after being hidden', async ({
  page,
}) => {
  const { plan } = await openRoutine(page);
  await startRoutine(page);
  await playSteps(page, plan, 1);
  await page.clock.runFor(10_000);
  await page.getByRole('button', { name: 'Pause' }).click();
  await page.clock.runFor(60_000);
  await expect(page.getByTestId('step-title')).toHaveText('Hold 1 of 13');
  await expect(page.locator('.countdown .seconds')).toHaveText('20');
  await page.getByRole('button', { name: 'Resume' }).click();
  // A throttled page whose timer is late still moves on as soon as it is shown again.
  await page.clock.fastForward(20_000 + 10_000 + 5_000); // the hold, the lunge's switch, 5 s
  await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
  await expect(page.getByTestId('step-title')).toHaveText('Hold 2 of 13');
  await expect(page.locator('.countdown .seconds')).toHaveText('25');
});

test('closing the window mid-routine still reports the holds done as ended early', async ({
  page,
}) => {
  const { fake, plan } = await openRoutine(page);
  await startRoutine(page);
  // Through set-up, hold 1 and the switch, into hold 2.
  const [setup, hold1, change] = timedSteps(plan);
  await page.clock.runFor(setup!.durationMs + hold1!.durationMs + change!.durationMs + 1000);
  await expect(page.getByTestId('step-title')).toHaveText('Hold 2 of 13');

  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));

  await expect.poll(() => fake.results.length).toBe(1);
  expect(fake.results[0]).toMatchObject({ outcome: 'ended-early', holdsDone: 1, holdCount: 13 });
});
