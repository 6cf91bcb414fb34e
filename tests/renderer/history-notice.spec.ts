import { expect, test, type Page } from '@playwright/test';
import { FakeUnsit } from './fake-api';
import { SCREENSHOT_DIR, openWindow, seriousAxeViolations } from './harness';
import { NOW, busyYear } from './statistics-setup';

// The notice about the history file, as main words it, in the two windows that show history.
const DAMAGED =
  "Your history file was damaged; a copy was kept as history.broken-2025-03-12.json in Unsit's data folder. 3 entries that could not be read were left out; everything else is kept.";
const UNSAVED =
  'Unsit could not save your history (disk full). It keeps trying; until it succeeds, breaks you take are kept only until Unsit quits.';

/** The Unsit window's content size, and the room main adds for the notice (windows.ts). */
const HOME_SIZE = { width: 360, height: 470 };
const HOME_NOTICE_HEIGHT = 190;
const STATISTICS_SIZE = { width: 760, height: 640 };

const notice = (page: Page) => page.getByRole('region', { name: 'About your history' });

async function openStatistics(page: Page, api: FakeUnsit) {
  await page.setViewportSize(STATISTICS_SIZE);
  await openWindow(page, 'statistics', api);
  await expect(page.getByRole('heading', { name: 'Breaks today' })).toBeVisible();
}

async function openHome(page: Page, api: FakeUnsit) {
  await page.setViewportSize({ ...HOME_SIZE, height: HOME_SIZE.height + HOME_NOTICE_HEIGHT });
  await openWindow(page, 'home', api);
  await expect(page.getByTestId('home-status')).not.toBeEmpty();
}

const WINDOWS = [
  { name: 'statistics', open: openStatistics, heading: 'Your breaks' },
  { name: 'Unsit', open: openHome, heading: 'Unsit' },
] as const;

for (const win of WINDOWS) {
  test(`the ${win.name} window says what happened to the history file`, async ({ page }) => {
    await win.open(page, new FakeUnsit({ now: NOW, historyNotice: DAMAGED }));
    await expect(notice(page)).toBeVisible();
    await expect(notice(page).getByText(DAMAGED)).toBeVisible();
  });

  test(`the ${win.name} window's notice is dismissed from the keyboard, focus kept near`, async ({
    page,
  }) => {
    const api = new FakeUnsit({ now: NOW, historyNotice: DAMAGED });
    await win.open(page, api);
    const dismiss = notice(page).getByRole('button', { name: 'Dismiss this notice' });
    await dismiss.focus();
    await page.keyboard.press('Enter');
    await expect(notice(page)).toHaveCount(0);
    await expect(page.getByRole('heading', { name: win.heading, exact: true })).toBeFocused();
    // Coming back to the window asks main again: the same notice stays dismissed...
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(notice(page)).toHaveCount(0);
    // ...but a new problem is shown.
    api.historyNotice = UNSAVED;
    await page.evaluate(() => window.dispatchEvent(new Event('focus')));
    await expect(notice(page).getByText(UNSAVED)).toBeVisible();
  });

  test(`the ${win.name} window shows no notice while the history is fine`, async ({ page }) => {
    await win.open(page, new FakeUnsit({ now: NOW }));
    await expect(page.getByRole('heading', { name: win.heading, exact: true })).toBeVisible();
    await expect(notice(page)).toHaveCount(0);
  });
}

test('the Unsit window keeps the notice and all its buttons in its taller size', async ({
  page,
}) => {
  await openHome(page, new FakeUnsit({ now: NOW, historyNotice: DAMAGED }));
  const overflow = await page.evaluate(
    () => document.documentElement.scrollHeight - window.innerHeight,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expect(page.getByRole('button', { name: 'Quit Unsit' })).toBeInViewport({ ratio: 1 });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`@screenshots history notice, ${colorScheme}: both windows, no serious axe issue`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openStatistics(
      page,
      new FakeUnsit({ now: NOW, history: busyYear(), historyNotice: DAMAGED }),
    );
    await expect(notice(page)).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/statistics-history-notice-${colorScheme}.png`,
    });

    const home = await page.context().newPage();
    await home.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await openHome(home, new FakeUnsit({ now: NOW, historyNotice: DAMAGED }));
    await expect(notice(home)).toBeVisible();
    expect(await seriousAxeViolations(home)).toEqual([]);
    await home.screenshot({ path: `${SCREENSHOT_DIR}/home-history-notice-${colorScheme}.png` });
  });
}
