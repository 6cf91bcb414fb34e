import { test, expect, type Page } from '@playwright/test';
import { CATALOGUE } from '../../electron/core/routine/catalogue';
import { stretchWords } from '../../electron/core/routine/stretch-words';
import { t } from '../english';
import { seriousAxeViolations } from './harness';
import { defaultSettings } from '../../electron/core/settings/schema';
import { openRoutine, playSteps, startRoutine } from './routine-helpers';

const title = (page: Page) => page.getByTestId('step-title');
const large = (page: Page) => page.locator('main.player.large');
const lungeCue = stretchWords(t, CATALOGUE[0]!).keyCue;

/** axe waits on timers, and the test holds the page clock still: nudge it until axe is done. */
async function expectNoSeriousIssues(page: Page, screen: string): Promise<void> {
  let finished = false;
  const run = seriousAxeViolations(page).finally(() => {
    finished = true;
  });
  for (let i = 0; i < 200 && !finished; i++) await page.clock.runFor(5);
  expect(await run, `axe on the ${screen}`).toEqual([]);
}

test.describe('on a full screen of 1280 x 800', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('shows the count, the side and the one cue large enough to read from the mat', async ({
    page,
  }) => {
    const { plan } = await openRoutine(page);
    await startRoutine(page);
    await playSteps(page, plan, 1);
    await page.clock.runFor(12_000);
    await page.getByRole('button', { name: 'Large view' }).click();
    await expect(large(page)).toBeVisible();

    const count = page.getByTestId('large-count');
    await expect(count).toHaveText('18');
    const box = (await count.boundingBox())!;
    expect(box.height).toBeGreaterThanOrEqual(800 / 3);
    // The glyphs themselves, not only their line box, reach well up the window.
    const fontSize = await count.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(fontSize * 0.7).toBeGreaterThanOrEqual(800 / 5);
    await expect(count).toBeInViewport({ ratio: 1 });

    const side = page.getByTestId('large-label');
    await expect(side).toHaveText('Left knee down');
    expect((await side.boundingBox())!.height).toBeGreaterThanOrEqual(50);
    const cue = page.getByTestId('cue');
    await expect(cue).toHaveText(lungeCue);
    expect(
      await cue.evaluate((el) => parseFloat(getComputedStyle(el).fontSize)),
    ).toBeGreaterThanOrEqual(30);
    for (const locator of [side, cue, page.getByRole('button', { name: 'Pause' })]) {
      await expect(locator).toBeInViewport({ ratio: 1 });
    }
    // The long list of cues gives way to the one that matters now.
    await expect(page.getByRole('region', { name: 'What to do' })).toHaveCount(0);
  });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious in the large view (${scheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openRoutine(page, { waitForPosition: true });
      await startRoutine(page);
      await page.keyboard.press('f');
      await expect(large(page)).toBeVisible();
      await expectNoSeriousIssues(page, 'waiting set-up');
      await page.keyboard.press('Space');
      await expect(title(page)).toHaveText('Get set');
      await expectNoSeriousIssues(page, 'get-set count');
      await page.clock.runFor(8_000);
      await expect(title(page)).toHaveText('Hold 1 of 13');
      await expectNoSeriousIssues(page, 'hold');
      await page.keyboard.press(' ');
      await expect(page.getByRole('button', { name: 'Resume' })).toBeVisible();
      await expectNoSeriousIssues(page, 'paused hold');
      await page.keyboard.press(' ');
      await page.clock.runFor(30_000);
      await expect(title(page)).toHaveText('Switch legs');
      await expectNoSeriousIssues(page, 'switch');
    });
  }
});

test('F and the button toggle the large view; Escape leaves it before it ends the routine', async ({
  page,
}) => {
  const { fake, plan } = await openRoutine(page);
  await startRoutine(page);
  await playSteps(page, plan, 1);
  await expect(title(page)).toHaveText('Hold 1 of 13');

  await page.keyboard.press('f');
  await expect(large(page)).toBeVisible();
  await expect.poll(() => fake.fullScreenRequests).toEqual([true]);

  await page.keyboard.press('Escape');
  await expect(large(page)).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect.poll(() => fake.fullScreenRequests).toEqual([true, false]);
  await expect(title(page)).toHaveText('Hold 1 of 13');

  await page.getByRole('button', { name: 'Large view' }).click();
  await expect(large(page)).toBeVisible();
  await page.getByRole('button', { name: 'Leave large view' }).click();
  await expect(large(page)).toHaveCount(0);
  await page.keyboard.press('F');
  await expect(large(page)).toBeVisible();
  await page.keyboard.press('F');
  await expect(large(page)).toHaveCount(0);
  await expect.poll(() => fake.fullScreenRequests).toEqual([true, false, true, false, true, false]);

  // Out of the large view, Escape asks to end the routine, as before.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'End the routine now?' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(fake.results).toEqual([]);
});

