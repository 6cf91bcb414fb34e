import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { createSettingsStore } from '../../../electron/main/storage';
import { skipBecause } from '../../skip';
import { bulkySettings } from './fixtures/bulky-settings';
import { now, openConf, useTempDirs } from './helpers';

// The test compiles and starts a child Node process, which takes seconds on a loaded machine: the limits
// are generous because they only stop a hung run, and no test measures how long it took.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const tempDir = useTempDirs();
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const jitiCli = join(repoRoot, 'node_modules', 'jiti', 'lib', 'jiti-cli.mjs');
const child = fileURLToPath(new URL('./fixtures/save-settings.child.ts', import.meta.url));

const onWindows = skipBecause(
  process.platform === 'win32',
  'atomic writes cut short: Windows has no per-process file-size limit (ulimit -f) to borrow',
);

describe.skipIf(onWindows)('atomic settings writes', () => {
  it('leave the previous file whole when the system refuses a write half-way', () => {
    const dir = tempDir();
    const store = createSettingsStore({ dir, now, openStore: openConf });
    store.save(bulkySettings(45));
    const before = readFileSync(join(dir, 'settings.json'), 'utf8');
    expect(before.length).toBeGreaterThan(3 * 1024);

    // A 2 KiB file-size limit: the new file is cut off part-way through.
    const run = spawnSync(
      'bash',
      ['-c', 'ulimit -f 2 && exec node "$0" "$1" "$2"', jitiCli, child, dir],
      {
        cwd: repoRoot,
        encoding: 'utf8',
        // jiti's transform cache would hit the same limit; compile in memory instead.
        env: { ...process.env, JITI_FS_CACHE: 'false' },
      },
    );

    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Could not save settings: .*\(file-too-large\)/);
    expect(readFileSync(join(dir, 'settings.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['settings.json']);
    expect(createSettingsStore({ dir, now, openStore: openConf }).get()).toEqual(bulkySettings(45));
  });
});
