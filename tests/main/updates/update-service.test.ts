import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { UpdateState } from '../../../electron/core/updates/update-state';
import { UPDATE_CHECK_INTERVAL_MS } from '../../../electron/core/updates/update-state';
import { createFeedClient } from '../../../electron/main/updates/feed-client';
import {
  createUpdateService,
  type UpdateInstallerPort,
} from '../../../electron/main/updates/update-service';
import { startLocalFeed, type LocalFeed } from './local-feed';

// The update service with Unsit's own feed client against a feed the test serves on 127.0.0.1.
// Time is a number the test moves; timers are a list the test fires.

const START = Date.UTC(2026, 11, 6, 8, 0);
const SETUP = 'Unsit-Setup-1.3.0.exe';

let feed: LocalFeed;
let downloads: string;

beforeEach(async () => {
  feed = await startLocalFeed();
  downloads = mkdtempSync(join(tmpdir(), 'unsit-updates-'));
});
afterEach(async () => {
  await feed.close();
  rmSync(downloads, { recursive: true, force: true });
});

function harness({ installer = true, currentVersion = '1.2.0' } = {}) {
  let now = START;
  let enabled = true;
  let routine = false;
  const timers: { run: () => void; at: number }[] = [];
  const states: UpdateState[] = [];
  const installs: string[] = [];
  const restarts: string[] = [];
  const opened: string[] = [];
  const installerPort: UpdateInstallerPort = {
    installOnQuit: (file) => installs.push(file),
    restartNow: (file) => restarts.push(file),
  };
  const service = createUpdateService({
    client: createFeedClient({
      feedUrl: `${feed.base}/latest/download/latest.yml`,
      fileUrl: (version, name) => `${feed.base}/download/v${version}/${name}`,
      currentVersion,
      extension: '.exe',
      downloadDir: downloads,
      fetch: globalThis.fetch,
      userAgent: `Unsit/${currentVersion}`,
    }),
    installer: installer ? installerPort : null,
    releaseUrl: (version) => `https://example.invalid/releases/tag/v${version}`,
    enabled: () => enabled,
    routinePlaying: () => routine,
    now: () => now,
    setTimer: (run, ms) => {
      const timer = { run, at: now + ms };
      timers.push(timer);
      return timer;
    },
    clearTimer: (handle) => {
      const index = timers.indexOf(handle as (typeof timers)[number]);
      if (index >= 0) timers.splice(index, 1);
    },
    onState: (state) => states.push(state),
    openExternal: (url) => opened.push(url),
  });
  return {
    service,
    states,
    installs,
    restarts,
    opened,
    timers,
    setEnabled: (value: boolean) => (enabled = value),
    setRoutine: (value: boolean) => (routine = value),
    /** Moves the clock and fires the timers that fell due, as the real ones would. */
    async advance(ms: number) {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
      await service.whenIdle();
    },
  };
}

