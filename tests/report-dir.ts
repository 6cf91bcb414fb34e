import { join } from 'node:path';
import type { ReporterDescription } from '@playwright/test';

/**
 * Reporters for a Playwright suite: the list on screen and, when `npm test` collects totals
 * (UNSIT_REPORT_DIR is set by scripts/test-all.mjs), a JSON file it can count.
 */
export function reporters(name: string): ReporterDescription[] {
  const dir = process.env.UNSIT_REPORT_DIR;
  return dir
    ? [['list'], ['json', { outputFile: join(dir, `playwright-${name}.json`) }]]
    : [['list']];
}
