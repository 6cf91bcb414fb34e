import { defineConfig } from 'vitest/config';

// Time-sensitive suites (files ending .tz.test.ts) are run once per time zone by
// scripts/test-unit.mjs, which sets TZ before Node starts. Tests of pure code sit in tests/unit
// by the path of what they test: tests/unit/<path under electron/core>, and
// tests/unit/renderer/<path under renderer/src>.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    restoreMocks: true,
    // Limits on real time, only there to stop a hung test. Tests run on fake timers, but a week
    // of simulated reminders is real CPU work, which a loaded CI runner does several times more
    // slowly than an idle machine: Vitest's 5 s default is too tight there.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
