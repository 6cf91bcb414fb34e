import { buildStatistics } from '../../electron/core/history/statistics';
import { rulesFromSettings } from '../../electron/core/history/day-rules';
import { defaultSettings } from '../../electron/core/settings/schema';
import { catalogueFor } from '../../electron/core/i18n/catalogues';
import type { LanguagePayload } from '../../electron/core/i18n/language';
import { seriousAxeViolations } from './harness';
import {
  NOW,
  STATISTICS_TEST_OPTIONS,
  TODAY,
  busyYear,
  expect,
  openStatistics,
  test,
  yearWithMove,
} from './statistics-setup';

test.use(STATISTICS_TEST_OPTIONS);

/** What main would answer for a history, from the real core. */
const viewOf = (history: ReturnType<typeof busyYear>) =>
  buildStatistics({
    history,
    now: NOW,
    rules: rulesFromSettings(defaultSettings(), TODAY),
    sittingNowMinutes: 0,
  });

test('a new user sees an explanation, zeros, and empty charts', async ({ page }) => {
  await openStatistics(page);
  await expect(page.getByRole('heading', { name: 'Nothing recorded yet' })).toBeVisible();
  await expect(page.getByRole('tabpanel', { name: 'Today' })).toContainText(/0\s*of 0/);
  await expect(page.getByText('No streak yet')).toBeVisible();
  await page.getByRole('tab', { name: 'Weeks' }).click();
  await expect(
    page.getByRole('img', { name: /Last 7 days: 0 breaks taken of 0 suggested/ }),
  ).toBeVisible();
  await page.getByRole('tab', { name: 'Year' }).click();
  const grid = page.getByRole('grid', { name: 'The last 12 months, day by day' });
  await expect(
    grid.getByRole('gridcell', { name: /before Unsit recorded anything/ }).first(),
  ).toBeAttached();
  await expect(grid.getByRole('gridcell', { name: /today: 0 breaks so far/ })).toBeAttached();
  expect(await seriousAxeViolations(page)).toEqual([]);
});

test('today shows breaks taken of suggested, by kind, as main computed them', async ({ page }) => {
  const history = busyYear();
  const { today, streak } = viewOf(history);
  await openStatistics(page, { history });
  const panel = page.getByRole('tabpanel', { name: 'Today' });
  await expect(panel.locator('.big')).toHaveText(
    new RegExp(`^${today.taken}\\s*of ${today.occasions}`),
  );
  const figure = (term: string) => panel.locator('dl div', { hasText: term }).locator('dd');
  await expect(figure('Quick stretches done')).toHaveText(String(today.completed.quick));
  await expect(figure('Full routines done')).toHaveText(String(today.completed.full));
  await expect(figure('“I stood up”')).toHaveText(String(today.breaks['stood-up']));
  await expect(figure('Natural breaks')).toHaveText(String(today.breaks['natural-break']));
  await expect(panel.locator('.streak')).toHaveText(
    streak.current === 0
      ? /No streak yet/
      : new RegExp(`^${streak.current}\\s+working days? in a row`),
  );
  expect(today.occasions).toBeGreaterThan(0);
});

