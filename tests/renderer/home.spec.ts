import { test, expect, type Page } from '@playwright/test';
import type { HomeCommand, HomeView } from '../../electron/core/ipc/contract';
import type { EngineStatus } from '../../electron/core/schedule/status';
import { MINUTE_MS } from '../../electron/core/time/units';
import { FakeUnsit, type FakeUnsitOptions } from './fake-api';
import { CLOCK_START, SCREENSHOT_DIR, openWindow, seriousAxeViolations } from './harness';

// The Unsit window: the way in where no tray icon shows (a second launch, macOS's re-open).
/** The content size main gives it (HOME_SIZE in electron/main/windows.ts). */
const SIZE = { width: 360, height: 470 };
const TRAY_HELP_HEIGHT = 150;
/** HOME_UPDATE_HEIGHT: main opens the window this much taller while it carries the update line. */
const UPDATE_HEIGHT = 100;
test.use({ viewport: SIZE });

const NOW = CLOCK_START.getTime();

function counting(minutesLeft: number, overrides: Partial<EngineStatus> = {}): EngineStatus {
  return {
    phase: 'counting',
    sittingMs: 0,
    nextReminderAt: NOW + minutesLeft * MINUTE_MS,
    pausedUntil: null,
    hoursResumeAt: null,
    skipNext: false,
    completedToday: 0,
    heldBy: null,
    meeting: null,
    ...overrides,
  };
}

const TODAY = { taken: 3, occasions: 6, goal: 4 };

function fake(options: FakeUnsitOptions = {}) {
  return new FakeUnsit({ now: NOW, homeStatus: counting(23), today: TODAY, ...options });
}

async function open(page: Page, api: FakeUnsit) {
  const opened = await openWindow(page, 'home', api);
  await expect(page.getByRole('heading', { name: 'Unsit', exact: true })).toBeVisible();
  await expect(page.getByTestId('home-status')).not.toBeEmpty();
  return opened;
}

test('says where things stand in the tray words, and what today brought', async ({ page }) => {
  await open(page, fake());
  await expect(page.getByTestId('home-status')).toHaveText('Next stretch in 23 min');
  await expect(page.getByText('Today: 3 of 6 breaks', { exact: true })).toBeVisible();
  for (const name of ['Quick stretch', 'Full routine', 'I stood up', 'Statistics', 'Settings']) {
    await expect(page.getByRole('button', { name, exact: true })).toBeEnabled();
  }
  await expect(page.getByRole('group', { name: 'Pause reminders' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Quit Unsit' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No tray icon here?' })).toHaveCount(0);
});

for (const [button, command] of [
  ['Quick stretch', 'start-quick'],
  ['Full routine', 'start-full'],
] as const) {
  test(`"${button}" starts that break once and leaves it the screen`, async ({ page }) => {
    const api = fake();
    await open(page, api);
    await page.getByRole('button', { name: button }).click();
    await expect.poll(() => api.homeCommands).toEqual([command]);
    // The routine window takes over: this one closes.
    await expect.poll(() => api.closeCount).toBe(1);
  });
}

for (const [button, command] of [
  ['Statistics', 'open-statistics'],
  ['Settings', 'open-settings'],
  ['Quit Unsit', 'quit'],
] as const) {
  test(`"${button}" asks main once and keeps the window`, async ({ page }) => {
    const api = fake();
    const { cspViolations } = await open(page, api);
    await page.getByRole('button', { name: button }).click();
    await expect.poll(() => api.homeCommands).toEqual([command]);
    await expect(page.getByRole('button', { name: 'Quick stretch' })).toBeEnabled();
    expect(api.closeCount).toBe(0);
    expect(await cspViolations()).toEqual([]);
  });
}

test('a pause shows its end, offers Resume, and says so', async ({ page }) => {
  const api = fake();
  await open(page, api);
  const pause = page.getByRole('group', { name: 'Pause reminders' });
  await pause.getByRole('button', { name: '1 hour' }).click();
  await expect(page.getByTestId('home-status')).toHaveText('Paused until 11:00');
  await expect(page.getByRole('status').filter({ hasText: 'Paused until 11:00' })).toHaveCount(1);
  await expect(pause).toHaveCount(0);

  await page.getByRole('button', { name: 'Resume reminders' }).click();
  await expect(page.getByTestId('home-status')).toHaveText('Next stretch in 1 h');
  expect(api.homeCommands).toEqual(['pause-60', 'resume']);
});

test('"In a meeting" is set from the window for a length, then offers to end it', async ({
  page,
}) => {
  const api = fake();
  await open(page, api);
  const meeting = page.getByRole('group', { name: 'In a meeting' });
  await expect(meeting.getByRole('button')).toHaveText([
    '30 min',
    '1 hour',
    '90 min',
    'Until I end it',
  ]);
  await meeting.getByRole('button', { name: '90 min' }).click();
  await expect(meeting).toHaveCount(0);
  await page.getByRole('button', { name: 'End the meeting' }).click();
  await expect(page.getByRole('group', { name: 'In a meeting' })).toBeVisible();
  expect(api.homeCommands).toEqual(['meeting-90', 'meeting-end']);
});

