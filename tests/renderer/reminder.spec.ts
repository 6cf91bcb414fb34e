import { test, expect } from '@playwright/test';
import type { ReminderAnswer } from '../../electron/core/ipc/contract';
import { FakeUnsit } from './fake-api';
import { SCREENSHOT_DIR, openWindow, seriousAxeViolations } from './harness';

test.use({ viewport: { width: 400, height: 230 } });

const prompt = { kind: 'first', sittingMinutes: 62, routineMinutes: 9, snoozeMinutes: 10 } as const;

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

for (const [button, answer] of [
  ['Start now', 'start'],
  ['Snooze 10 min', 'snooze'],
  ['Skip', 'skip'],
] as const) {
  test(`shows how long the user sat and answers "${button}" once`, async ({ page }) => {
    const fake = new SlowAnswerFake({ reminder: prompt });
    const { cspViolations } = await openWindow(page, 'reminder', fake);
    await expect(page.getByRole('heading', { name: 'Time to stand up' })).toBeVisible();
    await expect(page.getByText('You have been sitting for 62 min')).toBeVisible();
    await expect(page.getByText('about 9 min')).toBeVisible();
    await page.getByRole('button', { name: button }).click();
    await expect.poll(() => fake.answers).toEqual([answer]);

    // While the answer is on its way, no button answers again.
    const buttons = page.getByRole('button');
    await expect(buttons).toHaveCount(3);
    for (const other of await buttons.all()) await expect(other).toBeDisabled();
    await page.getByRole('button', { name: button }).click({ force: true });
    fake.arrive();
    // A round trip through the page, so a second answer would have reached the fake by now.
    await page.evaluate(() => null);
    expect(fake.answers).toEqual([answer]);
    expect(await cspViolations()).toEqual([]);
  });
}

test('a repeat says so, and the window works from the keyboard alone', async ({ page }) => {
  const fake = new FakeUnsit({ reminder: { ...prompt, kind: 'repeat', sittingMinutes: 67 } });
  await openWindow(page, 'reminder', fake);
  await expect(page.getByRole('heading', { name: /Still sitting/ })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Start now' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(() => fake.answers).toEqual(['snooze']);
});

test('a long sitting reads in hours', async ({ page }) => {
  const fake = new FakeUnsit({
    reminder: { ...prompt, kind: 'repeat', sittingMinutes: 245, snoozeMinutes: 60 },
  });
  await openWindow(page, 'reminder', fake);
  await expect(page.getByText('You have been sitting for 4 h 5 min.')).toBeVisible();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
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

for (const colorScheme of ['light', 'dark'] as const) {
  test(`@screenshots reminder window in ${colorScheme} mode has no serious axe issue`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await openWindow(page, 'reminder', new FakeUnsit({ reminder: prompt }));
    await expect(page.getByRole('heading', { name: 'Time to stand up' })).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/reminder-${colorScheme}.png` });
  });
}
