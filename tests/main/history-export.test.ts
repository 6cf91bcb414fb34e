import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportHistory, type HistoryExportOptions } from '../../electron/main/history-export';
import type { WindowLike } from '../../electron/main/windows';
import { useTempDirs } from './storage/helpers';

const tempDir = useTempDirs();
const NOW = new Date(2025, 2, 12, 15, 0).getTime();
const PARENT = { id: 'statistics window' } as unknown as WindowLike;
const CSV = { text: 'date,time\r\n2025-03-12,14:30:00\r\n', rows: 1 };

function exporter(choice: string | null, more: Partial<HistoryExportOptions> = {}) {
  const asked: { parent: WindowLike; name: string }[] = [];
  const options = {
    ...more,
    csv: () => CSV,
    chooseFile: async (parent: WindowLike, name: string) => {
      asked.push({ parent, name });
      return choice;
    },
    now: () => NOW,
  };
  return { run: () => exportHistory(options, PARENT), asked };
}

describe('exporting the history', () => {
  it('suggests a dated name, asks over the window and writes the whole file', async () => {
    const dir = tempDir();
    const path = join(dir, 'my history.csv');
    const { run, asked } = exporter(path);
    expect(await run()).toEqual({ status: 'saved', fileName: 'my history.csv', rows: 1 });
    expect(asked).toEqual([{ parent: PARENT, name: 'unsit-history-2025-03-12.csv' }]);
    expect(readFileSync(path, 'utf8')).toBe(CSV.text);
    expect(readdirSync(dir)).toEqual(['my history.csv']);
  });

  it('replaces an older export whole', async () => {
    const dir = tempDir();
    const path = join(dir, 'history.csv');
    writeFileSync(path, 'an older, longer export\r\n'.repeat(100));
    await exporter(path).run();
    expect(readFileSync(path, 'utf8')).toBe(CSV.text);
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const dir = tempDir();
    expect(await exporter(null).run()).toEqual({ status: 'cancelled' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('says plainly when the file cannot be written, and leaves nothing behind', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'blocker'), '');
    const result = await exporter(join(dir, 'blocker', 'history.csv')).run();
    expect(result).toEqual({
      status: 'failed',
      message: 'Could not save history.csv: folder not writable. Nothing was changed.',
    });
    expect(readdirSync(dir)).toEqual(['blocker']);
  });

  it('on Windows, says the file may be open elsewhere when replacing it is refused', async () => {
    const refused = (code: string) => () => {
      throw Object.assign(new Error(`${code}: operation not permitted, rename`), { code });
    };
    const onWindows = exporter(join(tempDir(), 'history.csv'), {
      platform: 'win32',
      write: refused('EPERM'),
    });
    expect(await onWindows.run()).toEqual({
      status: 'failed',
      message:
        'Could not save history.csv: the file may be open in another program; close it there and try again. Nothing was changed.',
    });
    const busy = exporter(join(tempDir(), 'history.csv'), {
      platform: 'win32',
      write: refused('EBUSY'),
    });
    expect(await busy.run()).toMatchObject({ message: expect.stringContaining('another program') });
    // Elsewhere EPERM is a folder problem, as before.
    const onLinux = exporter('/home/ana/history.csv', {
      platform: 'linux',
      write: refused('EPERM'),
    });
    expect(await onLinux.run()).toEqual({
      status: 'failed',
      message: 'Could not save history.csv: folder not writable. Nothing was changed.',
    });
  });
});
