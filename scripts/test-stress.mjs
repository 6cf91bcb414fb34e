// `npm run test:stress`: the Vitest suites (tests/unit and tests/main, once) and the renderer
// suite in Chromium, run while every core is kept busy, as on a loaded CI runner. Tests that
// lean on real time show up here. Prints one line per suite and the totals.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startCpuLoad } from './cpu-load.mjs';
import { countTotals } from './test-totals.mjs';

const shell = process.platform === 'win32';
const run = (command, args, env = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env, shell }).status ?? 1;

if (run('npx', ['electron-vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);

const reportRoot = mkdtempSync(join(tmpdir(), 'unsit-stress-'));
const suites = [
  {
    name: 'vitest (tests/unit, tests/main)',
    command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json'],
    report: (dir) => [`--outputFile.json=${join(dir, 'vitest-stress.json')}`],
  },
  {
    name: 'renderer (Playwright, Chromium)',
    command: ['node', 'scripts/with-display.mjs', 'playwright', 'test'],
    report: () => ['--config', 'tests/renderer/playwright.config.ts'],
  },
];

const load = startCpuLoad();
console.log(`test:stress: ${load.count} busy workers keep every core loaded`);
const results = [];
try {
  for (const suite of suites) {
    const dir = join(reportRoot, String(results.length));
    mkdirSync(dir);
    const started = Date.now();
    const [command, ...args] = suite.command;
    const status = run(command, [...args, ...suite.report(dir)], {
      ...process.env,
      TZ: 'UTC', // as the first pass of npm run test:unit
      UNSIT_REPORT_DIR: dir,
    });
    const seconds = (Date.now() - started) / 1000;
    results.push({ name: suite.name, status, seconds, ...countTotals(dir) });
  }
} finally {
  load.stop();
  rmSync(reportRoot, { recursive: true, force: true });
}

let failed = false;
console.log(`\ntest:stress results, ${load.count} cores busy:`);
for (const r of results) {
  if (r.status !== 0 && r.failed === 0) r.failed = 1; // the runner itself failed
  failed ||= r.failed > 0;
  console.log(
    `  ${r.name}: ${r.passed} passed, ${r.failed} failed, ${r.skipped} skipped in ${r.seconds.toFixed(0)} s`,
  );
}
process.exit(failed ? 1 : 0);
