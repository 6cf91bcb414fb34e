// Runs a command with a display: uses $DISPLAY when there is one, otherwise starts Xvfb on a
// free display number for the duration of the command. Headless Chromium does not need it, but
// headed checks and Electron do.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-display.mjs COMMAND [ARGS...]');
  process.exit(2);
}

function run(env) {
  const child = spawnSync('npx', [command, ...args], { stdio: 'inherit', env });
  return child.status ?? 1;
}

if (process.env.DISPLAY || !existsSync('/usr/bin/Xvfb')) {
  process.exit(run(process.env));
}

const display = `:${90 + (process.pid % 100)}`;
const xvfb = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
  stdio: 'ignore',
});
const status = run({ ...process.env, DISPLAY: display });
xvfb.kill();
process.exit(status);
