import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAppRunner, notBuilt } from './stand-in-electron/run-app';

// `--self-test` of the built main process against the stand-in Electron: what the release
// workflow runs on each installed app.
const skipSuite = notBuilt('the self-test of the built main process');
const runner = createAppRunner();
afterAll(runner.cleanUp);

const userFolder = (home: string) => join(home, '.config', 'Unsit');

describe.skipIf(skipSuite)('unsit --self-test', () => {
  it('checks the tray, every window, settings and history, and exits 0', () => {
    const run = runner.runUntilExit(['--self-test']);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout.trim().split('\n')).toEqual([
      'ok tray',
      'ok routine window',
      'ok settings window',
      'ok reminder window',
      'ok statistics window',
      'ok home window',
      'ok Unsit window content',
      'ok settings',
      'ok history',
      'self-test passed',
    ]);
    expect(run.stderr).toBe('');
  });

  it('shows nothing, registers no login item and leaves no data folder behind', () => {
    const run = runner.runUntilExit(['--self-test']);
    expect(run.status).toBe(0);
    expect(run.log.windows).toHaveLength(5);
    expect(run.log.windows.every((window) => window.shown === null)).toBe(true);
    expect(run.log.windows.every((window) => window.options.show === false)).toBe(true);
    expect(run.log.notifications).toEqual([]);
    expect(run.log.loginItem).toBeNull();
    expect(existsSync(join(run.home, '.config', 'autostart'))).toBe(false);
    // Its own temporary folder, removed when it is done; never the user's.
    expect(run.log.userDataPath).not.toBeNull();
    expect(run.log.userDataPath).not.toBe(userFolder(run.home));
    expect(existsSync(run.log.userDataPath ?? '')).toBe(false);
    expect(existsSync(userFolder(run.home))).toBe(false);
  });

  it("leaves the user's own settings and history exactly as they were", () => {
    const files = { 'settings.json': '{"version": 1, "mine": true}', 'history.json': '{"x":1}' };
    const run = runner.runUntilExit(['--self-test'], {}, (home) => {
      mkdirSync(userFolder(home), { recursive: true });
      for (const [name, text] of Object.entries(files))
        writeFileSync(join(userFolder(home), name), text);
    });
    expect(run.status).toBe(0);
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(join(userFolder(run.home), name), 'utf8')).toBe(text);
  });

  it('exits 1 and says on standard output which check failed', () => {
    const run = runner.runUntilExit(['--self-test'], { UNSIT_STANDIN_BROKEN_PAGE: 'statistics' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('FAILED statistics window: the page did not render');
    expect(run.stdout).toContain('ok home window');
    expect(run.stdout.trim().split('\n').at(-1)).toBe('self-test failed');
  });
});
