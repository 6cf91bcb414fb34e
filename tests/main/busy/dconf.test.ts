import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findBoolean, readDconfBoolean } from '../../../electron/main/busy/dconf';
import { onPath } from '../../../electron/main/busy/run-command';
import { skipBecause } from '../../skip';
import { DCONF_BANNERS_BYTE, dconfDb } from './fakes';

const KEY = '/org/gnome/desktop/notifications/show-banners';

describe("dconf's database, read without gsettings", () => {
  it('finds the boolean by its full path', () => {
    expect(findBoolean(dconfDb({ showBanners: false }), KEY)).toBe(false);
    expect(findBoolean(dconfDb({ showBanners: true }), KEY)).toBe(true);
  });

  it('answers null for a key that is not there, or one that is not a boolean', () => {
    const db = dconfDb({ showBanners: false });
    expect(findBoolean(db, '/org/gnome/desktop/notifications/show-in-lock-screen')).toBeNull();
    expect(findBoolean(db, '/org/gnome/desktop/interface/clock-format')).toBeNull();
    expect(findBoolean(db, 'show-banners')).toBeNull();
  });

  it('answers null for a file that is not a dconf database, or is cut short', () => {
    const db = dconfDb({ showBanners: false });
    expect(findBoolean(Buffer.from('[org/gnome]\nshow-banners=false\n'), KEY)).toBeNull();
    expect(findBoolean(db.subarray(0, 100), KEY)).toBeNull();
    expect(findBoolean(db.subarray(0, DCONF_BANNERS_BYTE), KEY)).toBeNull();
    expect(readDconfBoolean('/nonexistent/dconf/user', KEY)).toBeNull();
  });
});

const canWrite =
  process.platform === 'linux' &&
  ['gsettings', 'dbus-run-session'].every((tool) => onPath(tool, process.env.PATH, '/'));

describe.skipIf(
  skipBecause(!canWrite, 'gsettings or dbus-run-session missing: no real dconf database to read'),
)('a database written by dconf on this machine', () => {
  const homes: string[] = [];
  afterEach(() => homes.splice(0).forEach((h) => rmSync(h, { recursive: true, force: true })));

  function setBanners(home: string, value: boolean) {
    const result = spawnSync(
      'dbus-run-session',
      ['--', 'gsettings', 'set', 'org.gnome.desktop.notifications', 'show-banners', String(value)],
      {
        env: { ...process.env, HOME: home, XDG_CONFIG_HOME: join(home, '.config') },
        timeout: 20_000,
      },
    );
    return result.status === 0;
  }

  it('reads what gsettings wrote, both ways', (context) => {
    const home = mkdtempSync(join(tmpdir(), 'unsit-dconf-'));
    homes.push(home);
    const db = join(home, '.config', 'dconf', 'user');
    if (!setBanners(home, false)) {
      console.log('skipped: gsettings could not write through dconf here');
      context.skip();
    }
    expect(readDconfBoolean(db, KEY)).toBe(false);
    expect(setBanners(home, true)).toBe(true);
    expect(readDconfBoolean(db, KEY)).toBe(true);
  });
});
