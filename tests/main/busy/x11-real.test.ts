import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linuxFullScreen } from '../../../electron/main/busy/linux';
import { onPath } from '../../../electron/main/busy/run-command';
import { localDisplay, readActiveWindow } from '../../../electron/main/busy/x11';
import { skipBecause } from '../../skip';
import { xauthority } from './fake-x-server';
import { fakeDBus, fakeRun } from './fakes';

// Unsit's X11 client against a real X server (Xvfb) that demands a cookie, where the machine
// has one. xprop, a client of its own, plays the window manager: it names an active window and
// sets that window's state, as GNOME's or KDE's window manager would.
const XVFB = '/usr/bin/Xvfb';
const missing =
  process.platform !== 'linux' || !existsSync(XVFB) || !onPath('xprop', process.env.PATH, '/');

describe.skipIf(
  skipBecause(missing, 'no Xvfb or xprop here: the X11 client is not tried for real'),
)('the X11 client against Xvfb', () => {
  const dir = mkdtempSync(join(tmpdir(), 'unsit-x11-'));
  const authFile = join(dir, 'Xauthority');
  const cookie = randomBytes(16);
  let server: ChildProcess;
  let display = '';

  beforeAll(async () => {
    writeFileSync(authFile, xauthority([{ family: 65535, address: '', number: '', cookie }]));
    // -displayfd: Xvfb picks a free display and writes its number once it accepts clients.
    // -noreset: the properties set below outlive the xprop client that set them.
    server = spawn(XVFB, ['-displayfd', '3', '-auth', authFile, '-nolisten', 'tcp', '-noreset'], {
      stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
    });
    const number = await new Promise<string>((resolve, reject) => {
      let text = '';
      server.stdio[3]!.on('data', (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes('\n')) resolve(text.trim());
      });
      server.once('exit', () => reject(new Error('Xvfb exited before it was ready')));
    });
    display = `:${number}`;
  });
  afterAll(() => {
    server?.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  const xprop = (...args: string[]) =>
    execFileSync('xprop', ['-display', display, '-root', ...args], {
      env: { ...process.env, XAUTHORITY: authFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const detector = (env: Record<string, string>) =>
    linuxFullScreen({
      run: fakeRun({}).run,
      dbus: fakeDBus({}).dbus,
      root: '/',
      env: { PATH: process.env.PATH, XDG_SESSION_TYPE: 'x11', DISPLAY: display, ...env },
      ownPids: () => [process.pid],
    });

  it('connects with the cookie, and reads whether the active window is full screen', async () => {
    const local = localDisplay(display)!;
    const before = await readActiveWindow({
      display: local,
      auth: { name: 'MIT-MAGIC-COOKIE-1', data: cookie },
      timeoutMs: 5000,
    });
    expect(before).toEqual({
      root: expect.any(Number),
      window: null,
      fullScreen: false,
      pid: null,
    });
    expect(await detector({ XAUTHORITY: authFile }).probe()).toBe(false);

    // The root window plays the active window: Xvfb has no other without a client keeping one.
    const root = before.root;
    xprop('-f', '_NET_ACTIVE_WINDOW', '32x', '-set', '_NET_ACTIVE_WINDOW', String(root));
    xprop('-f', '_NET_WM_STATE', '32a', '-set', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN');
    xprop('-f', '_NET_WM_PID', '32c', '-set', '_NET_WM_PID', '999999');
    expect(await detector({ XAUTHORITY: authFile }).probe()).toBe(true);
    // The same window as Unsit's own: never busy.
    xprop('-f', '_NET_WM_PID', '32c', '-set', '_NET_WM_PID', String(process.pid));
    expect(await detector({ XAUTHORITY: authFile }).probe()).toBe(false);
    xprop('-f', '_NET_WM_PID', '32c', '-set', '_NET_WM_PID', '999999');
    xprop('-f', '_NET_WM_STATE', '32a', '-set', '_NET_WM_STATE', '_NET_WM_STATE_ABOVE');
    expect(await detector({ XAUTHORITY: authFile }).probe()).toBe(false);
  });

  it('is refused without the cookie, and then answers "not busy"', async () => {
    const wrong = join(dir, 'wrong');
    writeFileSync(
      wrong,
      xauthority([{ family: 65535, address: '', number: '', cookie: randomBytes(16) }]),
    );
    await expect(
      readActiveWindow({ display: localDisplay(display)!, auth: null, timeoutMs: 5000 }),
    ).rejects.toThrow(/refused/);
    expect(await detector({ XAUTHORITY: wrong }).probe()).toBe(false);
  });
});