test('"I stood up" counts a break and says so', async ({ page }) => {
  const api = fake();
  await open(page, api);
  await page.getByRole('button', { name: 'I stood up' }).click();
  await expect(page.getByText('Today: 4 of 7 breaks, goal met')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Break counted.' })).toHaveCount(1);
  expect(api.homeCommands).toEqual(['stood-up']);
});

test('"I stood up" is off outside working hours, the breaks are not', async ({ page }) => {
  const off = fake({
    homeStatus: counting(0, {
      phase: 'outside-hours',
      nextReminderAt: null,
      hoursResumeAt: NOW + 23 * 60 * MINUTE_MS,
    }),
  });
  await open(page, off);
  await expect(page.getByTestId('home-status')).toHaveText('Off until Tue 09:00');
  await expect(page.getByRole('button', { name: 'I stood up' })).toBeDisabled();
  // A break of either kind works at any time, as in the tray.
  await expect(page.getByRole('button', { name: 'Quick stretch' })).toBeEnabled();
});

test('works from the keyboard alone, in reading order', async ({ page }) => {
  const api = fake();
  await open(page, api);
  const pause = page.getByRole('group', { name: 'Pause reminders' });
  const meeting = page.getByRole('group', { name: 'In a meeting' });
  const order = [
    page.getByRole('button', { name: 'Quick stretch', exact: true }),
    page.getByRole('button', { name: 'Full routine', exact: true }),
    page.getByRole('button', { name: 'I stood up', exact: true }),
    ...['30 min', '1 hour', '2 hours', 'Rest of today'].map((name) =>
      pause.getByRole('button', { name, exact: true }),
    ),
    ...['30 min', '1 hour', '90 min', 'Until I end it'].map((name) =>
      meeting.getByRole('button', { name, exact: true }),
    ),
    ...['Statistics', 'Settings', 'Quit Unsit'].map((name) =>
      page.getByRole('button', { name, exact: true }),
    ),
  ];
  for (const button of order) {
    await page.keyboard.press('Tab');
    await expect(button).toBeFocused();
  }
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => api.homeCommands).toEqual(['open-settings']);
  await page.getByRole('button', { name: '2 hours' }).focus();
  await page.keyboard.press('Space');
  await expect.poll(() => api.homeCommands).toEqual(['open-settings', 'pause-120']);
});

test('keeps the countdown fresh with one timeout a minute, not a tick', async ({ page }) => {
  const api = fake({
    homeStatus: { ...counting(23), nextReminderAt: NOW + 23 * MINUTE_MS - 20_000 },
  });
  await open(page, api);
  await expect(page.getByTestId('home-status')).toHaveText('Next stretch in 23 min');
  expect(api.homeViews).toBe(1);

  // Nothing is asked before the words change...
  await page.clock.runFor(39_000);
  expect(api.homeViews).toBe(1);
  // ...and once when they do.
  api.now = NOW + 40_000;
  await page.clock.runFor(1_000);
  await expect(page.getByTestId('home-status')).toHaveText('Next stretch in 22 min');
  expect(api.homeViews).toBe(2);
  await page.clock.runFor(59_000);
  expect(api.homeViews).toBe(2);
});

test('asks again when it comes back into focus, and not otherwise while paused', async ({
  page,
}) => {
  const api = fake({
    homeStatus: counting(0, {
      phase: 'paused',
      pausedUntil: NOW + 90 * MINUTE_MS,
      nextReminderAt: null,
    }),
  });
  await open(page, api);
  await expect(page.getByTestId('home-status')).toHaveText('Paused until 11:30');
  await page.clock.runFor(30 * MINUTE_MS);
  expect(api.homeViews).toBe(1);

  // Meanwhile the pause was ended from the tray.
  api.homeStatus = counting(60);
  await page.evaluate(() => window.dispatchEvent(new Event('focus')));
  await expect(page.getByTestId('home-status')).toHaveText('Next stretch in 1 h');
});

/** A fake whose command fails, as a main process that refused it would. */
class RefusingFake extends FakeUnsit {
  override async runHomeCommand(command: HomeCommand): Promise<HomeView> {
    this.homeCommands.push(command);
    throw new Error('refused');
  }
}

test('says so when a command fails, and stays usable', async ({ page }) => {
  const api = new RefusingFake({ now: NOW, homeStatus: counting(23), today: TODAY });
  await open(page, api);
  await page.getByRole('button', { name: 'Settings' }).click();
  await expect(page.getByText('That did not work. Please try again.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Settings' })).toBeEnabled();
});

