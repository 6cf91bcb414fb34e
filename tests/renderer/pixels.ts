import type { Page } from '@playwright/test';

export interface Point {
  x: number;
  y: number;
}

/** The pixels of a small square around a point, as PNG bytes: equal bytes mean equal colours. */
async function patch(page: Page, at: Point): Promise<Buffer> {
  return page.screenshot({
    clip: { x: Math.round(at.x) - 1, y: Math.round(at.y) - 1, width: 3, height: 3 },
    animations: 'disabled',
    caret: 'hide',
  });
}

/** Whether a user could tell two spots apart: their colours are not the same. */
export async function looksDifferent(page: Page, a: Point, b: Point): Promise<boolean> {
  const [first, second] = [await patch(page, a), await patch(page, b)];
  return !first.equals(second);
}
