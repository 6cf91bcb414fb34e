import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

// Time-sensitive suites (files ending .tz.test.ts) are run once per time zone by
// scripts/test-unit.mjs, which sets TZ before Node starts. Tests of pure code sit in tests/unit
// by the path of what they test: tests/unit/<path under electron/core>, and
// tests/unit/renderer/<path under renderer/src>.
//
// The renderer's rune modules (`*.svelte.ts`: the settings editor, the routine's player
// controller) need the Svelte compiler. Their tests end in `.runes.test.ts` and run in a project
// of their own, which alone loads the Svelte plugin and compiles them as the renderer build does
// (client output, browser exports of `svelte`), still in Node with fake timers.
const RUNES = 'tests/unit/renderer/**/*.runes.test.ts';

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    restoreMocks: true,
    // Limits on real time, only there to stop a hung test. Tests run on fake timers, but a week
    // of simulated reminders is real CPU work, which a loaded CI runner does several times more
    // slowly than an idle machine: Vitest's 5 s default is too tight there. On a machine whose
    // cores were all busy (npm run test:stress beside other work) the four-day DST simulation,
    // 0.75 s of CPU, took 36 s: the limit leaves room for that and still stops a hung test.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['tests/unit/**/*.test.ts', 'tests/main/**/*.test.ts'],
          exclude: [RUNES],
        },
      },
      {
        extends: true,
        plugins: [svelte({ configFile: false, compilerOptions: { runes: true } })],
        test: {
          name: 'runes',
          include: [RUNES],
          environment: './tests/unit/renderer/runes-environment.ts',
        },
      },
    ],
  },
});
