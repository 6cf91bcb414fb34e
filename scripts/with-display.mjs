// Runs a command with a display: uses $DISPLAY when there is one, otherwise starts Xvfb on a
// free display number for the duration of the command. Headless Chromium does not need it, but
// headed checks (the bench's hidden-page timing) and Electron do.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-display.mjs COMMAND [ARGS...]');
  process.exit(2);
}

function run(env) {
  // npx is npx.cmd on Windows, which Node starts only through a shell.
  const child = spawnSync('npx', [command, ...args], {
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  return child.status ?? 1;
}

if (process.env.DISPLAY || !existsSync('/usr/bin/Xvfb')) {
  process.exit(run(process.env));
}

// A display number nobody holds: Xvfb leaves a lock file and a socket for each one in use.
let number = 90 + (process.pid % 100);
while (existsSync(`/tmp/.X${number}-lock`) || existsSync(`/tmp/.X11-unix/X${number}`)) number++;
const display = `:${number}`;
const xvfb = spawn('/usr/bin/Xvfb', [display, '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
  stdio: 'ignore',
});

// Wait (up to 5 s) for the server's socket, so the command never starts before the display.
const socket = `/tmp/.X11-unix/X${number}`;
const deadline = Date.now() + 5000;
while (!existsSync(socket) && Date.now() < deadline) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
if (!existsSync(socket)) console.error(`warning: Xvfb did not open ${display} within 5 s`);

const status = run({ ...process.env, DISPLAY: display });
xvfb.kill();
process.exit(status);
