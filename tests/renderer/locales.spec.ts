import { test, expect, type Page } from '@playwright/test';
import type { ReminderView } from '../../electron/core/ipc/contract';
import type { LanguagePayload } from '../../electron/core/i18n/language';
import { catalogueFor } from '../../electron/core/i18n/catalogues';
import { LOCALE_CODES, LOCALES } from '../../electron/core/i18n/locales';
import { createTranslator, type MessageKey } from '../../electron/core/i18n/translator';
import { reminderWords, type ReminderPrompt } from '../../electron/core/tray/reminder-words';
import { FakeUnsit } from './fake-api';
import { SettingsFake } from './fake-settings-api';
import { openWindow, SCREENSHOT_DIR, seriousAxeViolations } from './harness';
import { cutOff } from './layout';
import { openRoutine, timedSteps } from './routine-helpers';
import { WINDOW_SIZE as SETTINGS } from './settings-setup';

// Every language Unsit offers, in the windows where words are longest or matter most: the
// reminder, the settings and the routine (its health caution and a hold). At each window's own
// size nothing may be cut off, and axe finds nothing serious. German and Japanese, the longest
// and the one with another script, are also photographed in light and dark.

const REMINDER = { width: 400, height: 284 };
const ROUTINE = { width: 480, height: 640 };
const PHOTOGRAPHED = new Set<string>(['de', 'ja']);

const PROMPT: ReminderPrompt = {
  kind: 'first',
  sittingMinutes: 62,
  suggests: 'full',
  minutes: { quick: 2, full: 9 },
};

function languageOf(code: (typeof LOCALE_CODES)[number]): LanguagePayload {
  return { code, locale: code, messages: catalogueFor(code) };
}

async function photograph(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
}

for (const code of LOCALE_CODES) {
  const language = languageOf(code);
  const { t } = createTranslator(language.locale, language.messages);
  const button = (page: Page, key: MessageKey) =>
    page.getByRole('button', { name: t(key), exact: true });
  const schemes = PHOTOGRAPHED.has(code) ? (['light', 'dark'] as const) : (['light'] as const);

  for (const colorScheme of schemes) {
    const tag = PHOTOGRAPHED.has(code) ? '@screenshots ' : '';
    const name = (window: string) => `${window}-${code}-${colorScheme}`;

    test.describe(`${tag}${LOCALES[code]} (${code}), ${colorScheme}`, () => {
      test.beforeEach(async ({ page }) => {
        await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      });

      test('the reminder fits its words, growing only as main allows', async ({ page }) => {
        await page.setViewportSize(REMINDER);
        const reminder: ReminderView = { ...PROMPT, words: reminderWords(t, PROMPT, 10) };
        const fake = new FakeUnsit({ reminder, language });
        await openWindow(page, 'reminder', fake);
        await expect(page.getByRole('heading', { name: reminder.words.title })).toBeVisible();
        // A longer language may ask main for more height once; main grants it.
        await page.clock.runFor(500);
        const grown = fake.reminderHeights.at(-1);
        if (grown !== undefined) await page.setViewportSize({ ...REMINDER, height: grown });
        const overflow = await page.evaluate(
          () => document.documentElement.scrollHeight - window.innerHeight,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        expect(await cutOff(page)).toEqual([]);
        for (const { label } of reminder.words.answers) {
          await expect(page.getByRole('button', { name: label })).toBeInViewport({ ratio: 1 });
        }
        expect(await seriousAxeViolations(page)).toEqual([]);
        if (tag) await photograph(page, name('reminder'));
      });

      test('the settings window fits its words', async ({ page }) => {
        await page.setViewportSize(SETTINGS);
        await openWindow(page, 'settings', new SettingsFake({ language }));
        await expect(page.getByRole('heading', { name: t('settings.hours.title') })).toBeVisible();
        expect(await cutOff(page)).toEqual([]);
        expect(await seriousAxeViolations(page)).toEqual([]);
        if (tag) await photograph(page, name('settings'));
      });

      test('the routine shows its caution and a hold in full', async ({ page }) => {
        await page.setViewportSize(ROUTINE);
        const { plan } = await openRoutine(page, { language, cautionAcknowledged: false });
        await expect(page.getByRole('heading', { name: t('routine.caution.title') })).toBeVisible();
        expect(await cutOff(page)).toEqual([]);
        expect(await seriousAxeViolations(page)).toEqual([]);
        if (tag) await photograph(page, name('routine-caution'));

        await button(page, 'routine.caution.accept').click();
        await button(page, 'routine.ready.start').click();
        // Through the set-up and the get-set count to the first hold.
        const steps = timedSteps(plan);
        const firstHold = steps.findIndex((step) => step.kind === 'hold');
        for (const step of steps.slice(0, firstHold)) await page.clock.runFor(step.durationMs);
        await page.clock.runFor(5_000);
        await expect(page.getByTestId('step-title')).toHaveText(
          t('routine.step.hold', { number: 1, count: plan.holdCount }),
        );
        expect(await cutOff(page)).toEqual([]);
        expect(await seriousAxeViolations(page)).toEqual([]);
        if (tag) await photograph(page, name('routine-hold'));
      });
    });
  }
}
