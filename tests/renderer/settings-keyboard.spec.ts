import type { Page } from '@playwright/test';
import { SETTINGS_TEST_OPTIONS, test, expect, openSettings, lastSaved } from './settings-setup';

test.use(SETTINGS_TEST_OPTIONS);

/** A readable name of the focused control: its label, or its text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return '(body)';
    const labelled = el.getAttribute('aria-label');
    const label = (el as HTMLInputElement).labels?.[0]?.textContent;
    return (labelled ?? label ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
}

/**
 * Presses Tab until the named control has focus; returns the controls passed on the way. A time
 * input takes one Tab per part (hours, minutes, AM/PM), so repeats of one name are listed once.
 */
async function tabUntil(page: Page, name: string, limit = 150): Promise<string[]> {
  const visited: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const current = await focusedName(page);
    if (visited[visited.length - 1] !== current) visited.push(current);
    if (current === name) return visited;
  }
  throw new Error(`"${name}" not reached by Tab; went through: ${visited.join(' | ')}`);
}

test('tab order follows the page and focus is always visible', async ({ page }) => {
  await openSettings(page);
  const visited = await tabUntil(page, 'Monday, range 1, end');
  expect(visited).toEqual([
    'Working hours',
    'Typical day',
    'Reminders',
    'Breaks',
    "Don't interrupt",
    'Routine',
    'General',
    'Mon–Fri, 9 to 5',
    'Mon–Fri with a lunch break',
    'Every day, 9 to 5',
    'Monday',
    'Monday, range 1, start',
    'Monday, range 1, end',
  ]);
  const outline = await page.evaluate(() => {
    const style = getComputedStyle(document.activeElement as Element);
    return { style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
  });
  expect(outline.style).not.toBe('none');
  expect(outline.width).toBeGreaterThanOrEqual(2);
});

test('a working-hours change can be made with the keyboard alone', async ({ page }) => {
  const { fake } = await openSettings(page);

  // Monday ends at 16:30 (typed the way a 12-hour time input takes it).
  await tabUntil(page, 'Monday, range 1, end');
  await page.keyboard.type('0430P');
  // Add an evening range: the new range's start gets focus.
  await tabUntil(page, 'Add range to Monday');
  await page.keyboard.press('Enter');
  expect(await focusedName(page)).toBe('Monday, range 2, start');
  await page.keyboard.type('0700P');
  await tabUntil(page, 'Monday, range 2, end');
  await page.keyboard.type('0830P');

  // Copy Monday to Saturday.
  await tabUntil(page, 'Copy Monday to…');
  await page.keyboard.press('Enter');
  await tabUntil(page, 'Saturday');
  await page.keyboard.press('Space');
  await tabUntil(page, 'Copy');
  await page.keyboard.press('Enter');
  expect(await focusedName(page)).toBe('Copy Monday to…');

  const expected = {
    enabled: true,
    ranges: [
      { from: '09:00', to: '16:30' },
      { from: '19:00', to: '20:30' },
    ],
  };
  await expect.poll(async () => (await lastSaved(fake))?.workingHours.sat).toEqual(expected);
  expect(fake.settings.workingHours.mon).toEqual(expected);
});

test('switches, stretch order and the copy panel work from the keyboard', async ({ page }) => {
  const { fake } = await openSettings(page);
  await tabUntil(page, 'Sunday');
  await page.keyboard.press('Space');
  await expect(page.getByRole('switch', { name: 'Sunday' })).toBeChecked();

  await tabUntil(page, 'Copy Sunday to…');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  expect(await focusedName(page)).toBe('Copy Sunday to…');
  await expect(page.getByRole('group', { name: "Copy Sunday's hours to:" })).toHaveCount(0);

  await tabUntil(page, 'Move Butterfly stretch up');
  await page.keyboard.press('Enter');
  await expect
    .poll(async () => (await lastSaved(fake))?.routine.stretches)
    .toEqual(['kneeling-lunge', 'butterfly', 'kneeling-side', 'standing-quad']);
  expect(fake.settings.workingHours.sun.enabled).toBe(true);
});
