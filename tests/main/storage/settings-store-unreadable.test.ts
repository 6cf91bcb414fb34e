import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/schema';
import { createSettingsStore } from '../../../electron/main/storage';
import { customSettings } from '../../unit/settings/fixtures';
import { now, openConf, TODAY, useTempDirs, writeJson } from './helpers';

/** Paths whose next read fails as a file locked by another program would (EBUSY on Windows). */
const locked = vi.hoisted(() => new Set<string>());

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readFileSync = ((path: unknown, ...rest: unknown[]) => {
    if (typeof path === 'string' && locked.delete(path)) {
      throw Object.assign(new Error(`EBUSY: resource busy or locked, open '${path}'`), {
        code: 'EBUSY',
      });
    }
    return (fs.readFileSync as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readFileSync;
  return { ...fs, default: { ...fs, readFileSync }, readFileSync };
});

const tempDir = useTempDirs();

describe('settings store when the file could not be read at start', () => {
  it('keeps a copy of the unread file before the first save replaces it', () => {
    const dir = tempDir();
    const path = join(dir, 'settings.json');
    writeJson(path, customSettings());
    const original = readFileSync(path, 'utf8');
    locked.add(path);
    const store = createSettingsStore({ dir, now, openStore: openConf });
    expect(store.get()).toEqual(defaultSettings());
    const changed = defaultSettings();
    changed.reminders.sittingMinutes = 30;
    store.save(changed);
    expect(readFileSync(join(dir, `settings.broken-${TODAY}.json`), 'utf8')).toBe(original);
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual(changed);
  });
});
