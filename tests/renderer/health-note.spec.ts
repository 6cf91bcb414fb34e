import { test, expect, type Page } from '@playwright/test';
import { healthCaution } from '../../electron/core/routine/caution';
import { t } from '../english';
import { seriousAxeViolations } from './harness';
import { openRoutine } from './routine-helpers';
import { openSettings, lastSaved, WINDOW_SIZE } from './settings-setup';

const HEALTH_CAUTION = healthCaution(t);

/** The health note dialog shows the one caution of the core, every point of it. */
async function expectHealthNote(page: Page): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Health note' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(HEALTH_CAUTION.lead);
  await expect(dialog.getByRole('listitem')).toHaveText(
    HEALTH_CAUTION.points.map((p) => `${p.before}${p.strong}${p.after}`.trim()),
  );
  await expect(dialog).toContainText('pain, stiffness or limited movement');
  await expect(dialog).toContainText('recent injury or surgery, or while pregnant');
}

test('the ready screen offers the health note again, and returns focus after it', async ({
  page,
}) => {
  const { cspViolations } = await openRoutine(page);
  const link = page.getByRole('button', { name: 'Health note' });
  await link.click();
  await expectHealthNote(page);
  await expect(page.getByRole('dialog').getByRole('button', { name: 'Close' })).toBeFocused();
  // axe waits on timers, and the routine window's clock stands still: nudge it along.
  let finished = false;
  const axe = seriousAxeViolations(page).finally(() => (finished = true));
  for (let i = 0; i < 200 && !finished; i++) await page.clock.runFor(5);
  expect(await axe).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(link).toBeFocused();
  // Reading it again starts nothing.
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await cspViolations()).toEqual([]);
});

test('the first-run caution is the same text as the health note', async ({ page }) => {
  await openRoutine(page, { cautionAcknowledged: false });
  await expect(page.getByRole('listitem')).toHaveText(
    HEALTH_CAUTION.points.map((p) => `${p.before}${p.strong}${p.after}`.trim()),
  );
  await expect(page.getByText('look for "Health note"')).toBeVisible();
});

test.describe('in the settings window', () => {
  test.use({ viewport: WINDOW_SIZE });

  test('the routine settings link to the health note', async ({ page }) => {
    await openSettings(page);
    const link = page.locator('#routine').getByRole('button', { name: 'Health note' });
    await link.click();
    await expectHealthNote(page);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
    await expect(link).toBeFocused();
  });

  test('"Wait until I\'m in position" is on by default and saved when switched off', async ({
    page,
  }) => {
    const { fake } = await openSettings(page);
    const wait = page.getByRole('switch', { name: "Wait until I'm in position" });
    await expect(wait).toBeChecked();
    await expect(page.getByText('Used only when the routine does not wait for you')).toBeVisible();
    await wait.uncheck();
    expect((await lastSaved(fake))?.routine.waitForPosition).toBe(false);
    await expect(page.getByText('Used only when the routine does not wait for you')).toHaveCount(0);
  });
});
