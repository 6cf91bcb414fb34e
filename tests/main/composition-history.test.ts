import { HOME_SIZE } from '../../electron/main/windows';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../electron/core/ipc/contract';
import { defaultSettings } from '../../electron/core/settings/schema';
import { createAppRunner, notBuilt, steps, type Run } from './stand-in-electron/run-app';

// The built main process with a damaged or newer history file in its data folder: both windows
// that show the history tell the user. A child Node process runs against the stand-in Electron;
// the limits only stop a hung run.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
const skipSuite = notBuilt('the built main process, with a troubled history');
const runner = createAppRunner();
afterAll(runner.cleanUp);

type NoticeReply = { result?: { historyNotice: string | null }; error?: string };

function withHistory(text: string) {
  return runner.run([], {
    prepare(dirs) {
      mkdirSync(dirs.userData, { recursive: true });
      writeFileSync(join(dirs.userData, 'settings.json'), JSON.stringify(defaultSettings()));
      writeFileSync(join(dirs.userData, 'history.json'), text);
    },
    scenario: [
      { secondInstance: ['/usr/bin/unsit'] },
      { invoke: CHANNELS.getHome, from: 'home' },
      { invoke: CHANNELS.runHomeCommand, from: 'home', args: ['open-statistics'] },
      { invoke: CHANNELS.getStatistics, from: 'statistics' },
      { openWindows: true },
    ],
  });
}

describe.skipIf(skipSuite)('the built main process, with a troubled history', () => {
  describe('a damaged history file', () => {
    let run: Run;
    beforeAll(() => {
      run = withHistory('{"version":3,"records":[{"at":"2026-12-0');
    });

    it('keeps the file aside and says where, in the Unsit window and the statistics window', () => {
      const copies = readdirSync(run.userData).filter((name) => name.startsWith('history.broken-'));
      expect(copies).toHaveLength(1);
      expect(readFileSync(join(run.userData, copies[0] as string), 'utf8')).toContain('"records"');
      const [home, , statistics] = steps<NoticeReply>(run, 'invoke');
      expect(home?.result?.historyNotice).toContain(`a copy was kept as ${copies[0]}`);
      expect(statistics?.error).toBeUndefined();
      expect(statistics?.result?.historyNotice).toBe(home?.result?.historyNotice);
    });

    it('opens the Unsit window taller, so the notice fits', () => {
      expect(run.log.windows[0]?.options.height).toBeGreaterThan(HOME_SIZE.height);
    });
  });

  describe('a history written by a newer version', () => {
    let run: Run;
    const newer = JSON.stringify({ version: 9, goals: [], records: [], moods: ['fine'] });
    beforeAll(() => {
      run = withHistory(newer);
    });

    it('is left exactly as it was, and both windows say it is only read', () => {
      expect(readFileSync(join(run.userData, 'history.json'), 'utf8')).toBe(newer);
      const [home, , statistics] = steps<NoticeReply>(run, 'invoke');
      expect(home?.result?.historyNotice).toContain('saved by a newer version of Unsit');
      expect(statistics?.result?.historyNotice).toBe(home?.result?.historyNotice);
    });
  });
});
