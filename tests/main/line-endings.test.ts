import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// GitHub's Windows runners check out with core.autocrlf=true. Without .gitattributes every text
// file arrives with CRLF and `prettier --check` fails on all of them, so the Windows test job and
// the release behind it never pass. This clones the committed tree the way those runners do and
// lints what arrives.
const repo = resolve('.');
let clone = '';

function run(command: string, args: string[], cwd: string) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

describe('a checkout with core.autocrlf=true', () => {
  beforeAll(() => {
    clone = mkdtempSync(join(tmpdir(), 'unsit-crlf-'));
    const cloned = run(
      'git',
      ['-c', 'core.autocrlf=true', 'clone', '--quiet', '--no-hardlinks', repo, clone],
      repo,
    );
    expect(cloned.status, cloned.stderr).toBe(0);
    // Prettier loads its Svelte plugin from node_modules; the clone borrows the worktree's.
    symlinkSync(join(repo, 'node_modules'), join(clone, 'node_modules'), 'junction');
  }, 120_000);

  afterAll(() => {
    if (clone) rmSync(clone, { recursive: true, force: true });
  });

  it('has LF line endings in every text file, and binary files untouched', () => {
    const files = run('git', ['ls-files', '--eol'], clone).stdout.trim().split('\n');
    expect(files.length).toBeGreaterThan(100);
    const crlf = files.filter((line) => /\bw\/crlf\b/.test(line));
    expect(crlf).toEqual([]);
    // A PNG converted as text would lose its CRLF signature bytes.
    const icon = readFileSync(join(clone, 'build/icon.png'));
    expect([...icon.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  });

  it('passes prettier --check, as the Windows test job runs it', () => {
    // One file of each kind prettier formats: every text file's endings are checked above, and
    // checking the whole tree again (as lint does) took minutes on a loaded machine.
    const byKind = new Map<string, string>();
    for (const file of run('git', ['ls-files'], clone).stdout.trim().split('\n')) {
      const kind = /\.(ts|mts|mjs|js|svelte|json|md|ya?ml|css|html)$/.exec(file)?.[1];
      if (kind && !byKind.has(kind)) byKind.set(kind, file);
    }
    expect([...byKind.keys()]).toEqual(expect.arrayContaining(['ts', 'svelte', 'json', 'md']));
    const prettier = join(repo, 'node_modules/prettier/bin/prettier.cjs');
    const checked = run(process.execPath, [prettier, '--check', ...byKind.values()], clone);
    expect(checked.stdout + checked.stderr).not.toMatch(/\[warn\]/);
    expect(checked.status).toBe(0);
  }, 180_000);
});
