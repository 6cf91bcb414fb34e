import { test, expect } from '@playwright/test';
import type { ReminderAnswer, ReminderView } from '../../electron/core/ipc/contract';
import { reminderWords, type ReminderPrompt } from '../../electron/core/tray/reminder-words';
import { FakeUnsit } from './fake-api';
import { SCREENSHOT_DIR, openWindow, seriousAxeViolations } from './harness';

/** The size main gives the reminder window (electron/main/windows.ts). */
test.use({ viewport: { width: 400, height: 284 } });

const minutes = { quick: 2, full: 9 };
/** A reminder as main sends it: the prompt and its words, from the core's one wording. */
const view = (prompt: ReminderPrompt, snoozeMinutes = 10): ReminderView => ({
  ...prompt,
  words: reminderWords(prompt, snoozeMinutes),
});
const QUICK_PROMPT: ReminderPrompt = {
  kind: 'first',
  sittingMinutes: 62,
  suggests: 'quick',
  minutes,
};
const QUICK = view(QUICK_PROMPT);
const FULL = view({ ...QUICK_PROMPT, suggests: 'full' });

test('names the suggested quick stretch, its length, and what it takes', async ({ page }) => {
  await openWindow(page, 'reminder', new FakeUnsit({ reminder: QUICK }));
  await expect(page.getByRole('heading', { name: 'Time to stand up' })).toBeVisible();
  await expect(page.getByText('You have been sitting for 62 min.')).toBeVisible();
  await expect(page.getByText('Quick standing stretch, about 2 min')).toBeVisible();
  await expect(page.getByText(/Standing at your desk/)).toBeVisible();
  // The other kind is offered beside it, with its own length.
  await expect(
    page.getByRole('button', { name: 'Full routine instead, about 9 min' }),
  ).toBeVisible();
});

test('names the suggested full routine, and offers the quick stretch instead', async ({ page }) => {
  await openWindow(page, 'reminder', new FakeUnsit({ reminder: FULL }));
  await expect(page.getByText('Full hip-flexor routine, about 9 min')).toBeVisible();
  await expect(page.getByText(/on a mat/)).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Quick stretch instead, about 2 min' }),
  ).toBeVisible();
});

/** A fake whose answer stays on its way until `arrive()`, as a slow main process would. */
class SlowAnswerFake extends FakeUnsit {
  private release: () => void = () => undefined;
  private readonly pending = new Promise<void>((resolve) => (this.release = resolve));
  arrive(): void {
    this.release();
  }
  override async answerReminder(answer: ReminderAnswer): Promise<void> {
    this.answers.push(answer);
    await this.pending;
  }
}

for (const [reminder, button, answer] of [
  [QUICK, 'Start', 'start-suggested'],
  [QUICK, 'Full routine instead, about 9 min', 'start-full'],
  [FULL, 'Quick stretch instead, about 2 min', 'start-quick'],
  [FULL, 'I stood up', 'stood-up'],
  [QUICK, 'Snooze 10 min', 'snooze'],
  [FULL, 'Skip', 'skip-next'],
] as const) {
  test(`answers "${button}" (${reminder.suggests} suggested) once`, async ({ page }) => {
    const fake = new SlowAnswerFake({ reminder });
    const { cspViolations } = await openWindow(page, 'reminder', fake);
    await page.getByRole('button', { name: button, exact: true }).click();
    await expect.poll(() => fake.answers).toEqual([answer]);

    // While the answer is on its way, no button answers again.
    const buttons = page.getByRole('button');
    await expect(buttons).toHaveCount(5);
    for (const other of await buttons.all()) await expect(other).toBeDisabled();
    await page.getByRole('button', { name: button, exact: true }).click({ force: true });
    fake.arrive();
    // A round trip through the page, so a second answer would have reached the fake by now.
    await page.evaluate(() => null);
    expect(fake.answers).toEqual([answer]);
    expect(await cspViolations()).toEqual([]);
  });
}

test('a repeat says so, and the window works from the keyboard alone', async ({ page }) => {
  const fake = new FakeUnsit({
    reminder: view({ ...QUICK_PROMPT, kind: 'repeat', sittingMinutes: 67 }),
  });
  await openWindow(page, 'reminder', fake);
  await expect(page.getByRole('heading', { name: 'Still sitting?' })).toBeVisible();
  await page.keyboard.press('Tab');
  const start = page.getByRole('button', { name: 'Start', exact: true });
  await expect(start).toBeFocused();
  // The start button says what it starts to a screen reader.
  await expect(start).toHaveAccessibleDescription('Quick standing stretch, about 2 min');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'I stood up' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect.poll(() => fake.answers).toEqual(['stood-up']);
});

test('a long sitting reads in hours', async ({ page }) => {
  const fake = new FakeUnsit({
    reminder: view({ ...QUICK_PROMPT, kind: 'repeat', sittingMinutes: 245 }, 60),
  });
  await openWindow(page, 'reminder', fake);
  await expect(page.getByText('You have been sitting for 4 h 5 min.')).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Snooze 60 min' })).toBeFocused();
  await page.keyboard.press('Space');
  await expect.poll(() => fake.answers).toEqual(['snooze']);
});

test('an already answered reminder offers only Close', async ({ page }) => {
  const fake = new FakeUnsit({ reminder: null });
  await openWindow(page, 'reminder', fake);
  await expect(page.getByRole('heading', { name: 'No break is due' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await expect.poll(() => fake.closeCount).toBe(1);
});

// A reminder held through a call (or a presentation, Do Not Disturb, a meeting) is offered the
// moment the person is free, worded for that moment by the core.
for (const [after, suggests, title] of [
  ['call', 'quick', 'Your call has ended: stand up for 2 minutes?'],
  ['call', 'full', 'Your call has ended: stand up for 9 minutes?'],
  ['fullscreen', 'quick', 'The presentation has ended: stand up for 2 minutes?'],
  ['dnd', 'quick', 'Do Not Disturb is off: stand up for 2 minutes?'],
  ['meeting', 'full', 'The meeting has ended: stand up for 9 minutes?'],
] as const) {
  test(`after ${after}, ${suggests} suggested: "${title}"`, async ({ page }) => {
    const fake = new FakeUnsit({ reminder: view({ ...QUICK_PROMPT, suggests, after }) });
    await openWindow(page, 'reminder', fake);
    await expect(page.getByRole('heading', { name: title })).toBeVisible();
    await expect(page.getByText('You have been sitting for 62 min.')).toBeVisible();
    // Nothing else changes: the same answers, from the keyboard alone.
    await expect(page.getByRole('button')).toHaveCount(5);
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Start', exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect.poll(() => fake.answers).toEqual(['start-suggested']);
  });
}

const AFTER_CALL = view({ ...QUICK_PROMPT, after: 'call' });
for (const [shot, reminder, heading] of [
  ['quick', QUICK, 'Time to stand up'],
  ['full', FULL, 'Time to stand up'],
  ['after-call', AFTER_CALL, 'Your call has ended: stand up for 2 minutes?'],
] as const) {
  for (const colorScheme of ['light', 'dark'] as const) {
    const name = `reminder-${shot}-${colorScheme}`;
    test(`@screenshots ${name}: everything fits, no serious axe issue`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      await openWindow(page, 'reminder', new FakeUnsit({ reminder }));
      await expect(page.getByRole('heading', { name: heading })).toBeVisible();
      // Nothing is cut off or needs scrolling in the window's fixed size.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollHeight - window.innerHeight,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await expect(page.getByRole('button', { name: 'Skip' })).toBeInViewport({ ratio: 1 });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}.png` });
    });
  }
}
