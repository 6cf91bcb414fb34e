import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';
import noUserText from './scripts/eslint/no-user-text.js';

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

// Where each layer may not reach (docs/architecture.md describes the layers).
const mainOrPreload = {
  regex: '(^|/)electron/(main|preload)(/|$)',
  message: 'electron/core and renderer never import electron/main or electron/preload.',
};
// The same, spelled as the core reaches its sibling folders.
const coreToMainOrPreload = { ...mainOrPreload, regex: '^(\\.\\./)+(main|preload)(/|$)' };

// The process boundary: the pure core and the renderer never reach Electron or Node.
const pureBoundary = (...patterns) => [
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
    patterns: [{ group: ['node:*'], message: 'No Node built-ins in pure code.' }, ...patterns],
  },
];

// The core reads in one order, from the calendar up to the IPC contract: a folder imports only
// the folders before it (docs/architecture.md, "The core's order"). `security` stands alone;
// `i18n` (messages, the translator, locales) comes first, since every layer's words use it.
const CORE_ORDER = [
  'i18n',
  'time',
  'security',
  'settings',
  'routine',
  'history',
  'schedule',
  'updates',
  'tray',
  'storage',
  'ipc',
];
const coreOrderRules = CORE_ORDER.map((folder, index) => {
  const later = CORE_ORDER.slice(index + 1);
  const patterns = later.length
    ? [
        {
          regex: `^\\.\\./(${later.join('|')})(/|$)`,
          message: `electron/core/${folder} comes before ${later.join(', ')}: import only folders before it (docs/architecture.md, "The core's order").`,
        },
      ]
    : [];
  return {
    files: [`electron/core/${folder}/**/*`],
    rules: {
      'no-restricted-imports': pureBoundary(mainOrPreload, coreToMainOrPreload, ...patterns),
    },
  };
});

// The core receives time and everything else it needs: no Node globals, no clock, no timers.
const coreGlobals = [
  'process',
  'Buffer',
  '__dirname',
  '__filename',
  'require',
  'module',
  'exports',
  'global',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'clearImmediate',
  'queueMicrotask',
  'performance',
].map((name) => ({ name, message: 'electron/core is pure: it receives time and I/O as inputs.' }));

// Only the composition root (electron/main/index.ts) loads Electron's runtime; the adapters
// receive Electron objects as parameters, so tests can run them on Node with fakes.
const electronTypesOnly = [
  'error',
  {
    paths: [
      {
        name: 'electron',
        allowTypeImports: true,
        message: 'Import only types from electron here (import type); index.ts passes objects in.',
      },
      {
        name: 'electron-store',
        allowTypeImports: true,
        message: 'electron-store loads electron: only index.ts opens it (see OpenStore).',
      },
    ],
  },
];

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
  {
    files: ['electron/core/**/*'],
    rules: {
      'no-restricted-imports': pureBoundary(mainOrPreload, coreToMainOrPreload),
      'no-restricted-globals': ['error', ...coreGlobals],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'electron/core receives the time as `now`.' },
      ],
    },
  },
  ...coreOrderRules,
  {
    files: ['renderer/**/*'],
    rules: {
      'no-restricted-imports': pureBoundary(mainOrPreload, {
        regex: '(^|/)core/i18n/(catalogues|pseudo)$|(^|/)core/i18n/messages/',
        message:
          'A window loads only the catalogue main sends it (getLanguage): never the catalogues themselves.',
      }),
    },
  },
  {
    // Every user-visible word comes from the catalogue (docs/translating.md): the main process
    // and every window.
    files: ['electron/main/**/*.ts', 'renderer/**/*.svelte', 'renderer/**/*.ts'],
    plugins: { unsit: { rules: { 'no-user-text': noUserText } } },
    rules: { 'unsit/no-user-text': 'error' },
  },
  {
    // The preload is tiny and sandboxed: Electron's renderer modules only; the build writes the
    // channels in (types are erased, so the contract's types may be named).
    files: ['electron/preload/**/*'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!electron$)',
              allowTypeImports: true,
              message:
                'The preload imports only electron (contextBridge, ipcRenderer); the build writes the channels in.',
            },
          ],
        },
      ],
    },
  },
  {
    // npm run simulate runs on plain Node: the core and the main adapters that need no Electron.
    files: ['electron/simulate/**/*'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'npm run simulate runs on Node: no Electron.' },
            {
              name: 'electron-store',
              message: 'electron-store loads electron: use the file stores.',
            },
          ],
          patterns: [
            {
              regex: '^\\.\\./main/(index|storage/open-store)$',
              message: 'The composition root and the electron-store opener load Electron.',
            },
            { regex: '^\\.\\./preload(/|$)', message: 'The preload belongs to the windows.' },
            { regex: '^(\\.\\./)+renderer(/|$)', message: 'The windows are not part of simulate.' },
          ],
        },
      ],
    },
  },
  {
    // Lengths of time come from one place (docs/architecture.md, "Where each rule lives").
    files: ['electron/**/*.ts', 'renderer/**/*.ts', 'renderer/**/*.svelte'],
    ignores: ['electron/core/time/units.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        ...[
          [60_000, 'MINUTE_MS'],
          [3_600_000, 'HOUR_MS'],
          [86_400_000, 'DAY_MS'],
        ].map(([value, name]) => ({
          selector: `Literal[value=${value}]`,
          message: `A length of time in milliseconds: use ${name} from electron/core/time/units.ts.`,
        })),
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    ignores: ['electron/main/index.ts'],
    rules: { '@typescript-eslint/no-restricted-imports': electronTypesOnly },
  },
);
