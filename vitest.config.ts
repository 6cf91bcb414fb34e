import { defineConfig } from 'vitest/config';

// Time-sensitive suites (tests/unit/schedule, tests/main/scheduler...) are run once per time
// zone by scripts/test-unit.mjs, which sets TZ before Node starts.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    restoreMocks: true,
  },
});
