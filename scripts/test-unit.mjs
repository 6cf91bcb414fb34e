// Runs the Vitest suites. Everything runs once; the suites whose names end in `.tz.test.ts`
// (working hours, the sitting timer, the scheduler) run again under each time zone below,
// because TZ must be set before Node starts to be trusted.
import { spawnSync } from 'node:child_process';

export const ZONES = [
  'UTC',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Sydney',
  'Asia/Kolkata',
];

// When `npm test` collects totals, each run also writes a JSON report it can count.
let run = 0;
function reportArgs() {
  const dir = process.env.UNSIT_REPORT_DIR;
  if (!dir) return [];
  run += 1;
  return ['--reporter=default', '--reporter=json', `--outputFile.json=${dir}/vitest-${run}.json`];
}

function vitest(args, env) {
  const result = spawnSync('npx', ['vitest', 'run', ...reportArgs(), ...args], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
    // npx is npx.cmd on Windows, which Node starts only through a shell.
    shell: process.platform === 'win32',
  });
  return result.status ?? 1;
}

const extra = process.argv.slice(2);
let failed = vitest(['--exclude', '**/*.tz.test.ts', ...extra], { TZ: 'UTC' }) !== 0;
for (const zone of ZONES) {
  console.log(`\n== time-zone suites under TZ=${zone} ==`);
  if (vitest(['tz.test', ...extra], { TZ: zone }) !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
