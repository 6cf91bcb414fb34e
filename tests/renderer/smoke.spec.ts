import { test, expect, type Page } from '@playwright/test';
import type { ReminderView } from '../../electron/core/ipc/contract';
import { reminderWords } from '../../electron/core/tray/reminder-words';
import { FakeUnsit } from './fake-api';
import { openWindow } from './harness';

// Every window, as built, starts its app on the fake API, is styled by its own style sheet, and
// runs under its Content-Security-Policy: what each renderer test takes for granted.

const reminder: ReminderView = {
  kind: 'first',
  sittingMinutes: 62,
  suggests: 'quick',
  minutes: { quick: 2, full: 9 },
  words: reminderWords(
    { kind: 'first', sittingMinutes: 62, suggests: 'quick', minutes: { quick: 2, full: 9 } },
    10,
  ),
};

const WINDOWS = [
  ['routine', 'button', 'Start'],
  ['settings', 'heading', 'Working hours'],
  ['reminder', 'heading', 'Time to stand up'],
  ['statistics', 'tab', 'Today'],
  ['home', 'button', 'Quick stretch'],
] as const;

/** Adds an inline script to the page and says whether it ran. */
async function inlineScriptRuns(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true;';
    document.head.append(script);
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan === true;
  });
}

for (const [window, role, name] of WINDOWS) {
  test(`the ${window} window starts from the built files, styled, under its CSP`, async ({
    page,
  }) => {
    const fake = new FakeUnsit({ cautionAcknowledged: true, reminder });
    const { calls, cspViolations } = await openWindow(page, window, fake);
    await expect(page.getByRole(role, { name, exact: true })).toBeVisible();
    expect(calls.length).toBeGreaterThan(0);
    const accent = await page.evaluate(() =>
      getComputedStyle(document.documentElement).getPropertyValue('--accent').trim(),
    );
    expect(accent).toMatch(/^#[0-9a-f]{6}$/i);
    expect(await cspViolations()).toEqual([]);

    expect(await inlineScriptRuns(page)).toBe(false);
    await expect.poll(cspViolations).toEqual([expect.stringMatching(/^script-src/)]);
  });
}
