import { test, expect, type Page } from '@playwright/test';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from './harness';
import { openRoutine, playSteps, startRoutine, timedSteps } from './routine-helpers';

// Kept for the README; this suite has no skip conditions and always runs.
const SCHEMES = ['light', 'dark'] as const;

async function shoot(page: Page, name: string, scheme: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `routine-${name}-${scheme}.png`) });
}

for (const scheme of SCHEMES) {
  test(`@screenshots routine screens in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });

    const first = await openRoutine(page, { cautionAcknowledged: false });
    await expect(page.getByRole('heading', { name: 'Before your first stretch' })).toBeVisible();
    await shoot(page, 'caution', scheme);
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await shoot(page, 'ready', scheme);

    await startRoutine(page);
    await page.clock.runFor(4_000);
    await shoot(page, 'setup', scheme);

    const steps = timedSteps(first.plan);
    const fifthHold = steps.findIndex((s) => s.kind === 'hold' && s.holdNumber === 5);
    await page.clock.runFor(steps[0]!.durationMs - 4_000);
    await playSteps(page, { ...first.plan, steps: steps.slice(1) }, fifthHold - 1);
    await page.clock.runFor(12_000);
    await expect(page.getByTestId('step-title')).toHaveText('Hold 5 of 13');
    await shoot(page, 'hold', scheme);

    await page.clock.runFor(steps[fifthHold]!.durationMs - 12_000 + 2_000);
    await expect(page.getByTestId('step-title')).toHaveText('Switch legs');
    await shoot(page, 'switch', scheme);

    await page.clock.runFor(first.plan.totalMs);
    await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
    await shoot(page, 'end', scheme);
    expect(await first.cspViolations()).toEqual([]);
  });
}
