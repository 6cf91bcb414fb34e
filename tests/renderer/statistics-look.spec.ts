import type { Page } from '@playwright/test';
import { createTranslator } from '../../electron/core/i18n/translator';
import { FakeUnsit, PSEUDO } from './fake-api';
import { SCREENSHOT_DIR, openWindow, seriousAxeViolations } from './harness';
import {
  NOW,
  STATISTICS_TEST_OPTIONS,
  busyYear,
  expect,
  openStatistics,
  test,
} from './statistics-setup';

test.use(STATISTICS_TEST_OPTIONS);

const SCHEMES = ['light', 'dark'] as const;
const TABS = ['Today', 'Weeks', 'Year'] as const;
const shot = (what: string, scheme: string) => `${SCREENSHOT_DIR}/statistics-${what}-${scheme}.png`;

/** True when the page scrolls sideways or anything sticks out (the calendar scrolls itself). */
function overflowsSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out = [...document.querySelectorAll<HTMLElement>('main *, header *')]
      .filter((el) => !el.closest('.visually-hidden') && !el.closest('.scroll'))
      .filter((el) => el.getBoundingClientRect().right > width + 1)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    if (document.documentElement.scrollWidth > width) out.unshift('the page scrolls sideways');
    return out;
  });
}

for (const scheme of SCHEMES) {
  test(`${scheme}: no serious accessibility problems on any tab`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openStatistics(page, { history: busyYear() });
    for (const tab of TABS) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await seriousAxeViolations(page), tab).toEqual([]);
    }
    await page.getByRole('tab', { name: 'Weeks' }).click();
    await page.getByRole('button', { name: 'Show the numbers' }).first().click();
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  test(`${scheme}: a busy year and a new user, at the default size @screenshots`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openStatistics(page, { history: busyYear() });
    for (const tab of TABS) {
      await page.getByRole('tab', { name: tab }).click();
      expect(await overflowsSideways(page), tab).toEqual([]);
      await page.screenshot({ path: shot(tab.toLowerCase(), scheme) });
    }
    await page.getByRole('tab', { name: 'Weeks' }).click();
    await page.getByRole('button', { name: 'Show the numbers' }).first().click();
    await page.screenshot({ path: shot('weeks-table', scheme), fullPage: true });

    const fresh = await page.context().newPage();
    await fresh.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openStatistics(fresh);
    await fresh.screenshot({ path: shot('empty', scheme) });
  });
}

test.describe('at 200% zoom', () => {
  // 200% zoom of the 760x640 window: half as many CSS pixels, each drawn twice as large.
  test.use({ viewport: { width: 380, height: 320 }, deviceScaleFactor: 2 });

  for (const scheme of SCHEMES) {
    test(`${scheme}: nothing scrolls sideways but the calendar @screenshots`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await openStatistics(page, { history: busyYear() });
      for (const tab of TABS) {
        await page.getByRole('tab', { name: tab }).click();
        expect(await overflowsSideways(page), tab).toEqual([]);
      }
      await page.screenshot({ path: shot('zoom200-year', scheme), fullPage: true });
      await page.getByRole('tab', { name: 'Weeks' }).click();
      await page.screenshot({ path: shot('zoom200-weeks', scheme), fullPage: true });
    });
  }
});

test('forced colours: charts and the calendar keep their shapes @screenshots', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await openStatistics(page, { history: busyYear() });
  await page.getByRole('tab', { name: 'Year' }).click();
  const met = page.locator('.day.met').first();
  const off = page.locator('.day.off').first();
  const fill = (cell: typeof met) => cell.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await fill(met)).not.toBe(await fill(off));
  await page.screenshot({ path: shot('forced-colors-year', 'light') });
  await page.getByRole('tab', { name: 'Weeks' }).click();
  await page.screenshot({ path: shot('forced-colors-weeks', 'light') });
});

// Kept apart from the axe runs: the injected axe script is not part of the window.
test('no CSP violations while every part of the window is used', async ({ page }) => {
  const { cspViolations } = await openStatistics(page, {
    history: busyYear(),
    exportResult: { status: 'saved', fileName: 'h.csv', rows: 3 },
  });
  for (const tab of TABS) await page.getByRole('tab', { name: tab }).click();
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowLeft');
  await page.getByRole('tab', { name: 'Weeks' }).click();
  await page.getByRole('button', { name: 'Show the numbers' }).first().click();
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status')).toHaveText('Saved 3 rows to h.csv.');
  expect(await cspViolations()).toEqual([]);
});

test('the pseudo-locale: every tab, to look at longer words @screenshots', async ({ page }) => {
  const { t } = createTranslator(PSEUDO.locale, PSEUDO.messages);
  await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
  await openWindow(
    page,
    'statistics',
    new FakeUnsit({ now: NOW, history: busyYear(), language: PSEUDO }),
  );
  for (const tab of TABS) {
    await page
      .getByRole('tab', { name: t(`statistics.tab.${tab.toLowerCase() as Lowercase<typeof tab>}`) })
      .click();
    expect(await overflowsSideways(page), tab).toEqual([]);
    await page.screenshot({ path: shot(`pseudo-${tab.toLowerCase()}`, 'light'), fullPage: true });
  }
});
