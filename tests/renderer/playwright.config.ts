import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { reporters } from '../report-dir';

// Renderer tests run the built windows (out/renderer, or $UNSIT_RENDERER_OUT) in Debian's
// Chromium with a fake of the preload API. No Electron is needed.
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  fullyParallel: true,
  workers: 2,
  // Limits only, for a hung test or a check the page never satisfies: page time is moved by
  // the tests, so a slow machine changes no result, only speed. The whole-routine and axe
  // tests took up to 27 s under npm run test:stress; a check waits for a render or an IPC
  // round trip.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  reporter: reporters('renderer'),
  outputDir: '.artifacts/results',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 480, height: 640 },
  },
});
