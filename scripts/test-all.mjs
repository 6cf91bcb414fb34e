// `npm test`: every check this machine can run, in order, stopping at the first failure, then
// one closing line with the totals of all test runners ("unsit: N passed, N failed, N skipped").
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { countTotals } from './test-totals.mjs';

const STEPS = [
  'typecheck',
  'lint',
  'build',
  'test:unit',
  'test:package',
  'test:renderer',
  'test:e2e',
];

const reportDir = mkdtempSync(join(tmpdir(), 'unsit-test-reports-'));
const env = { ...process.env, UNSIT_REPORT_DIR: reportDir };
let failedStep = null;
for (const step of STEPS) {
  const result = spawnSync('npm', ['run', step], {
    stdio: 'inherit',
    env,
    // npm is npm.cmd on Windows, which Node starts only through a shell.
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    failedStep = step;
    break;
  }
}

const totals = countTotals(reportDir);
rmSync(reportDir, { recursive: true, force: true });

if (failedStep) console.error(`\nnpm test stopped: "npm run ${failedStep}" failed.`);
if (failedStep && totals.failed === 0) totals.failed = 1; // a failed check counts as a failure
console.log(`unsit: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedStep ? 1 : 0);
