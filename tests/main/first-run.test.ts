import { describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../electron/core/settings/schema';
import { completeFirstRun, isFirstRun } from '../../electron/main/first-run';
import { createSettingsStore } from '../../electron/main/storage';
import { now, openConf, useTempDirs } from './storage/helpers';

const tempDir = useTempDirs();

describe('the first start', () => {
  it('is the first start until settings were saved once, and only then', () => {
    const dir = tempDir();
    expect(isFirstRun(dir)).toBe(true);
    const settings = createSettingsStore({ dir, now, openStore: openConf });
    // Opening the store reads it; only the save marks the first start as done.
    expect(isFirstRun(dir)).toBe(true);
    completeFirstRun(settings, vi.fn());
    expect(isFirstRun(dir)).toBe(false);
    expect(createSettingsStore({ dir, now, openStore: openConf }).get()).toEqual(defaultSettings());
  });

  it('runs on when the defaults cannot be saved, and reports why', () => {
    const failure = new Error('disk full');
    const onError = vi.fn();
    const settings = {
      get: defaultSettings,
      save: () => {
        throw failure;
      },
    };
    expect(() => completeFirstRun(settings, onError)).not.toThrow();
    expect(onError).toHaveBeenCalledWith(failure);
  });
});
