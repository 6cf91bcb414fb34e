import { defineConfig } from '@playwright/test';
import { reporters } from '../report-dir';

// The real Electron app, end to end. Every test skips itself, saying why, where the Electron
// binary is absent (it cannot be downloaded on the build machines).
export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.ts$/,
  fullyParallel: false,
  workers: 1,
  timeout: 60_000,
  reporter: reporters('e2e'),
  // Under the repository's ignored test-results/ folder.
  outputDir: '../../test-results/e2e',
});
