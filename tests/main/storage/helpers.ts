import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { afterEach } from 'vitest';
import type { OpenStore } from '../../../electron/main/storage/open-store';

/** The real conf package: the file format and atomic writes electron-store uses. */
export const openConf: OpenStore = (options) => new Conf({ ...options, projectName: 'unsit-test' });

/** Local noon on 5 January 2025, so the backup's date is the same in every time zone. */
export const NOW = new Date(2025, 0, 5, 12, 0).getTime();
export const TODAY = '2025-01-05';
export const now = () => NOW;

/** A fresh temporary folder per call, removed after the test. */
export function useTempDirs(): () => string {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'unsit-storage-'));
    made.push(dir);
    return dir;
  };
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, '\t'));
}