test('in the large view the End button still asks, and its Escape only closes the question', async ({
  page,
}) => {
  const { fake, plan } = await openRoutine(page);
  await startRoutine(page);
  await playSteps(page, plan, 1);
  await page.keyboard.press('f');
  await page.getByRole('button', { name: 'End', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'End the routine now?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(large(page)).toBeVisible();
  expect(fake.fullScreenRequests).toEqual([true]);
});

test('the routine ending in the large view leaves full screen for the end screen', async ({
  page,
}) => {
  const { fake, plan } = await openRoutine(page);
  await startRoutine(page);
  await page.keyboard.press('f');
  await expect(large(page)).toBeVisible();
  await page.clock.runFor(plan.totalMs);
  await expect(page.getByRole('heading', { name: 'Routine complete' })).toBeVisible();
  await expect.poll(() => fake.fullScreenRequests).toEqual([true, false]);
});

test('a window that cannot go full screen still shows the large view inside it', async ({
  page,
}) => {
  const { fake, plan } = await openRoutine(page);
  fake.setFullScreen = async () => {
    throw new Error('not allowed');
  };
  await startRoutine(page);
  await playSteps(page, plan, 1);
  await page.keyboard.press('f');
  await expect(large(page)).toBeVisible();
  await expect(page.getByTestId('large-count')).toHaveText('30');
  await expect(page.getByTestId('cue')).toHaveText(lungeCue);
});

/** The font size of an element as a fraction of the window's height. */
async function heightShare(page: Page, locator: import('@playwright/test').Locator) {
  const [font, height] = await locator.evaluate((el) => [
    parseFloat(getComputedStyle(el).fontSize),
    window.innerHeight,
  ]);
  return font! / height!;
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1200 },
]) {
  test.describe(`words sized from the window's height at ${size.width} x ${size.height}`, () => {
    test.use({ viewport: size });

    test('the cue, the title, the hold number, the care line and "Switch legs" read from the mat', async ({
      page,
    }) => {
      const { plan } = await openRoutine(page);
      await startRoutine(page);
      await page.keyboard.press('f');
      await playSteps(page, plan, 1);
      await expect(title(page)).toHaveText('Hold 1 of 13');
      expect(await heightShare(page, page.getByTestId('cue'))).toBeGreaterThanOrEqual(0.055);
      for (const [name, locator] of [
        ['title', page.getByRole('heading', { level: 1 })],
        ['hold number', title(page)],
        ['stop if it hurts', page.getByText('Ease out gently; stop if it hurts.')],
      ] as const) {
        expect(await heightShare(page, locator), name).toBeGreaterThanOrEqual(0.035);
        await expect(locator, name).toBeInViewport({ ratio: 1 });
      }

      await page.clock.runFor(30_000);
      const label = page.getByTestId('large-label');
      await expect(label).toHaveText('Switch legs');
      expect(await heightShare(page, label)).toBeGreaterThanOrEqual(0.06);
      await expect(page.getByTestId('cue')).toHaveText('Next: Right knee down, left foot forward');
      for (const locator of [label, page.getByTestId('large-count'), page.getByTestId('cue')]) {
        await expect(locator).toBeInViewport({ ratio: 1 });
      }
    });
  });
}

test.describe('on a full screen of 1280 x 800, from the floor', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the side stretch names the leg that goes out, and each set-up its safety line', async ({
    page,
  }) => {
    const settings = defaultSettings();
    settings.routine.stretches = ['kneeling-side', 'standing-quad', 'kneeling-lunge'];
    await openRoutine(page, { waitForPosition: true, settings });
    await startRoutine(page);
    await page.keyboard.press('f');
    const label = page.getByTestId('large-label');
    const safety = page.getByTestId('safety');
    await expect(label).toHaveText('Left leg out');
    await expect(safety).toHaveText('Slide the leg out only as far as is comfortable.');
    await page.keyboard.press('Space');
    await expect(title(page)).toHaveText('Get set');
    // The count is shown large, the safety line stays until the hold starts.
    await expect(page.getByTestId('large-count')).toHaveText('8');
    // Smaller than a hold's count, which must leave room for the safety line, but still large.
    expect((await page.getByTestId('large-count').boundingBox())!.height).toBeGreaterThanOrEqual(
      800 / 4,
    );
    await expect(safety).toBeInViewport({ ratio: 1 });
    expect(await heightShare(page, safety)).toBeGreaterThanOrEqual(0.035);
    await page.clock.runFor(8_000);
    await expect(title(page)).toHaveText('Hold 1 of 12');
    await expect(safety).toHaveCount(0);
    await page.clock.runFor(30_000);
    await expect(label).toHaveText('Switch legs');
    await expect(page.getByTestId('cue')).toHaveText(
      'Next: Left knee down, right leg out to the side',
    );
    // Space pauses a switch as it pauses a hold.
    await page.clock.runFor(5_000);
    await page.keyboard.press(' ');
    await page.clock.runFor(60_000);
    await expect(page.getByTestId('large-count')).toHaveText('10');
    await page.keyboard.press(' ');
    await page.clock.runFor(10_000);
    await expect(label).toHaveText('Right leg out');

    await page.keyboard.press('ArrowRight'); // on through the side stretch to the quad's set-up
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Standing quad stretch');
    await expect(label).toHaveText('Left knee bent');
    await expect(safety).toHaveText('Hold a steady desk or wall, never a chair on wheels.');
    for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kneeling hip flexor lunge');
    await expect(safety).toHaveText('A soft mat under the knee; front knee right above the ankle.');
  });
});

test('the large view is offered on the ready screen, remembered, and opens with the routine', async ({
  page,
}) => {
  const { fake } = await openRoutine(page);
  const largeSwitch = page.getByRole('switch', { name: 'Large view' });
  await expect(largeSwitch).not.toBeChecked();
  await expect(page.getByText(/large enough to read from a couple of metres/)).toBeVisible();
  await largeSwitch.check();
  await expect.poll(() => fake.settings.routine.largeView).toBe(true);

  await page.reload();
  await expect(largeSwitch).toBeChecked();
  await startRoutine(page);
  await expect(large(page)).toBeVisible();
  await expect.poll(() => fake.fullScreenRequests).toEqual([true]);
  // F leaves it for this routine only; the choice on the ready screen stays.
  await page.keyboard.press('f');
  await expect(large(page)).toHaveCount(0);
  expect(fake.settings.routine.largeView).toBe(true);
});
