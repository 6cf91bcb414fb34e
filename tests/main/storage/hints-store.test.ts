import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { createHintsStore } from '../../../electron/main/storage';
import { NOW, useTempDirs } from './helpers';

const tempDir = useTempDirs();
const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'notes.json'), 'utf8')) as unknown;

describe('notes.json: which one-time notes were shown', () => {
  it('starts with nothing shown and writes nothing until a note is', () => {
    const dir = tempDir();
    const notes = createHintsStore({ dir, now: () => NOW });
    expect(notes.wasShown('tray-help')).toBe(false);
    expect(existsSync(join(dir, 'notes.json'))).toBe(false);
  });

  it('remembers a note across a restart, with when it was shown', () => {
    const dir = tempDir();
    createHintsStore({ dir, now: () => NOW }).markShown('tray-help');
    expect(createHintsStore({ dir, now: () => NOW }).wasShown('tray-help')).toBe(true);
    expect(read(dir)).toEqual({
      version: 1,
      shown: { 'tray-help': new Date(NOW).toISOString() },
    });
  });

  it('reads a damaged or foreign file as nothing shown, and replaces it when a note is', () => {
    for (const content of ['{"version": 1, "sho', '[]', '{"version": 1, "shown": "yes"}', '']) {
      const dir = tempDir();
      writeFileSync(join(dir, 'notes.json'), content);
      const notes = createHintsStore({ dir, now: () => NOW });
      expect(notes.wasShown('tray-help')).toBe(false);
      notes.markShown('tray-help');
      expect(createHintsStore({ dir, now: () => NOW }).wasShown('tray-help')).toBe(true);
    }
  });

  it('keeps what a newer Unsit wrote there when it writes the file back', () => {
    const dir = tempDir();
    const newer = {
      version: 2,
      shown: { 'some-later-note': '2030-01-01T00:00:00.000Z' },
      extra: [1],
    };
    writeFileSync(join(dir, 'notes.json'), JSON.stringify(newer));
    createHintsStore({ dir, now: () => NOW }).markShown('tray-help');
    expect(read(dir)).toEqual({
      ...newer,
      shown: { ...newer.shown, 'tray-help': new Date(NOW).toISOString() },
    });
  });

  it('reports a data folder it cannot write to, and keeps the note for this run', () => {
    // A file where the folder should be: no one, root included, can write below it.
    const dir = join(tempDir(), 'not-a-folder');
    writeFileSync(dir, '');
    const onError = vi.fn();
    const notes = createHintsStore({ dir, now: () => NOW, onError });
    notes.markShown('tray-help');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(notes.wasShown('tray-help')).toBe(true);
  });
});
