// Keeps every core of the machine busy, as a loaded CI runner would be: one busy-looping Node
// process per core, at normal priority. Used by `npm run test:stress` and `npm run bench:loaded`.
import { spawn } from 'node:child_process';
import { cpus } from 'node:os';

// Each worker spins, and quits by itself if the process that started it goes away, so a
// killed test run never leaves cores spinning.
const WORKER = `const parent = ${process.pid};
for (let i = 1; ; i++) if ((i & 0xffffff) === 0 && process.ppid !== parent) process.exit(0);`;

/** Starts `count` busy workers (one per core by default); `stop()` kills them. */
export function startCpuLoad(count = cpus().length) {
  const workers = Array.from({ length: count }, () =>
    spawn(process.execPath, ['-e', WORKER], { stdio: 'ignore' }),
  );
  const stop = () => {
    for (const worker of workers) if (worker.exitCode === null) worker.kill('SIGKILL');
  };
  process.once('exit', stop);
  return { count, stop };
}
