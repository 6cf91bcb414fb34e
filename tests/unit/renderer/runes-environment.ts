import type { Environment } from 'vitest/environments';

/**
 * Node's globals, but modules transformed for the browser: the Svelte plugin compiles rune
 * modules to client code and `svelte` resolves to its browser runtime, as in the renderer build.
 * The modules under test touch no DOM, so no DOM is set up.
 */
export default {
  name: 'runes',
  viteEnvironment: 'client',
  setup: () => ({ teardown: () => undefined }),
} satisfies Environment;
