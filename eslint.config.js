import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// Node built-ins, spelled with and without the node: prefix.
const nodeBuiltins = [
  'assert',
  'buffer',
  'child_process',
  'cluster',
  'crypto',
  'dgram',
  'dns',
  'events',
  'fs',
  'fs/promises',
  'http',
  'http2',
  'https',
  'module',
  'net',
  'os',
  'path',
  'perf_hooks',
  'process',
  'readline',
  'stream',
  'timers',
  'tls',
  'tty',
  'url',
  'util',
  'v8',
  'vm',
  'worker_threads',
  'zlib',
];

// The process boundary: the pure core and the renderer never reach Electron or Node.
const pureBoundary = {
  'no-restricted-imports': [
    'error',
    {
      paths: [
        {
          name: 'electron',
          message:
            'electron/core and renderer stay pure: pass Electron objects in from electron/main.',
        },
        { name: 'electron-store', message: 'Storage lives behind the port in electron/main.' },
        ...nodeBuiltins.map((name) => ({ name, message: 'No Node built-ins in pure code.' })),
      ],
      patterns: [{ group: ['node:*'], message: 'No Node built-ins in pure code.' }],
    },
  ],
};

export default tseslint.config(
  {
    ignores: [
      '.scratch/',
      'node_modules/',
      'out/',
      'dist/',
      'test-results/',
      'playwright-report/',
      'tests/renderer/.artifacts/',
      '.stand-in-electron/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: false,
        extraFileExtensions: ['.svelte'],
        parser: tseslint.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['renderer/**/*'],
    languageOptions: { globals: { ...globals.browser } },
  },
  { files: ['electron/core/**/*', 'renderer/**/*'], rules: pureBoundary },
);
