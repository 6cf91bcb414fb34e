import type { Page } from '@playwright/test';
import type { BusyDetection } from '../../electron/core/ipc/contract';
import { numberLimits } from '../../electron/core/settings/fields';
import { SCREENSHOT_DIR, seriousAxeViolations } from './harness';
import {
  SETTINGS_TEST_OPTIONS,
  expect,
  lastSaved,
  openSettings,
  pauseTyping,
  saveStatus,
  test,
} from './settings-setup';

test.use(SETTINGS_TEST_OPTIONS);

// The "Don't interrupt" section: which kinds of busy hold a reminder, how long Do Not Disturb
// may hold one, and a line per kind saying whether this computer can see it.

/** What a GNOME session on Wayland can see (tests/main/busy/detectors.test.ts, plus a microphone). */
const GNOME: BusyDetection = {
  call: { detectable: true, sources: ['camera in use', 'microphone in use'] },
  fullscreen: { detectable: true, sources: ['an app keeps the screen awake'] },
  dnd: { detectable: true, sources: ['Do Not Disturb'] },
};
/** What macOS lets an app see: who keeps the display awake, and no Focus. */
const MAC: BusyDetection = {
  call: { detectable: true, sources: ['a call app keeps the display awake'] },
  fullscreen: { detectable: true, sources: ['an app keeps the display awake'] },
  dnd: { detectable: false, sources: [] },
};

const section = (page: Page) => page.getByRole('region', { name: "Don't interrupt" });
const sw = (page: Page, name: string) => section(page).getByRole('switch', { name });
const CALL = 'In a call (camera or microphone in use)';
const FULL = 'Presenting or full screen';
const DND = 'Do Not Disturb';
const MEETING = 'In a meeting, set by hand';
const LIMIT = 'Longest Do Not Disturb hold';

test('offers the four sources, all on, and says what this Linux desktop can see', async ({
  page,
}) => {
  await openSettings(page, { platform: 'linux', busyDetection: GNOME });
  for (const name of [CALL, FULL, DND, MEETING]) await expect(sw(page, name)).toBeChecked();
  await expect(sw(page, CALL)).toHaveAccessibleDescription(
    'This computer can tell when another app uses the camera, or when another app records from a microphone.',
  );
  await expect(sw(page, FULL)).toHaveAccessibleDescription(
    'This computer can tell when an app keeps the screen awake, as videos, calls and slides do.',
  );
  await expect(sw(page, DND)).toHaveAccessibleDescription(
    'This computer can tell when Do Not Disturb is on.',
  );
  await expect(sw(page, MEETING)).toHaveAccessibleDescription(
    'Works on every computer: set it from the tray or the Unsit window.',
  );
  await expect(section(page).getByLabel(LIMIT)).toHaveValue('120');
});

test('on a Mac, says plainly that Focus cannot be read and points at In a meeting', async ({
  page,
}) => {
  await openSettings(page, { platform: 'darwin', busyDetection: MAC });
  await expect(sw(page, DND)).toHaveAccessibleDescription(
    'macOS does not let apps read Focus: use In a meeting.',
  );
  await expect(sw(page, CALL)).toHaveAccessibleDescription(
    'This computer can tell when a call app keeps the display awake.',
  );
});

test('where nothing can be seen, each detected kind says so', async ({ page }) => {
  await openSettings(page, { platform: 'other' });
  await expect(sw(page, CALL)).toHaveAccessibleDescription(
    'This computer cannot tell when you are in a call: use In a meeting.',
  );
  await expect(sw(page, FULL)).toHaveAccessibleDescription(
    'This computer cannot tell when an app is full screen: use In a meeting.',
  );
  await expect(sw(page, DND)).toHaveAccessibleDescription(
    'This system does not let apps read Do Not Disturb: use In a meeting.',
  );
});

test('does not guess while the answer is on its way, or when it cannot be had', async ({
  page,
}) => {
  const { fake } = await openSettings(page, { busyDetection: 'never' });
  await expect(sw(page, CALL)).toHaveAccessibleDescription('Checking what this computer can tell…');
  await expect(sw(page, MEETING)).toHaveAccessibleDescription(/^Works on every computer/);
  // Once main answers (here: the window opened again), the line says what it answered.
  fake.busyDetection = GNOME;
  await page.reload();
  await expect(sw(page, CALL)).toHaveAccessibleDescription(/^This computer can tell when/);
});

