import { expect, type Page } from '@playwright/test';
import type { PlanStep, RoutinePlan } from '../../electron/core/routine/types';
import { FakeUnsit, type FakeUnsitOptions } from './fake-api';
import { openWindow } from './harness';

/** Records every message of the polite live region, in order (test-side only). */
async function recordAnnouncements(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: string[] = [];
    let last = '';
    (window as unknown as { __announcements: string[] }).__announcements = log;
    new MutationObserver(() => {
      // Raw text, so a repeated message (which differs by a trailing no-break space) counts.
      const raw = document.querySelector('[role="status"]')?.textContent ?? '';
      if (raw === last) return;
      last = raw;
      if (raw.trim()) log.push(raw.trim());
    }).observe(document, { subtree: true, childList: true, characterData: true });
  });
}

export async function announcements(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __announcements: string[] }).__announcements);
}

export interface RoutineOptions extends FakeUnsitOptions {
  /**
   * Whether set-ups wait for "I'm in position" (the app's default). Off unless asked for, so a
   * test can move through whole steps by time alone.
   */
  waitForPosition?: boolean;
}

/**
 * Opens the routine window (its clock paused, see openWindow), so the test moves time itself.
 * Returns the fake backend and the plan the window received.
 */
export async function openRoutine(
  page: Page,
  { waitForPosition = false, ...options }: RoutineOptions = {},
) {
  const fake = new FakeUnsit({ cautionAcknowledged: true, ...options });
  fake.settings.routine.waitForPosition = waitForPosition;
  const plan: RoutinePlan = (await fake.getRoutineSession()).plan;
  await recordAnnouncements(page);
  const window = await openWindow(page, 'routine', fake);
  return { fake, plan, ...window };
}

/** Clicks Start on the ready screen and waits for the first step. */
export async function startRoutine(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start' }).click();
  await expect(page.getByTestId('step-title')).toHaveText('Get ready');
}

export function timedSteps(plan: RoutinePlan): Exclude<PlanStep, { kind: 'done' }>[] {
  return plan.steps.filter((s): s is Exclude<PlanStep, { kind: 'done' }> => s.kind !== 'done');
}

/** Moves the clock by the durations of the first `count` timed steps. */
export async function playSteps(page: Page, plan: RoutinePlan, count: number): Promise<void> {
  for (const step of timedSteps(plan).slice(0, count)) await page.clock.runFor(step.durationMs);
}
