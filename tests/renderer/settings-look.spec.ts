import type { Page } from '@playwright/test';
import { SCREENSHOT_DIR, seriousAxeViolations } from './harness';
import { SETTINGS_TEST_OPTIONS, test, expect, openSettings } from './settings-setup';

test.use(SETTINGS_TEST_OPTIONS);

const SCHEMES = ['light', 'dark'] as const;
const shot = (what: string, scheme: string) => `${SCREENSHOT_DIR}/settings-${what}-${scheme}.png`;

/**
 * A picture of one section. Taken from a full-page capture so the sticky header stays at the
 * top instead of being stitched into the middle of a tall section.
 */
async function sectionShot(page: Page, id: string, path: string) {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await page.locator(`#${id}`).boundingBox();
  if (!box) throw new Error(`#${id} is not on screen`);
  await page.screenshot({ path, fullPage: true, clip: box });
}

/** Puts the window in a state with an overlap error, a night range and the copy panel open. */
async function showEveryKindOfMessage(page: Page) {
  await page.getByRole('button', { name: 'Add range to Monday' }).click();
  await page.getByLabel('Monday, range 2, start').fill('16:00');
  await page.getByLabel('Monday, range 2, end').fill('18:00');
  await page.getByRole('switch', { name: 'Saturday' }).check();
  await page.getByLabel('Saturday, range 1, start').fill('22:00');
  await page.getByLabel('Saturday, range 1, end').fill('02:00');
  await page.getByRole('button', { name: 'Copy Friday to…' }).click();
  await expect(page.getByLabel('Monday, range 2, start')).toHaveAttribute('aria-invalid', 'true');
}

/** Pairs of visible controls and texts whose boxes overlap: what a cramped layout produces. */
function overlappingBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selector =
      'input, button, select, a[href], label:not(.visually-hidden), .field-error, .field-note, .hint, h1, h2, dt, dd';
    const items = [...document.querySelectorAll<HTMLElement>(selector)]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 2 && box.height > 2);
    const describe = (el: HTMLElement) =>
      `${el.tagName.toLowerCase()}#${el.id || ''}"${(el.textContent ?? '').trim().slice(0, 30)}"`;
    const found: string[] = [];
    items.forEach((a, i) => {
      for (const b of items.slice(i + 1)) {
        if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
        // Content scrolling under the sticky header is not a layout overlap.
        if (Boolean(a.el.closest('header')) !== Boolean(b.el.closest('header'))) continue;
        const x = Math.min(a.box.right, b.box.right) - Math.max(a.box.left, b.box.left);
        const y = Math.min(a.box.bottom, b.box.bottom) - Math.max(a.box.top, b.box.top);
        if (x > 1 && y > 1) found.push(`${describe(a.el)} overlaps ${describe(b.el)}`);
      }
    });
    return found;
  });
}

/** True when the page scrolls sideways or any element sticks out of the window. */
function overflowsSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll<HTMLElement>('main *, header *')]
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .filter((el) => !el.closest('.visually-hidden'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    if (document.documentElement.scrollWidth > width) out.unshift('the page scrolls sideways');
    return out;
  });
}

for (const scheme of SCHEMES) {
  test(`${scheme}: no serious accessibility problems in any state`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSettings(page, {
      notice: 'Some settings could not be read and went back to their defaults.',
    });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await showEveryKindOfMessage(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Reset to defaults…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test(`@screenshots ${scheme}: tidy at the default size`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openSettings(page, {
      notice: 'Some settings could not be read and went back to their defaults.',
    });
    await page.screenshot({ path: shot('window', scheme) });
    await page.screenshot({ path: shot('full', scheme), fullPage: true });
    await sectionShot(page, 'day-preview', shot('preview', scheme));
    await sectionShot(page, 'breaks', shot('breaks', scheme));

    await showEveryKindOfMessage(page);
    expect(await overlappingBoxes(page)).toEqual([]);
    expect(await overflowsSideways(page)).toEqual([]);
    await sectionShot(page, 'working-hours', shot('errors', scheme));
    await sectionShot(page, 'routine', shot('routine', scheme));
    await page.getByRole('button', { name: 'Reset to defaults…' }).click();
    await page.screenshot({ path: shot('reset', scheme) });
  });
}

test.describe('at 200% zoom', () => {
  // 200% zoom of the 720x640 window: half as many CSS pixels, each drawn twice as large.
  test.use({ viewport: { width: 360, height: 320 }, deviceScaleFactor: 2 });

  for (const scheme of SCHEMES) {
    test(`@screenshots ${scheme}: at 200% zoom nothing overlaps or scrolls sideways`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openSettings(page);
      await page.screenshot({ path: shot('zoom200', scheme) });
      expect(await overflowsSideways(page)).toEqual([]);

      await showEveryKindOfMessage(page);
      expect(await overlappingBoxes(page)).toEqual([]);
      expect(await overflowsSideways(page)).toEqual([]);
      await sectionShot(page, 'working-hours', shot('zoom200-hours', scheme));
      await sectionShot(page, 'routine', shot('zoom200-routine', scheme));
    });
  }
});

// Kept apart from the axe runs: the injected axe script is not part of the window.
test('no CSP violations while every part of the window is used', async ({ page }) => {
  const { fake, cspViolations } = await openSettings(page, { notice: 'Repaired.' });
  await page.getByRole('button', { name: 'Dismiss this notice' }).click();
  await showEveryKindOfMessage(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: 'Mon–Fri with a lunch break' }).click();
  await page.getByLabel('Day', { exact: true }).selectOption('wed');
  await page.getByLabel('Remind me after sitting for').fill('30');
  await page.getByRole('button', { name: 'Move Butterfly stretch up' }).click();
  await page.getByRole('switch', { name: 'Read the steps aloud' }).check();
  await page.getByRole('button', { name: 'Reset to defaults…' }).click();
  await page.getByRole('button', { name: 'Reset settings' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  expect(fake.saved.length).toBeGreaterThan(2);
  expect(await cspViolations()).toEqual([]);
});