test('a refused or malformed answer reads as unknown, not as "cannot see"', async ({ page }) => {
  const { fake } = await openSettings(page, { busyDetection: 'fails' });
  await expect(sw(page, DND)).toHaveAccessibleDescription(
    'Unsit could not find out whether this computer can tell.',
  );
  // An answer outside the contract (a source no detector has) is not shown either.
  fake.busyDetection = {
    ...GNOME,
    dnd: { detectable: true, sources: ['<b>telepathy</b>' as 'Do Not Disturb'] },
  };
  await page.reload();
  await expect(sw(page, DND)).toHaveAccessibleDescription(
    'Unsit could not find out whether this computer can tell.',
  );
  await expect(section(page)).not.toContainText('telepathy');
  // The switches work whatever the answer.
  await sw(page, DND).uncheck();
  await expect.poll(async () => (await lastSaved(fake))?.busy.dnd).toBe(false);
});

test('each switch is saved at once; the limit rests while Do Not Disturb is off', async ({
  page,
}) => {
  const { fake } = await openSettings(page, { busyDetection: GNOME });
  await sw(page, CALL).uncheck();
  await expect.poll(async () => (await lastSaved(fake))?.busy.call).toBe(false);
  await sw(page, MEETING).uncheck();
  await expect
    .poll(async () => (await lastSaved(fake))?.busy)
    .toEqual({
      call: false,
      fullscreen: true,
      dnd: true,
      meeting: false,
      dndLimitMinutes: 120,
    });
  const limit = section(page).getByLabel(LIMIT);
  await expect(limit).toBeEnabled();
  await sw(page, DND).uncheck();
  await expect(limit).toBeDisabled();
  await expect(saveStatus(page)).toHaveText(/Saved/);
});

test('the limit takes 15 minutes to 8 hours, and names the limit a value breaks', async ({
  page,
}) => {
  const { fake } = await openSettings(page, { busyDetection: GNOME });
  const { min, max } = numberLimits('busy.dndLimitMinutes');
  expect([min, max]).toEqual([15, 480]);
  const limit = section(page).getByLabel(LIMIT);

  await limit.fill('10');
  await pauseTyping(page);
  await expect(limit).toHaveAttribute('aria-invalid', 'true');
  await expect(limit).toHaveAccessibleDescription(/At least 15 minutes\./);
  await expect(saveStatus(page)).toHaveText('Not saved: 1 problem to fix');

  await limit.fill('481');
  await pauseTyping(page);
  await expect(limit).toHaveAccessibleDescription(/At most 480 minutes\./);
  expect(fake.saved.every((s) => s.busy.dndLimitMinutes === 120)).toBe(true);

  await limit.fill('');
  await pauseTyping(page);
  await expect(limit).toHaveAccessibleDescription(/Enter a number from 15 to 480\./);

  await limit.fill('45');
  await pauseTyping(page);
  await expect(limit).not.toHaveAttribute('aria-invalid');
  await expect.poll(async () => (await lastSaved(fake))?.busy.dndLimitMinutes).toBe(45);
});

test('works from the keyboard alone', async ({ page }) => {
  const { fake } = await openSettings(page, { busyDetection: GNOME });
  // The section's link in the page's navigation takes the keyboard there.
  await page.getByRole('link', { name: "Don't interrupt" }).focus();
  await page.keyboard.press('Enter');
  const order = [CALL, FULL, DND, MEETING].map((name) => sw(page, name));
  for (const control of [...order, section(page).getByLabel(LIMIT)]) {
    await page.keyboard.press('Tab');
    await expect(control).toBeFocused();
  }
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(sw(page, DND)).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(async () => (await lastSaved(fake))?.busy.dnd).toBe(false);
  await page.keyboard.press('Space');
  await expect.poll(async () => (await lastSaved(fake))?.busy.dnd).toBe(true);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('90');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await lastSaved(fake))?.busy.dndLimitMinutes).toBe(90);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`@screenshots ${scheme}: the section is tidy and axe finds nothing serious`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    await openSettings(page, { platform: 'darwin', busyDetection: MAC });
    await expect(sw(page, DND)).toHaveAccessibleDescription(/macOS/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    const box = await section(page).boundingBox();
    if (!box) throw new Error('the section is not on screen');
    await page.screenshot({
      path: `${SCREENSHOT_DIR}/settings-busy-${scheme}.png`,
      fullPage: true,
      clip: box,
    });
  });
}