test('the tabs work by keyboard', async ({ page }) => {
  await openStatistics(page, { history: busyYear() });
  await page.getByRole('tab', { name: 'Today' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Weeks' })).toBeFocused();
  await expect(page.getByRole('tab', { name: 'Weeks' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('heading', { name: 'Last 12 weeks' })).toBeVisible();
  await page.keyboard.press('End');
  await expect(page.getByRole('tab', { name: 'Year' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('tab', { name: 'Today' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByRole('tab', { name: 'Year' })).toBeFocused();
  await expect(page.getByRole('tabpanel', { name: 'Today' })).toBeHidden();
});

test('the weekly charts have a name and a table a screen reader can read', async ({ page }) => {
  const history = busyYear();
  const view = viewOf(history);
  await openStatistics(page, { history });
  await page.getByRole('tab', { name: 'Weeks' }).click();
  const days = page.getByRole('img', { name: /^Last 7 days: / });
  await expect(days).toBeVisible();
  const table = page.getByRole('table', { name: 'Last 7 days' });
  // Always in the page for screen readers; shown on request.
  await expect(table.getByRole('row')).toHaveCount(8);
  const show = page.getByRole('button', { name: 'Show the numbers' }).first();
  await show.click();
  await expect(table).toBeVisible();
  await expect(page.getByRole('button', { name: 'Hide the numbers' })).toHaveAttribute(
    'aria-expanded',
    'true',
  );
  const yesterday = view.lastDays[5]!;
  const row = table.getByRole('row').nth(6);
  const cells = await row.getByRole('cell').allTextContents();
  expect(cells.map(Number)).toEqual([
    yesterday.taken,
    yesterday.occasions,
    yesterday.breaks.quick,
    yesterday.breaks.full,
    yesterday.breaks['stood-up'],
    yesterday.breaks['natural-break'],
    yesterday.endedEarly,
    yesterday.skipped,
    yesterday.ignored,
  ]);
  await expect(page.getByRole('table', { name: 'Last 12 weeks' }).getByRole('row')).toHaveCount(13);
});

test('the year calendar moves day by day by keyboard and reads each day', async ({ page }) => {
  await openStatistics(page, { history: busyYear() });
  await page.getByRole('tab', { name: 'Year' }).click();
  const grid = page.getByRole('grid', { name: 'The last 12 months, day by day' });
  await expect(grid.getByRole('gridcell')).toHaveCount(53 * 7);
  // English with British dates, as the fake main sends it (a comma after the weekday or not, as
  // the engine's ICU has it). The one cell in the tab order is today.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const focused = page.locator('[role="gridcell"]:focus');
  await expect(focused).toHaveAttribute(
    'aria-label',
    /^Wednesday,? 12 March 2025(, today)?: \d+ breaks?/,
  );
  await page.keyboard.press('ArrowRight');
  await expect(focused).toHaveAttribute('aria-label', /^Wednesday,? 12 March 2025/);
  await page.keyboard.press('ArrowLeft');
  await expect(focused).toHaveAttribute('aria-label', /^Wednesday,? 5 March 2025: /);
  await page.keyboard.press('ArrowUp');
  await expect(focused).toHaveAttribute('aria-label', /^Tuesday,? 4 March 2025: /);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(focused).toHaveAttribute('aria-label', /^Saturday,? 8 March 2025: day off/);
  await page.keyboard.press('PageUp');
  await expect(focused).toHaveAttribute('aria-label', /^Saturday,? 8 February 2025: /);
  await page.keyboard.press('Control+Home');
  await expect(focused).toHaveAttribute('aria-label', /^Monday,? 11 March 2024: /);
  await page.keyboard.press('Control+End');
  await expect(focused).toHaveAttribute('aria-label', /^Wednesday,? 12 March 2025/);
  // What the focused day says is also written under the calendar.
  await expect(page.locator('.detail')).toHaveText(/^Wednesday,? 12 March 2025/);
  await expect(grid.getByRole('gridcell', { name: /goal met/ }).first()).toBeAttached();
});

test('a day lived in another zone stays the day it was', async ({ page }) => {
  const history = yearWithMove();
  const view = viewOf(history);
  await openStatistics(page, { history });
  await page.getByRole('tab', { name: 'Weeks' }).click();
  const table = page.getByRole('table', { name: 'Last 7 days' });
  const monday = view.lastDays.find((d) => d.day === '2025-03-10')!;
  const row = table.getByRole('row', { name: /Monday,? 10 March 2025/ });
  await expect(row.getByRole('cell').first()).toHaveText(String(monday.taken));
  // Records with a New York offset late in the evening are not moved to the next day.
  expect(
    history.records.some((r) => r.at.startsWith('2025-03-10T17:00') && r.at.endsWith('-05:00')),
  ).toBe(true);
});

test('export saves through main and says where', async ({ page }) => {
  const { fake } = await openStatistics(page, {
    history: busyYear(),
    exportResult: { status: 'saved', fileName: 'unsit-history-2025-03-12.csv', rows: 4321 },
  });
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Saved 4,321 rows to unsit-history-2025-03-12.csv.',
  );
  fake.exportResult = {
    status: 'failed',
    message: 'Could not save x.csv: disk full. Nothing was changed.',
  };
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status')).toHaveText(
    'Could not save x.csv: disk full. Nothing was changed.',
  );
  fake.exportResult = { status: 'cancelled' };
  await page.getByRole('button', { name: 'Export CSV…' }).click();
  await expect(page.getByRole('status')).toHaveText('');
  expect(fake.exportCount).toBe(3);
});

test('asks main for fresh figures when the window comes back to the front', async ({ page }) => {
  const { fake } = await openStatistics(page);
  await expect(page.getByRole('tabpanel', { name: 'Today' })).toContainText(/0\s*of 0/);
  fake.history = busyYear();
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByRole('heading', { name: 'Nothing recorded yet' })).toBeHidden();
  expect(fake.statisticsCount).toBe(2);
});

/** English words with another region's dates, weekday names and first day of the week. */
const englishWith = (locale: string): LanguagePayload => ({
  code: 'en',
  locale,
  messages: catalogueFor('en'),
});

for (const [locale, first, firstName, weekStart] of [
  ['de-DE', 'Mo', 'Montag', /^Week of Montag, 10\. März 2025$/],
  ['en-US', 'Sun', 'Sunday', /^Week of Sunday, March 9, 2025$/],
] as const) {
  test(`the year and the weeks start on ${firstName} in ${locale}`, async ({ page }) => {
    await openStatistics(page, { history: busyYear(), language: englishWith(locale) });
    await page.getByRole('tab', { name: 'Year' }).click();
    const grid = page.getByRole('grid', { name: 'The last 12 months, day by day' });
    // The top row is the locale's first weekday, named in its language, and so is the first day.
    await expect(grid.locator('tbody tr').first().locator('th')).toHaveText(
      new RegExp(`^${first}\\.?$`),
    );
    await expect(grid.getByRole('gridcell').first()).toHaveAttribute(
      'aria-label',
      new RegExp(`^${firstName}, `),
    );
    await expect(grid.getByRole('gridcell')).toHaveCount(53 * 7);
    // This week's bar begins on the same day.
    await page.getByRole('tab', { name: 'Weeks' }).click();
    await page.getByRole('button', { name: 'Show the numbers' }).nth(1).click();
    const weeks = page.getByRole('table', { name: 'Last 12 weeks' });
    await expect(weeks.getByRole('rowheader').last().locator('.visually-hidden')).toHaveText(
      weekStart,
    );
  });
}
