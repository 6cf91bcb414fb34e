import { expect, test, type Page } from '@playwright/test';
import type { StoredHistory } from '../../electron/core/history/schema';
import { generateHistory } from '../fixtures/history-generator';
import { FakeUnsit, type FakeUnsitOptions } from './fake-api';
import { openWindow } from './harness';

/** The statistics window's default size in the app. */
export const WINDOW_SIZE = { width: 760, height: 640 };
export const STATISTICS_TEST_OPTIONS = { viewport: WINDOW_SIZE };

export { expect, test };

/** Wednesday 12 March 2025, 15:00 where the tests run. */
export const NOW = new Date(2025, 2, 12, 15, 0).getTime();
export const TODAY = '2025-03-12';

/** Records up to now: the rest of today has not happened yet. */
const untilNow = (history: StoredHistory): StoredHistory => ({
  ...history,
  records: history.records.filter(
    (r) =>
      r.at.slice(0, 10) < TODAY || (r.at.slice(0, 10) === TODAY && r.at.slice(11, 16) <= '15:00'),
  ),
});

/** A year and a bit of a person who works Monday to Friday and takes most breaks. */
export function busyYear(): StoredHistory {
  const records = generateHistory({
    from: '2024-02-01',
    to: TODAY,
    seed: 11,
    offsetOn: () => '+01:00',
  });
  return untilNow({ goals: [], days: [], records });
}

/**
 * The same person moving from Berlin to New York on 1 March 2025: the days they lived there
 * carry New York's offset, and stay the days they were.
 */
export function yearWithMove(): StoredHistory {
  const records = generateHistory({
    from: '2024-03-01',
    to: TODAY,
    seed: 5,
    offsetOn: (day) => (day < '2025-03-01' ? '+01:00' : '-05:00'),
  });
  return untilNow({ goals: [], days: [], records });
}

/** Opens the statistics window on a fake main and waits until the figures are on screen. */
export async function openStatistics(page: Page, options: FakeUnsitOptions = {}) {
  const fake = new FakeUnsit({ now: NOW, ...options });
  const opened = await openWindow(page, 'statistics', fake);
  await expect(page.getByRole('heading', { name: 'Breaks today' })).toBeVisible();
  return { fake, ...opened };
}
