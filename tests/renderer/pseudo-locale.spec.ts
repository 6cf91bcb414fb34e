import { test, expect, type Page } from '@playwright/test';
import type { ReminderView } from '../../electron/core/ipc/contract';
import { createTranslator, type MessageKey } from '../../electron/core/i18n/translator';
import { reminderWords, type ReminderPrompt } from '../../electron/core/tray/reminder-words';
import { ENGLISH, FakeUnsit, PSEUDO } from './fake-api';
import { openWindow, pushLanguage } from './harness';
import { cutOff } from './layout';
import { openRoutine, playSteps, startRoutine } from './routine-helpers';
import { installFakeSpeech } from './speech-fake';
import { SettingsFake } from './fake-settings-api';
import { generateHistory } from '../fixtures/history-generator';

// The pseudo-locale is accented and about 40 % longer than English, as German or Finnish can
// be: in it, no text of an extracted window may be cut off or push the window wider than it is.

/** The reminder window's size (electron/main/windows.ts). */
const REMINDER = { width: 400, height: 284 };

const PROMPT: ReminderPrompt = {
  kind: 'first',
  sittingMinutes: 62,
  suggests: 'quick',
  minutes: { quick: 2, full: 9 },
};

/** A reminder worded as main words it in `language`. */
function reminderIn(language: typeof PSEUDO, prompt: ReminderPrompt): ReminderView {
  const { t } = createTranslator(language.locale, language.messages);
  return { ...prompt, words: reminderWords(t, prompt, 10) };
}

for (const suggests of ['quick', 'full'] as const) {
  test.describe(`the reminder window in the pseudo-locale (${suggests})`, () => {
    const reminder = reminderIn(PSEUDO, { ...PROMPT, suggests });

    test('asks for the room its words need, and then fits it whole', async ({ page }) => {
      await page.setViewportSize(REMINDER);
      const fake = new FakeUnsit({ reminder, language: PSEUDO });
      await openWindow(page, 'reminder', fake);
      await expect(page.getByRole('heading', { name: reminder.words.title })).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
      // Longer than English: the window asks main to grow it, as main then does.
      await expect.poll(() => fake.reminderHeights.length).toBe(1);
      const height = fake.reminderHeights[0] ?? 0;
      expect(height).toBeGreaterThan(REMINDER.height);
      await page.setViewportSize({ width: REMINDER.width, height });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollHeight - window.innerHeight,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      expect(await cutOff(page)).toEqual([]);
    });

    test('cuts nothing off at 200 % zoom, scrolling only up and down', async ({ page }) => {
      // 200 % zoom of the window: half as many CSS pixels, each drawn twice as large.
      await page.setViewportSize({ width: REMINDER.width / 2, height: REMINDER.height / 2 });
      await openWindow(page, 'reminder', new FakeUnsit({ reminder, language: PSEUDO }));
      await expect(page.getByRole('heading', { name: reminder.words.title })).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
      for (const { label } of reminder.words.answers) {
        await expect(page.getByRole('button', { name: label })).toBeVisible();
      }
    });
  });
}

