// Runs a command while every core is kept busy (see cpu-load.mjs), e.g.
//   node scripts/with-cpu-load.mjs npm run bench
import { spawnSync } from 'node:child_process';
import { startCpuLoad } from './cpu-load.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: with-cpu-load.mjs COMMAND [ARGS...]');
  process.exit(2);
}
const load = startCpuLoad();
console.error(`with-cpu-load: ${load.count} busy workers, one per core`);
const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
load.stop();
process.exit(result.status ?? 1);
