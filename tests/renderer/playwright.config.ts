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
  timeout: 60_000,
  // How long a check may wait for the page to catch up (a render, an IPC round trip). Only a
  // limit: page time is moved by the tests, so a slow machine changes no result, only speed.
  expect: { timeout: 15_000 },
  reporter: reporters('renderer'),
  outputDir: '.artifacts/results',
  use: {
    browserName: 'chromium',
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 480, height: 640 },
  },
});
