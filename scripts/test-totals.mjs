// Adds up the JSON reports the test runners leave in a folder (see tests/report-dir.ts and
// scripts/test-unit.mjs): Vitest files are named vitest-*.json, Playwright ones playwright-*.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export function countTotals(reportDir) {
  const totals = { passed: 0, failed: 0, skipped: 0 };
  for (const file of readdirSync(reportDir)) {
    const report = JSON.parse(readFileSync(join(reportDir, file), 'utf8'));
    if (file.startsWith('vitest-')) {
      totals.passed += report.numPassedTests;
      totals.failed += report.numFailedTests;
      totals.skipped += report.numPendingTests + report.numTodoTests;
    } else {
      const { expected, unexpected, skipped, flaky } = report.stats;
      totals.passed += expected + flaky;
      totals.failed += unexpected;
      totals.skipped += skipped;
    }
  }
  return totals;
}
