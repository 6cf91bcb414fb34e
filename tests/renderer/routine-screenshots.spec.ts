import { test, expect, type Page } from '@playwright/test';
import type { Side, StretchId } from '../../electron/core/routine/types';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { SCREENSHOT_DIR } from './harness';
import { openRoutine, startRoutine, timedSteps } from './routine-helpers';
import { installFakeSpeech } from './speech-fake';

// Kept for the README; this suite has no skip conditions and always runs. Every hold of the
// default routine is shot, so each drawing is seen on both sides and in both cycles.
const SCHEMES = ['light', 'dark'] as const;

const SHORT_NAMES: Record<StretchId, string> = {
  'kneeling-lunge': 'lunge',
  'kneeling-side': 'side',
  butterfly: 'butterfly',
  'standing-quad': 'quad',
};

/** routine-hold-NN-<stretch>-<side>, for example hold-05-side-left or hold-09-butterfly-both. */
const holdName = (step: { holdNumber: number; stretchId: StretchId; side: Side | null }) =>
  `hold-${String(step.holdNumber).padStart(2, '0')}-${SHORT_NAMES[step.stretchId]}-${step.side ?? 'both'}`;

async function shoot(page: Page, name: string, scheme: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOT_DIR, `routine-${name}-${scheme}.png`) });
}

const title = (page: Page) => page.getByTestId('step-title');

for (const scheme of SCHEMES) {
  test(`@screenshots routine screens and every hold in ${scheme} mode`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await installFakeSpeech(page);

    const first = await openRoutine(page, { cautionAcknowledged: false, waitForPosition: true });
    await expect(page.getByRole('heading', { name: 'Before your first stretch' })).toBeVisible();
    await shoot(page, 'caution', scheme);
    await page.getByRole('button', { name: 'I understand, continue' }).click();
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.clock.runFor(100);
    await expect(page.getByRole('switch', { name: 'Read the steps aloud' })).toBeEnabled();
    await shoot(page, 'ready', scheme);
    await page.getByRole('button', { name: 'Health note' }).click();
    await expect(page.getByRole('dialog', { name: 'Health note' })).toBeVisible();
    await shoot(page, 'health-note', scheme);
    await page.keyboard.press('Escape');

    await startRoutine(page);
    await expect(page.getByRole('button', { name: "I'm in position" })).toBeVisible();
    await shoot(page, 'setup', scheme);

    let holds = 0;
    for (const step of timedSteps(first.plan)) {
      if (step.kind === 'setup') {
        await expect(title(page)).toHaveText('Get ready');
        // The whole set-up fits the window: nothing to scroll for on the mat.
        await expect(page.getByRole('button', { name: "I'm in position" })).toBeInViewport({
          ratio: 1,
        });
        await page.keyboard.press('Space');
        continue;
      }
      if (step.kind === 'get-set') {
        await expect(title(page)).toHaveText('Get set');
        if (step.stretchId === 'kneeling-lunge') {
          await page.clock.runFor(3_000);
          await shoot(page, 'get-set', scheme);
          await page.clock.runFor(step.durationMs - 3_000);
        } else {
          await page.clock.runFor(step.durationMs);
        }
        continue;
      }
      if (step.kind === 'hold') {
        holds += 1;
        await page.clock.runFor(12_000);
        await expect(title(page)).toHaveText(`Hold ${step.holdNumber} of 13`);
        const letters = step.side === 'left' ? ['L'] : step.side === 'right' ? ['R'] : ['L', 'R'];
        const figure = page.locator('svg.figure');
        expect((await figure.locator('.tag text').allTextContents()).sort()).toEqual(letters);
        // The highlighted legs are the ones the tags name; letters are never drawn mirrored.
        const highlighted = await figure
          .locator('[data-limb]:has(> .working)')
          .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-limb')));
        expect(highlighted.sort()).toEqual(letters.map((letter) => `${letter}-leg`));
        await expect(figure.locator('[transform]')).toHaveCount(0);
        await expect(page.getByRole('button', { name: 'Pause' })).toBeInViewport({ ratio: 1 });
        await shoot(page, holdName(step), scheme);
        await page.clock.runFor(step.durationMs - 12_000);
      } else if (
        step.kind === 'switch' &&
        step.stretchId === 'kneeling-side' &&
        step.to === 'right'
      ) {
        await page.clock.runFor(2_000);
        await expect(title(page)).toHaveText('Switch legs');
        await shoot(page, 'switch', scheme);
        await page.clock.runFor(step.durationMs - 2_000);
      } else {
        await page.clock.runFor(step.durationMs);
      }
    }
    expect(holds).toBe(13);
    await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
    await shoot(page, 'end', scheme);
    expect(await first.cspViolations()).toEqual([]);
  });

  test(`@screenshots the large view on a 1280 x 800 screen in ${scheme} mode`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const { plan } = await openRoutine(page, { waitForPosition: true });
    await startRoutine(page);
    await page.keyboard.press('f');
    await expect(page.locator('main.player.large')).toBeVisible();
    await shoot(page, 'large-setup', scheme);
    await page.keyboard.press('Space');
    await page.clock.runFor(3_000);
    await expect(title(page)).toHaveText('Get set');
    await shoot(page, 'large-get-set', scheme);
    const steps = timedSteps(plan);
    // Into the first side-stretch hold on the right, 12 s in, shooting the switch before it.
    const target = steps.findIndex((s) => s.kind === 'hold' && s.holdNumber === 6);
    await page.clock.runFor(steps[1]!.durationMs - 3_000);
    for (const step of steps.slice(2, target)) {
      if (step.kind === 'setup') {
        await expect(title(page)).toHaveText('Get ready');
        await page.keyboard.press('Space');
      } else if (step.kind === 'switch' && step.stretchId === 'kneeling-side') {
        await page.clock.runFor(3_000);
        await expect(page.getByTestId('large-label')).toHaveText('Switch legs');
        await shoot(page, 'large-switch', scheme);
        await page.clock.runFor(step.durationMs - 3_000);
      } else {
        await page.clock.runFor(step.durationMs);
      }
    }
    await page.clock.runFor(12_000);
    await expect(title(page)).toHaveText('Hold 6 of 13');
    await expect(page.getByTestId('large-label')).toHaveText('Right leg out');
    await shoot(page, 'large-hold', scheme);
  });
}