// A reminder that fell due during a call, a presentation, Do Not Disturb or a meeting is held:
// the window says what it waits for instead of a countdown, in the tray's words.
for (const [reason, words] of [
  ['call', 'Waiting for your call to end'],
  ['fullscreen', 'Waiting for the presentation to end'],
  ['dnd', 'Waiting for Do Not Disturb to end'],
  ['meeting', 'Waiting for the meeting to end'],
] as const) {
  test(`a reminder held by ${reason} says "${words}"`, async ({ page }) => {
    const meeting = reason === 'meeting' ? { until: NOW + 40 * MINUTE_MS } : null;
    const api = fake({ homeStatus: counting(0, { heldBy: reason, nextReminderAt: NOW, meeting }) });
    await open(page, api);
    await expect(page.getByTestId('home-status')).toHaveText(words);
    await expect(page.getByText(/Next stretch/)).toHaveCount(0);
    // A break can still be taken, or one counted, while the reminder waits.
    await expect(page.getByRole('button', { name: 'Quick stretch' })).toBeEnabled();
    await expect(page.getByRole('button', { name: 'I stood up' })).toBeEnabled();
    // Only a meeting set by hand can be ended from here.
    await expect(page.getByRole('button', { name: 'End the meeting' })).toHaveCount(
      reason === 'meeting' ? 1 : 0,
    );
  });
}

const SHOTS: { name: string; options: FakeUnsitOptions; height: number }[] = [
  { name: 'home-counting', options: {}, height: SIZE.height },
  {
    name: 'home-paused',
    options: {
      homeStatus: counting(0, {
        phase: 'paused',
        pausedUntil: NOW + 120 * MINUTE_MS,
        nextReminderAt: null,
      }),
    },
    height: SIZE.height,
  },
  { name: 'home-tray-help', options: { trayHelp: true }, height: SIZE.height + TRAY_HELP_HEIGHT },
  {
    name: 'home-waiting-call',
    options: { homeStatus: counting(0, { heldBy: 'call', nextReminderAt: NOW }) },
    height: SIZE.height,
  },
  {
    name: 'home-update-ready',
    options: { update: { kind: 'ready', version: '1.3.0' } },
    height: SIZE.height + UPDATE_HEIGHT,
  },
  {
    name: 'home-update-in-meeting',
    options: {
      homeStatus: counting(23, { meeting: { until: NOW + 60 * MINUTE_MS } }),
      update: { kind: 'available', version: '1.3.0', url: 'https://github.com/x' },
    },
    height: SIZE.height + UPDATE_HEIGHT,
  },
  {
    // The longest failure the update service words, beside the meeting switch.
    name: 'home-update-failed',
    options: {
      update: { kind: 'failed', message: "the download does not match the release's checksum" },
    },
    height: SIZE.height + UPDATE_HEIGHT,
  },
];

for (const shot of SHOTS) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const name = `${shot.name}-${colorScheme}`;
    test(`@screenshots ${name}: everything fits, no serious axe issue`, async ({ page }) => {
      await page.setViewportSize({ width: SIZE.width, height: shot.height });
      await page.emulateMedia({ colorScheme });
      await open(page, fake(shot.options));
      if (shot.options.trayHelp) {
        await expect(page.getByRole('heading', { name: 'No tray icon here?' })).toBeVisible();
      }
      if (shot.options.update) {
        // The update line and the meeting switch side by side: neither hides the other.
        await expect(page.getByTestId('home-update')).toBeInViewport({ ratio: 1 });
        const meeting = shot.options.homeStatus?.meeting
          ? page.getByRole('button', { name: 'End the meeting' })
          : page.getByRole('group', { name: 'In a meeting' });
        await expect(meeting).toBeInViewport({ ratio: 1 });
      }
      const overflow = await page.evaluate(
        () => document.documentElement.scrollHeight - window.innerHeight,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole('button', { name: 'Quit Unsit' })).toBeInViewport({ ratio: 1 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
    });
  }
}

test('an update that is ready offers "Restart to update"', async ({ page }) => {
  await page.setViewportSize({ width: SIZE.width, height: SIZE.height + UPDATE_HEIGHT });
  const api = fake({ update: { kind: 'ready', version: '1.3.0' } });
  await open(page, api);
  await expect(page.getByRole('button', { name: 'Quit Unsit' })).toBeInViewport();
  await expect(page.getByTestId('home-update')).toContainText(
    'Unsit 1.3.0 is ready: it installs when Unsit quits.',
  );
  await page.getByRole('button', { name: 'Restart to update' }).press('Enter');
  await expect.poll(() => api.homeCommands).toEqual(['restart-to-update']);
});

test('where the copy cannot update itself, it links to the release', async ({ page }) => {
  const api = fake({
    update: { kind: 'available', version: '1.3.0', url: 'https://github.com/x' },
  });
  await open(page, api);
  await page.getByRole('button', { name: 'Open the release page' }).click();
  await expect.poll(() => api.homeCommands).toEqual(['open-release-page']);
  await expect(page.getByRole('button', { name: 'Restart to update' })).toHaveCount(0);
});

test('a failed update check is one quiet line with nothing to press', async ({ page }) => {
  await open(page, fake({ update: { kind: 'failed', message: 'no connection' } }));
  await expect(page.getByTestId('home-update')).toHaveText(
    'The update check did not work (no connection); it tries again tomorrow.',
  );
  await expect(page.getByTestId('home-update').getByRole('button')).toHaveCount(0);
});