describe('the update service against a local feed', () => {
  it('finds no update when the feed offers this version, and says nothing', async () => {
    feed.publish('1.2.0', 'Unsit-Setup-1.2.0.exe');
    const h = harness();
    await h.service.start();
    expect(h.service.state()).toEqual({ kind: 'current' });
    expect(feed.requests).toEqual(['/latest/download/latest.yml']);
    expect(h.installs).toEqual([]);
  });

  it('downloads a newer version in the background, verifies it and installs it at quit', async () => {
    const bytes = feed.publish('1.3.0', SETUP);
    const h = harness();
    await h.service.start();
    expect(h.states.map((s) => s.kind)).toEqual(['checking', 'downloading', 'ready']);
    expect(h.service.state()).toEqual({ kind: 'ready', version: '1.3.0' });
    expect(feed.requests).toEqual(['/latest/download/latest.yml', `/download/v1.3.0/${SETUP}`]);
    expect(h.installs).toEqual([join(downloads, SETUP)]);
    expect(readFileSync(join(downloads, SETUP)).equals(bytes)).toBe(true);
    expect(h.service.restartToUpdate()).toBe(true);
    expect(h.restarts).toEqual([join(downloads, SETUP)]);
  });

  it('refuses a file whose SHA-512 does not match the feed, deletes it, and says so quietly', async () => {
    feed.publish('1.3.0', SETUP, { serveOther: true });
    const h = harness();
    await h.service.start();
    expect(h.service.state()).toEqual({
      kind: 'failed',
      message: "the download does not match the release's checksum",
    });
    expect(h.installs).toEqual([]);
    expect(readdirSync(downloads)).toEqual([]);
    expect(h.service.restartToUpdate()).toBe(false);
  });

  it('treats a download that breaks off as failed and tries again the next day', async () => {
    feed.publish('1.3.0', SETUP, { breakOff: true });
    const h = harness();
    await h.service.start();
    expect(h.service.state().kind).toBe('failed');
    expect(readdirSync(downloads)).toEqual([]);

    feed.publish('1.3.0', SETUP);
    await h.advance(UPDATE_CHECK_INTERVAL_MS - 60_000);
    expect(feed.requests.filter((r) => r.endsWith('latest.yml'))).toHaveLength(1);
    await h.advance(60_000);
    expect(h.service.state()).toEqual({ kind: 'ready', version: '1.3.0' });
  });

  it('reports an unreachable feed as one quiet line', async () => {
    const h = harness();
    await feed.close();
    await h.service.start();
    expect(h.service.state()).toEqual({ kind: 'failed', message: 'no connection' });
  });

  it('never offers a prerelease', async () => {
    feed.publish('1.3.0-beta.1', 'Unsit-Setup-1.3.0-beta.1.exe');
    const h = harness();
    await h.service.start();
    expect(h.service.state()).toEqual({ kind: 'current' });
    expect(feed.requests).toEqual(['/latest/download/latest.yml']);
  });

  it('only links to the release where this copy cannot update itself', async () => {
    feed.publish('1.3.0', SETUP);
    const h = harness({ installer: false });
    await h.service.start();
    expect(h.service.state()).toEqual({
      kind: 'available',
      version: '1.3.0',
      url: 'https://example.invalid/releases/tag/v1.3.0',
    });
    expect(feed.requests).toEqual(['/latest/download/latest.yml']);
    expect(readdirSync(downloads)).toEqual([]);
    h.service.openReleasePage();
    expect(h.opened).toEqual(['https://example.invalid/releases/tag/v1.3.0']);
    expect(h.service.restartToUpdate()).toBe(false);
  });

  it('with the setting off, makes no request at all, however long it runs', async () => {
    feed.publish('1.3.0', SETUP);
    const h = harness();
    h.setEnabled(false);
    await h.service.start();
    await h.advance(3 * UPDATE_CHECK_INTERVAL_MS);
    expect(feed.requests).toEqual([]);
    expect(h.service.state()).toEqual({ kind: 'off' });
    expect(h.timers).toEqual([]);

    h.setEnabled(true);
    await h.service.settingsChanged();
    expect(feed.requests).toHaveLength(2);
    expect(h.service.state().kind).toBe('ready');
  });

  it('never starts a check while a routine plays; it runs when the routine ends', async () => {
    feed.publish('1.3.0', SETUP);
    const h = harness();
    h.setRoutine(true);
    await h.service.start();
    await h.advance(2 * UPDATE_CHECK_INTERVAL_MS);
    expect(feed.requests).toEqual([]);

    h.setRoutine(false);
    await h.service.routineEnded();
    expect(feed.requests[0]).toBe('/latest/download/latest.yml');
    expect(h.service.state().kind).toBe('ready');
  });

  it('checks at most once a day', async () => {
    feed.publish('1.2.0', 'Unsit-Setup-1.2.0.exe');
    const h = harness();
    await h.service.start();
    await h.service.settingsChanged();
    await h.service.routineEnded();
    await h.advance(12 * 60 * 60 * 1000);
    expect(feed.requests).toHaveLength(1);
    await h.advance(12 * 60 * 60 * 1000);
    expect(feed.requests).toHaveLength(2);
  });

  it('refuses a feed that is not one, without touching anything', async () => {
    const h = harness();
    await h.service.start();
    expect(h.service.state()).toEqual({
      kind: 'failed',
      message: 'the update feed answered 404',
    });
    expect(existsSync(join(downloads, SETUP))).toBe(false);
  });
});
