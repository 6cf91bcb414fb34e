import { describe, expect, it } from 'vitest';
import { pickUpdate } from '../../../electron/core/updates/feed';
import { nextCheckAt, updateLine } from '../../../electron/core/updates/update-state';

const SHA = `${'A'.repeat(86)}==`;
const feed = (version: string, url = `Unsit-Setup-${version}.exe`) => ({
  version,
  files: [{ url, sha512: SHA, size: 1000 }],
  releaseDate: '2026-12-06T10:00:00.000Z',
});

describe('picking an update from the feed', () => {
  it('offers a newer stable version, with the file of this kind', () => {
    expect(pickUpdate(feed('1.3.0'), '1.2.0', '.exe')).toEqual({
      kind: 'available',
      update: { version: '1.3.0', file: feed('1.3.0').files[0] },
    });
  });

  it('offers nothing for the same, an older, or a prerelease version', () => {
    for (const version of ['1.2.0', '1.1.9', '1.3.0-beta.1'])
      expect(pickUpdate(feed(version), '1.2.0', '.exe'), version).toEqual({ kind: 'none' });
  });

  it('refuses a feed that is malformed or names a path instead of a file', () => {
    const bad = [
      null,
      'version: 1.3.0',
      { ...feed('1.3.0'), files: [] },
      feed('1.3.0', '../../evil.exe'),
      feed('1.3.0', 'https://elsewhere.example/x.exe'),
      { ...feed('1.3.0'), files: [{ url: 'Unsit.exe', sha512: 'short', size: 1 }] },
      feed('not-a-version'),
    ];
    for (const data of bad) expect(pickUpdate(data, '1.2.0', '.exe').kind).toBe('invalid');
  });

  it('refuses a feed without a file of the kind this copy installs', () => {
    expect(pickUpdate(feed('1.3.0'), '1.2.0', '.AppImage')).toEqual({
      kind: 'invalid',
      reason: 'the update feed lists no .AppImage file',
    });
  });
});

describe('when to check', () => {
  const now = Date.UTC(2026, 11, 6, 9);
  it('checks at once the first time, then a day after the last check', () => {
    expect(nextCheckAt(null, now)).toBe(now);
    expect(nextCheckAt(now - 3_600_000, now)).toBe(now - 3_600_000 + 86_400_000);
  });
  it('checks at once after the clock was set back past the last check', () => {
    expect(nextCheckAt(now + 86_400_000, now)).toBe(now);
  });
});

describe("the Unsit window's update line", () => {
  it('speaks only of what the user can act on, and of a failure quietly', () => {
    expect(updateLine({ kind: 'current' })).toBeNull();
    expect(updateLine({ kind: 'checking' })).toBeNull();
    expect(updateLine({ kind: 'ready', version: '1.3.0' })).toBe(
      'Unsit 1.3.0 is ready: it installs when Unsit quits.',
    );
    expect(updateLine({ kind: 'available', version: '1.3.0', url: 'https://x' })).toBe(
      'Unsit 1.3.0 is available.',
    );
    expect(updateLine({ kind: 'failed', message: 'no connection' })).toBe(
      'The update check did not work (no connection); it tries again tomorrow.',
    );
  });
});