test('a change of language rewords an open window at once, without a reload', async ({ page }) => {
  await page.setViewportSize(REMINDER);
  const fake = new FakeUnsit({ reminder: null, language: ENGLISH });
  await openWindow(page, 'reminder', fake);
  await expect(page.getByRole('heading', { name: 'No break is due' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-GB');
  const marker = await page.evaluate(() => ((window as unknown as { kept: number }).kept = 7));

  fake.language = PSEUDO;
  await pushLanguage(page, PSEUDO);
  const { t } = createTranslator(PSEUDO.locale, PSEUDO.messages);
  await expect(page.getByRole('heading', { name: t('reminder.window.noneTitle') })).toBeVisible();
  await expect(page.getByRole('button', { name: t('reminder.window.close') })).toBeVisible();
  await expect(page).toHaveTitle(t('window.title.reminder'));
  // The same page: nothing was reloaded.
  expect(await page.evaluate(() => (window as unknown as { kept: number }).kept)).toBe(marker);
});

test('a payload that is not a language leaves the window as it was', async ({ page }) => {
  await page.setViewportSize(REMINDER);
  await openWindow(page, 'reminder', new FakeUnsit({ reminder: null }));
  await expect(page.getByRole('heading', { name: 'No break is due' })).toBeVisible();
  await pushLanguage(page, { code: 'en', locale: 'en', messages: { 'window.title.home': 5 } });
  await pushLanguage(page, 'de');
  await expect(page.getByRole('heading', { name: 'No break is due' })).toBeVisible();
});

/** The Unsit window's size (HOME_SIZE in electron/main/windows.ts), and its update line's room. */
const HOME = { width: 360, height: 470 };
const HOME_UPDATE_HEIGHT = 100;

/** The Unsit window with everything it can show at once: tray help, history notice, update. */
function homeIn(language: typeof PSEUDO, everything: boolean): FakeUnsit {
  const now = Date.UTC(2026, 11, 7, 10, 0);
  const { t } = createTranslator(language.locale, language.messages);
  return new FakeUnsit({
    now,
    language,
    today: { taken: 3, occasions: 6, goal: 4 },
    homeStatus: {
      phase: 'counting',
      sittingMs: 0,
      nextReminderAt: now + 23 * 60_000,
      pausedUntil: null,
      hoursResumeAt: null,
      skipNext: false,
      completedToday: 0,
      heldBy: null,
      meeting: null,
    },
    ...(everything
      ? {
          trayHelp: true,
          historyNotice: t('history.notice.damagedCopy', {
            backup: 'history.damaged-2026-12-07.json',
            lost: t('history.notice.lostAll'),
          }),
          update: { kind: 'ready', version: '1.3.0' },
        }
      : {}),
  });
}

for (const everything of [false, true]) {
  const what = everything ? 'with tray help, a history notice and an update' : 'counting';
  test.describe(`the Unsit window in the pseudo-locale (${what})`, () => {
    const { t } = createTranslator(PSEUDO.locale, PSEUDO.messages);

    test('fits its words at its size, in the pseudo-locale', async ({ page }) => {
      await page.setViewportSize({
        width: HOME.width,
        height: HOME.height + (everything ? HOME_UPDATE_HEIGHT : 0),
      });
      await openWindow(page, 'home', homeIn(PSEUDO, everything));
      await expect(page.getByRole('heading', { name: t('home.title'), exact: true })).toBeVisible();
      await expect(page.getByRole('button', { name: t('tray.menu.quit') })).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
    });

    test('cuts nothing off at 200 % zoom, scrolling only up and down', async ({ page }) => {
      await page.setViewportSize({ width: HOME.width / 2, height: HOME.height / 2 });
      await openWindow(page, 'home', homeIn(PSEUDO, everything));
      await expect(page.getByRole('heading', { name: t('home.title'), exact: true })).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
      await page.getByRole('button', { name: t('tray.menu.quit') }).scrollIntoViewIfNeeded();
      await expect(page.getByRole('button', { name: t('tray.menu.quit') })).toBeInViewport();
    });
  });
}

test('the Unsit window rewords what main said when the language changes', async ({ page }) => {
  await page.setViewportSize(HOME);
  const fake = homeIn(ENGLISH, false);
  await openWindow(page, 'home', fake);
  await expect(page.getByTestId('home-status')).toHaveText('Next stretch in 23 min');
  await expect(page.getByRole('button', { name: 'I stood up' })).toBeVisible();

  fake.language = PSEUDO;
  await pushLanguage(page, PSEUDO);
  const { t } = createTranslator(PSEUDO.locale, PSEUDO.messages);
  await expect(page.getByRole('button', { name: t('tray.menu.stoodUp') })).toBeVisible();
  // The status comes from main, worded in the new language once the window asks again.
  await expect(page.getByTestId('home-status')).not.toHaveText('Next stretch in 23 min');
  await expect(page.getByTestId('home-status')).toContainText('23');
});

/** The routine window's size (electron/main/windows.ts). */
const ROUTINE = { width: 480, height: 640 };

for (const zoom of [1, 2]) {
  const size = { width: ROUTINE.width / zoom, height: ROUTINE.height / zoom };
  const at = zoom === 1 ? 'at its size' : 'at 200 % zoom';
  test.describe(`the routine window in the pseudo-locale, ${at}`, () => {
    const { t } = createTranslator(PSEUDO.locale, PSEUDO.messages);
    const button = (page: Page, key: MessageKey) =>
      page.getByRole('button', { name: t(key), exact: true });

    test('the caution, the ready screen and the health note fit their words', async ({ page }) => {
      await page.setViewportSize(size);
      await installFakeSpeech(page, ['fr-FR']);
      await openRoutine(page, { language: PSEUDO, cautionAcknowledged: false });
      await expect(page.getByRole('heading', { name: t('routine.caution.title') })).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
      await button(page, 'routine.caution.accept').click();
      await expect(button(page, 'routine.ready.start')).toBeFocused();
      // No voice speaks the pseudo-locale's language here: the longest hint the switch has.
      await page.clock.runFor(3_000);
      await expect(
        page.getByText(t('routine.voice.noneForLanguage', { language: 'English' })),
      ).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
      await button(page, 'caution.title').click();
      await expect(page.getByRole('dialog', { name: t('caution.title') })).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
    });

    test('each step, the large view and the end fit their words', async ({ page }) => {
      await page.setViewportSize(size);
      const { plan } = await openRoutine(page, { language: PSEUDO, waitForPosition: true });
      await button(page, 'routine.ready.start').click();
      const title = page.getByTestId('step-title');
      await expect(title).toHaveText(t('routine.step.setup'));
      await expect(button(page, 'routine.controls.inPosition')).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
      await page.keyboard.press('Space');
      await expect(title).toHaveText(t('routine.step.getSet'));
      expect(await cutOff(page)).toEqual([]);
      await page.clock.runFor(8_000);
      await expect(title).toHaveText(t('routine.step.hold', { number: 1, count: plan.holdCount }));
      expect(await cutOff(page)).toEqual([]);
      await page.clock.runFor(30_000);
      await expect(title).toHaveText(t('routine.step.switch'));
      expect(await cutOff(page)).toEqual([]);
      await page.keyboard.press('f');
      await expect(page.getByTestId('large-label')).toHaveText(t('routine.step.switch'));
      expect(await cutOff(page)).toEqual([]);
      await page.keyboard.press('Escape');
      await button(page, 'routine.controls.end').click();
      await expect(page.getByRole('dialog')).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { name: t('routine.end.ended') })).toBeVisible();
      expect(await cutOff(page)).toEqual([]);
    });
  });
}

test('the routine rewords itself mid-hold when the language changes, and plays on', async ({
  page,
}) => {
  await page.setViewportSize(ROUTINE);
  const { fake, plan } = await openRoutine(page);
  await startRoutine(page);
  await playSteps(page, plan, 1);
  const title = page.getByTestId('step-title');
  await expect(title).toHaveText('Hold 1 of 13');
  await expect(page.getByRole('heading', { name: 'Kneeling hip flexor lunge' })).toBeVisible();
  await page.clock.runFor(10_000);
  const left = await page.getByTestId('countdown-summary').textContent();

  fake.language = PSEUDO;
  await pushLanguage(page, PSEUDO);
  const { t } = createTranslator(PSEUDO.locale, PSEUDO.messages);
  await expect(title).toHaveText(t('routine.step.hold', { number: 1, count: 13 }));
  await expect(page.getByRole('heading', { name: t('stretch.kneeling-lunge.name') })).toBeVisible();
  await expect(page.getByText(t('stretch.kneeling-lunge.cue1'))).toBeVisible();
  await expect(page.getByRole('button', { name: t('routine.controls.pause') })).toBeVisible();
  // The same hold goes on: the change neither restarted nor skipped it.
  expect(left).toBeTruthy();
  await page.clock.runFor(20_000);
  await expect(title).toHaveText(t('routine.step.switch'));
});

/** The settings window's default size (electron/main/windows.ts). */
const SETTINGS = { width: 720, height: 640 };

/**
 * The settings window in `language` with its longest words out: a repaired-settings notice, a
 * problem at a field, and the problem count in the save status.
 */
async function openSettingsIn(page: Page, language: typeof PSEUDO): Promise<SettingsFake> {
  const fake = new SettingsFake({ language, notice: 'A notice from main.' });
  await openWindow(page, 'settings', fake);
  const { t } = createTranslator(language.locale, language.messages);
  await expect(page.getByRole('heading', { name: t('settings.hours.title') })).toBeVisible();
  await page.getByLabel(t('settings.reminders.sitting')).fill('5');
  await page.getByLabel(t('settings.reminders.sitting')).press('Enter');
  await expect(page.locator('p[role="status"]')).toHaveText(
    t('settings.save.invalid', { count: 1 }),
  );
  return fake;
}

test.describe('the settings window in the pseudo-locale', () => {
  const { t } = createTranslator(PSEUDO.locale, PSEUDO.messages);

  test('fits its words at its default size', async ({ page }) => {
    await page.setViewportSize(SETTINGS);
    await openSettingsIn(page, PSEUDO);
    await expect(
      page.getByText(t('settings.error.atLeast', { unit: 'minutes', limit: 10 })),
    ).toBeVisible();
    expect(await cutOff(page)).toEqual([]);
  });

  test('cuts nothing off at 200 % zoom, scrolling only up and down', async ({ page }) => {
    await page.setViewportSize({ width: SETTINGS.width / 2, height: SETTINGS.height / 2 });
    await openSettingsIn(page, PSEUDO);
    expect(await cutOff(page)).toEqual([]);
    const reset = page.getByRole('button', { name: t('settings.general.reset') });
    await reset.scrollIntoViewIfNeeded();
    await expect(reset).toBeInViewport();
  });
});

test('the settings window rewords its sections, problems and notes in place', async ({ page }) => {
  await page.setViewportSize(SETTINGS);
  const fake = await openSettingsIn(page, ENGLISH);
  await expect(page.getByText('At least 10 minutes.')).toBeVisible();
  const marker = await page.evaluate(() => ((window as unknown as { kept: number }).kept = 7));

  fake.language = PSEUDO;
  await pushLanguage(page, PSEUDO);
  const { t } = createTranslator(PSEUDO.locale, PSEUDO.messages);
  await expect(page.getByRole('heading', { name: t('settings.hours.title') })).toBeVisible();
  await expect(page.getByRole('heading', { name: t('settings.routine.title') })).toBeVisible();
  await expect(
    page.getByText(t('settings.error.atLeast', { unit: 'minutes', limit: 10 })),
  ).toBeVisible();
  await expect(page.locator('p[role="status"]')).toHaveText(
    t('settings.save.invalid', { count: 1 }),
  );
  await expect(page.getByRole('switch', { name: 'Monday' })).toBeVisible(); // days come from Intl
  await expect(page).toHaveTitle(t('window.title.settings'));
  expect(await page.evaluate(() => (window as unknown as { kept: number }).kept)).toBe(marker);
});

/** The statistics window's size (electron/main/windows.ts). */
const STATISTICS = { width: 760, height: 640 };
const STATISTICS_NOW = new Date(2025, 2, 12, 15, 0).getTime();

/** A year of breaks up to the test's "now", Wednesday 12 March 2025 at 15:00. */
function statisticsIn(language: typeof PSEUDO): FakeUnsit {
  const records = generateHistory({
    from: '2024-02-01',
    to: '2025-03-11',
    seed: 11,
    offsetOn: () => '+01:00',
  });
  return new FakeUnsit({
    now: STATISTICS_NOW,
    language,
    history: { goals: [], days: [], records },
    exportResult: { status: 'saved', fileName: 'unsit-history-2025-03-12.csv', rows: 4321 },
  });
}

test.describe('the statistics window in the pseudo-locale', () => {
  const { t } = createTranslator(PSEUDO.locale, PSEUDO.messages);
  const TABS = ['statistics.tab.today', 'statistics.tab.weeks', 'statistics.tab.year'] as const;

  for (const [what, size] of [
    ['at its size', STATISTICS],
    ['at 200 % zoom', { width: STATISTICS.width / 2, height: STATISTICS.height / 2 }],
  ] as const) {
    test(`cuts nothing off on any tab ${what}`, async ({ page }) => {
      await page.setViewportSize(size);
      await openWindow(page, 'statistics', statisticsIn(PSEUDO));
      const heading = page.getByRole('heading', { name: t('statistics.today.heading') });
      await expect(heading).toBeVisible();
      await page.getByRole('button', { name: t('statistics.export') }).click();
      await expect(page.getByRole('status')).toHaveText(
        t('statistics.exportSaved', { rows: 4321, file: 'unsit-history-2025-03-12.csv' }),
      );
      for (const tab of TABS) {
        await page.getByRole('tab', { name: t(tab) }).click();
        expect(await cutOff(page), t(tab)).toEqual([]);
      }
      // The numbers' tables, shown, scroll sideways in their own box and nowhere else.
      await page.getByRole('tab', { name: t('statistics.tab.weeks') }).click();
      const show = page.getByRole('button', { name: t('statistics.chart.showNumbers') });
      // Each click turns its button into "Hide the numbers": the next one is first again.
      await show.first().click();
      await show.first().click();
      await expect(show).toHaveCount(0);
      expect(await cutOff(page)).toEqual([]);
    });
  }
});

test('the statistics window rewords itself and restarts its weeks when the language changes', async ({
  page,
}) => {
  await page.setViewportSize(STATISTICS);
  const american: typeof PSEUDO = { code: 'en', locale: 'en-US', messages: ENGLISH.messages };
  const fake = statisticsIn(american);
  await openWindow(page, 'statistics', fake);
  await page.getByRole('tab', { name: 'Year' }).click();
  const firstRow = page.locator('tbody tr').first().locator('th');
  await expect(firstRow).toHaveText('Sun');
  const marker = await page.evaluate(() => ((window as unknown as { kept: number }).kept = 3));

  // German dates with the pseudo-locale's words: both change at once, in the open window.
  const pseudoGerman: typeof PSEUDO = { ...PSEUDO, locale: 'de-DE' };
  fake.language = pseudoGerman;
  await pushLanguage(page, pseudoGerman);
  const { t } = createTranslator(pseudoGerman.locale, pseudoGerman.messages);
  await expect(page.getByRole('heading', { name: t('statistics.year.heading') })).toBeVisible();
  await expect(page.getByRole('tab', { name: t('statistics.tab.year') })).toHaveAttribute(
    'aria-selected',
    'true',
  );
  await expect(firstRow).toHaveText(/^Mo\.?$/);
  await expect(page.locator('[role="gridcell"]').first()).toHaveAttribute('aria-label', /^Montag/);
  await expect(page).toHaveTitle(t('window.title.statistics'));
  expect(await page.evaluate(() => (window as unknown as { kept: number }).kept)).toBe(marker);
});
