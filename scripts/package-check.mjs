// Packages the app with electron-builder --dir against a stand-in Electron folder (the real
// binary cannot be downloaded here) and checks what a user would get: which files are inside
// app.asar, which are not, and that the security fuses were really flipped in the executable.
// Real installers are built on a machine with internet (`npx electron-builder`).
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  { stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' },
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
  '/node_modules/electron-store/package.json',
  '/node_modules/node-schedule/package.json',
  '/node_modules/zod/package.json',
];
for (const f of must) if (!files.includes(f)) problems.push(`missing from app.asar: ${f}`);
const forbidden = [
  /^\/electron\//,
  /^\/renderer\//,
  /^\/tests\//,
  /^\/scripts\//,
  /\.map$/,
  /^\/node_modules\/(vite|svelte|vitest|typescript|electron|@playwright)\//,
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

const size = statSync(archive).size;
rmSync(work, { recursive: true, force: true });
if (problems.length) {
  for (const p of problems.slice(0, 30)) console.error(`package check: ${p}`);
  if (problems.length > 30) console.error(`... and ${problems.length - 30} more`);
  process.exit(1);
}
console.log(
  `package check: app.asar holds ${files.length} entries (${(size / 1024 / 1024).toFixed(1)} MB), fuses set, tray icons in resources`,
);
