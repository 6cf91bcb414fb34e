// `npm run simulate`: loads the TypeScript simulator through Vite's module runner (no build
// step) and runs it. Options and output are described in the README and electron/simulate/.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const entry = fileURLToPath(new URL('../electron/simulate/cli.ts', import.meta.url));
const { module } = await runnerImport(entry, { logLevel: 'silent' });
process.exitCode = module.main(process.argv.slice(2));
