// `npm run screenshots`: runs the renderer tests tagged @screenshots with their pictures going
// to docs/screenshots (the README's), instead of the ignored folder a test run uses.
import { spawnSync } from 'node:child_process';

const result = spawnSync(
  process.execPath,
  [
    'scripts/with-display.mjs',
    'playwright',
    'test',
    '--config',
    'tests/renderer/playwright.config.ts',
    '--grep',
    '@screenshots',
  ],
  { stdio: 'inherit', env: { ...process.env, UNSIT_SCREENSHOT_DIR: 'docs/screenshots' } },
);
process.exit(result.status ?? 1);
