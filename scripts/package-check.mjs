// Packages the app with electron-builder --dir against a stand-in Electron folder (the real
// binary cannot be downloaded here) and checks what a user would get: which files are inside
// app.asar, which are not, that the security fuses were really flipped in the executable, and
// that the packaged main process starts (against tests/main/stand-in-electron) with everything
// it loads inside app.asar, without DevTools and without the end-to-end test hooks.
// Real installers are built on a machine with internet (`npm run package`).
import {
  existsSync,
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const asar = require('@electron/asar');
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
// Fuse order of @electron/fuses V1 and what electron-builder.yml asks for.
const FUSES = [
  ['runAsNode', '0'],
  ['enableCookieEncryption', '1'],
  ['enableNodeOptionsEnvironmentVariable', '0'],
  ['enableNodeCliInspectArguments', '0'],
  ['enableEmbeddedAsarIntegrityValidation', '1'],
  ['onlyLoadAppFromAsar', '1'],
];

const work = mkdtempSync(join(tmpdir(), 'unsit-package-'));
const standIn = join(work, 'electron-dist');
mkdirSync(join(standIn, 'resources'), { recursive: true });
mkdirSync(join(standIn, 'locales'), { recursive: true });
// An "executable" carrying a fuse wire with every fuse in the opposite of the wanted state.
const wire = '101100001';
writeFileSync(
  join(standIn, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stand-in for Electron"\nexit 0\n'),
    Buffer.from(SENTINEL),
    Buffer.from([1, wire.length]),
    Buffer.from(wire),
  ]),
  { mode: 0o755 },
);
const electronVersion = require('electron/package.json').version;
writeFileSync(join(standIn, 'version'), electronVersion);

const out = join(work, 'dist');
const result = spawnSync(
  'npx',
  [
    'electron-builder',
    '--dir',
    '--linux',
    '--x64',
    `-c.electronDist=${standIn}`,
    `-c.electronVersion=${electronVersion}`,
    `-c.directories.output=${out}`,
  ],
  { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8', shell: process.platform === 'win32' },
);
if (result.status !== 0) {
  console.error(result.stdout, result.stderr);
  console.error('package check: electron-builder failed');
  process.exit(1);
}

const appDir = join(out, 'linux-unpacked');
const archive = join(appDir, 'resources', 'app.asar');
const files = asar.listPackage(archive).map((f) => f.replaceAll('\\', '/'));
const problems = [];
const must = [
  '/package.json',
  '/out/main/index.js',
  '/out/preload/index.cjs',
  '/out/renderer/routine.html',
  '/out/renderer/settings.html',
  '/out/renderer/reminder.html',
  '/out/renderer/statistics.html',
  '/out/renderer/home.html',
];
for (const f of must) if (!files.includes(f)) problems.push(`missing from app.asar: ${f}`);
const forbidden = [
  /^\/electron\//,
  /^\/renderer\//,
  /^\/tests\//,
  /^\/scripts\//,
  /^\/docs\//,
  /^\/build\//,
  /^\/node_modules\/(vite|svelte|vitest|typescript|electron|electron-builder|@playwright)\//,
  // Bundled into out/main (electron.vite.config.ts): the packaged main process started below
  // proves it needs none of them from app.asar at run time.
  /^\/node_modules\/(electron-store|conf|node-schedule|zod)\//,
  // Dependency sources, type declarations, maps and notes: the app loads none of them.
  /\.(map|ts|mts|cts)$/,
  /^\/node_modules\/[^/]+\/src\//,
  /^\/node_modules\/.*\/(README|CHANGELOG|HISTORY|UPGRADING)\.md$/i,
];
for (const f of files) {
  const rule = forbidden.find((r) => r.test(f));
  if (rule) problems.push(`should not be packaged: ${f}`);
}
for (const icon of ['tray-counting.png', 'tray-due.png', 'tray-paused.png', 'tray-off.png']) {
  try {
    statSync(join(appDir, 'resources', 'tray', icon));
  } catch {
    problems.push(`tray icon not in resources: ${icon}`);
  }
}

const binary = readFileSync(join(appDir, 'unsit'));
const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
for (const [i, [name, wanted]] of FUSES.entries()) {
  const got = String.fromCharCode(binary[at + i]);
  if (got !== wanted) problems.push(`fuse ${name} is ${got}, expected ${wanted}`);
}

// The packaged main process, started as an installed app would be (process.resourcesPath set,
// app.isPackaged true) and with the test-hook switch on: it must start on what app.asar holds,
// open the first-run settings without DevTools, and not install the hooks.
const unpacked = join(work, 'app');
asar.extractAll(archive, unpacked);
const home = join(work, 'home');
const standInLog = join(work, 'stand-in.json');
const standInHook = resolve('tests/main/stand-in-electron/register.mjs');
const started = spawnSync(
  process.execPath,
  ['--import', pathToFileURL(standInHook).href, join(unpacked, 'out', 'main', 'index.js')],
  {
    encoding: 'utf8',
    timeout: 30_000,
    cwd: work,
    env: {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: join(home, '.config'),
      UNSIT_STANDIN_RESOURCES: join(appDir, 'resources'),
      UNSIT_STANDIN_USER_DATA: join(home, 'user-data'),
      UNSIT_STANDIN_LOG: standInLog,
      UNSIT_STANDIN_SCENARIO: JSON.stringify([{ hook: 'trayMenu' }]),
      UNSIT_TEST_HOOKS: '1',
    },
  },
);
if (started.status !== 0 || !existsSync(standInLog)) {
  problems.push(
    `the packaged main process did not start and quit cleanly (status ${started.status}): ${started.stderr}`,
  );
} else {
  const log = JSON.parse(readFileSync(standInLog, 'utf8'));
  const [window] = log.windows;
  if (log.errorBoxes.length > 0) problems.push(`packaged app: ${JSON.stringify(log.errorBoxes)}`);
  if (window?.urls?.[0] !== 'app://unsit/settings.html') {
    problems.push('packaged app: the first start did not open the settings');
  }
  if (window?.options?.webPreferences?.devTools !== false) {
    problems.push('packaged app: a window has DevTools');
  }
  if (log.testHooks !== null || log.steps[0]?.error !== 'no test hooks') {
    problems.push('packaged app: the end-to-end test hooks are installed');
  }
  if (log.trays.length !== 1) problems.push('packaged app: no tray icon');
}

const size = statSync(archive).size;
// A budget, so a dependency that starts shipping its sources is noticed (it was 8.9 MB before
// the exclusions in electron-builder.yml).
const ASAR_BUDGET_MB = 4;
if (size > ASAR_BUDGET_MB * 1024 * 1024) {
  problems.push(`app.asar is ${(size / 1024 / 1024).toFixed(1)} MB, over ${ASAR_BUDGET_MB} MB`);
}
rmSync(work, { recursive: true, force: true });
if (problems.length) {
  for (const p of problems.slice(0, 30)) console.error(`package check: ${p}`);
  if (problems.length > 30) console.error(`... and ${problems.length - 30} more`);
  process.exit(1);
}
console.log(
  `package check: app.asar holds ${files.length} entries (${(size / 1024 / 1024).toFixed(1)} MB), fuses set, tray icons in resources; the packaged main process starts without DevTools or test hooks`,
);
