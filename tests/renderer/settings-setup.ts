import { expect, test, type Page } from '@playwright/test';
import { SettingsFake } from './fake-settings-api';
import { openWindow, type ApiCall } from './harness';
import type { FakeUnsitOptions } from './fake-api';

/** The settings window's default size in the app. */
export const WINDOW_SIZE = { width: 720, height: 640 };

/**
 * Options every settings spec passes to test.use(). Debian's Chromium ships only the en-US
 * locale, so time inputs show 12-hour times ("09:00 AM") and are typed as "0430P".
 */
export const SETTINGS_TEST_OPTIONS = { viewport: WINDOW_SIZE };

export { expect, test };

export interface OpenedSettings {
  fake: SettingsFake;
  calls: ApiCall[];
  cspViolations: () => Promise<string[]>;
}

/** Opens the settings window on a fresh fake and waits until the settings are on screen. */
export async function openSettings(
  page: Page,
  options: FakeUnsitOptions = {},
  fake: SettingsFake = new SettingsFake(options),
): Promise<OpenedSettings> {
  const opened = await openWindow(page, 'settings', fake);
  await expect(page.getByRole('heading', { name: 'Working hours' })).toBeVisible();
  return { fake, ...opened };
}

/** The last settings main accepted. */
export async function lastSaved(fake: SettingsFake) {
  await expect.poll(() => fake.saved.length).toBeGreaterThan(0);
  return fake.saved[fake.saved.length - 1];
}

/**
 * How long the settings window waits after the last keystroke before it checks and saves a
 * typed number (renderer/src/settings/settings-editor.svelte.ts). Switches, buttons and time
 * fields save at once.
 */
export const TYPING_PAUSE_MS = 400;

/** The user stops typing: the page clock (paused, see openWindow) moves past the pause. */
export async function pauseTyping(page: Page): Promise<void> {
  await page.clock.runFor(TYPING_PAUSE_MS);
}

/** The status line users (and screen readers) get after a change. */
export const saveStatus = (page: Page) => page.getByRole('banner').getByRole('status');
