import { test, expect } from '@playwright/test';
import { openWindow } from './harness';
import type { UnsitApi } from '../../electron/core/ipc/contract';

test('harness serves a window with the fake API and its CSP', async ({ page }) => {
  const impl = {} as UnsitApi;
  const { cspViolations } = await openWindow(page, 'routine', impl);
  await expect(page.locator('#app')).toBeAttached();
  expect(await page.evaluate(() => typeof (window as unknown as { unsit: unknown }).unsit)).toBe(
    'object',
  );
  expect(await cspViolations()).toEqual([]);
});
