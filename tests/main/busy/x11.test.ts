import { hostname } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { linuxFullScreen, type LinuxBusyDeps } from '../../../electron/main/busy/linux';
import {
  findCookie,
  localDisplay,
  readActiveWindow,
  type LocalDisplay,
} from '../../../electron/main/busy/x11';
import { startFakeXServer, xauthority, type FakeXServer } from './fake-x-server';
import { FAKE_PATH, FakeRoot, fakeDBus, fakeRun } from './fakes';

const UNSIT = 5000;
const COOKIE = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
const roots: FakeRoot[] = [];
const servers: FakeXServer[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(servers.splice(0).map((s) => s.close()));
  roots.splice(0).forEach((r) => r.remove());
});

/** A root with Unsit's process, an X server on display :0 and the person's Xauthority. */
async function desktop(
  options: { cookie?: Buffer | null; screens?: number; silent?: boolean } = {},
) {
  const root = new FakeRoot();
  roots.push(root);
  root.process(UNSIT, { comm: 'unsit' });
  root.file(
    'home/u/.Xauthority',
    xauthority([
      { family: 256, address: 'elsewhere', number: '0', cookie: Buffer.alloc(16, 7) },
      { family: 256, address: hostname(), number: '0', cookie: COOKIE },
    ]),
  );
  const display = localDisplay(':0', root.dir)!;
  const server = await startFakeXServer(display.socket, {
    cookie: options.cookie === undefined ? COOKIE : options.cookie,
    screens: options.screens,
    silent: options.silent,
  });
  servers.push(server);
  return { root, display, server };
}

function deps(root: FakeRoot, env: LinuxBusyDeps['env']): LinuxBusyDeps {
  const run = fakeRun({});
  return {
    run: run.run,
    dbus: fakeDBus({}).dbus,
    root: root.dir,
    env: { PATH: FAKE_PATH, HOME: '/home/u', XDG_SESSION_TYPE: 'x11', DISPLAY: ':0', ...env },
    ownPids: () => [UNSIT],
  };
}

const WINDOW = 0x3a00007;

describe('full screen over the X11 socket, no process started', () => {
  it('is busy while the active window is full screen, and not once it leaves full screen', async () => {
    const { root, server } = await desktop();
    // xprop is on the PATH, but a local display never needs it: no command may run.
    root.tool('xprop');
    const ran = fakeRun({});
    const detector = linuxFullScreen({ ...deps(root, {}), run: ran.run });
    server.set(server.roots[0]!, '_NET_ACTIVE_WINDOW', [WINDOW]);
    server.set(0x600, '_NET_WM_STATE', ['_NET_WM_STATE_FULLSCREEN']);
    server.set(WINDOW, '_NET_WM_STATE', ['_NET_WM_STATE_FOCUSED', '_NET_WM_STATE_FULLSCREEN']);
    server.set(WINDOW, '_NET_WM_PID', [3012]);
    expect(await detector.supported()).toBe(true);
    expect(await detector.probe()).toBe(true);
    server.set(WINDOW, '_NET_WM_STATE', ['_NET_WM_STATE_MAXIMIZED_VERT']);
    expect(await detector.probe()).toBe(false);
    server.set(WINDOW, '_NET_WM_STATE', undefined);
    expect(await detector.probe()).toBe(false);
    expect(ran.calls).toEqual([]);
    // One connection per probe, each reading state only: interns and property reads.
    expect(server.connections).toBe(3);
    expect(new Set(server.requests.map((r) => r.split(' ')[0]))).toEqual(
      new Set(['setup', 'InternAtom', 'GetProperty']),
    );
  });

  it("never counts Unsit's own full-screen routine view", async () => {
    const { root, server } = await desktop();
    root.process(5003, { ppid: UNSIT, comm: 'unsit' });
    server.set(server.roots[0]!, '_NET_ACTIVE_WINDOW', [WINDOW]);
    server.set(WINDOW, '_NET_WM_STATE', ['_NET_WM_STATE_FULLSCREEN']);
    server.set(WINDOW, '_NET_WM_PID', [5003]);
    expect(await linuxFullScreen(deps(root, {})).probe()).toBe(false);
  });

  it('answers "not busy" with no window manager, no active window, or a window that is gone', async () => {
    const { root, server } = await desktop();
    const detector = linuxFullScreen(deps(root, {}));
    // Nobody has ever named an active window: the atom does not exist yet.
    expect(await detector.probe()).toBe(false);
    expect(server.requests).not.toContain(`GetProperty ${server.roots[0]} _NET_ACTIVE_WINDOW`);
    server.set(server.roots[0]!, '_NET_ACTIVE_WINDOW', [0]);
    expect(await detector.probe()).toBe(false);
    server.set(server.roots[0]!, '_NET_ACTIVE_WINDOW', [0x42]); // BadWindow from the server
    server.set(0x42, '_NET_WM_STATE', ['_NET_WM_STATE_FULLSCREEN']);
    expect(await detector.probe()).toBe(false);
  });

  it('presents the cookie for this host and display, and is refused without it', async () => {
    const { root, server } = await desktop();
    server.set(server.roots[0]!, '_NET_ACTIVE_WINDOW', [WINDOW]);
    server.set(WINDOW, '_NET_WM_STATE', ['_NET_WM_STATE_FULLSCREEN']);
    expect(await linuxFullScreen(deps(root, {})).probe()).toBe(true);
    root.file(
      'home/u/other',
      xauthority([{ family: 65535, address: '', number: '', cookie: COOKIE }]),
    );
    expect(await linuxFullScreen(deps(root, { XAUTHORITY: '/home/u/other' })).probe()).toBe(true);
    root.file(
      'home/u/wrong',
      xauthority([{ family: 256, address: hostname(), number: '1', cookie: COOKIE }]),
    );
    expect(await linuxFullScreen(deps(root, { XAUTHORITY: '/home/u/wrong' })).probe()).toBe(false);
    expect(await linuxFullScreen(deps(root, { XAUTHORITY: '/home/u/missing' })).probe()).toBe(
      false,
    );
  });

  it('reads the root window of the screen $DISPLAY names', async () => {
    const { root, server } = await desktop({ screens: 2 });
    server.set(server.roots[0]!, '_NET_ACTIVE_WINDOW', [0x700]);
    server.set(server.roots[1]!, '_NET_ACTIVE_WINDOW', [WINDOW]);
    server.set(WINDOW, '_NET_WM_STATE', ['_NET_WM_STATE_FULLSCREEN']);
    expect(await linuxFullScreen(deps(root, { DISPLAY: ':0.1' })).probe()).toBe(true);
    expect(await linuxFullScreen(deps(root, { DISPLAY: ':0.0' })).probe()).toBe(false);
    expect(await linuxFullScreen(deps(root, { DISPLAY: ':0.2' })).probe()).toBe(false);
  });

  it('gives up on a server that never answers once the time limit passes', async () => {
    const { display, server } = await desktop({ cookie: null, silent: true });
    const connected = server.nextConnection();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const reading = readActiveWindow({ display, auth: null, timeoutMs: 2000 });
    const settled = vi.fn();
    reading.then(settled, settled);
    await connected;
    await vi.advanceTimersByTimeAsync(1999);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await expect(reading).rejects.toThrow(/did not answer/);
  });

  it('falls back on xprop only where the display has no local socket', async () => {
    const root = new FakeRoot();
    roots.push(root);
    root.tool('xprop');
    const ran = fakeRun({
      'xprop -root _NET_ACTIVE_WINDOW': '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n',
    });
    const remote = linuxFullScreen({ ...deps(root, { DISPLAY: 'host:10.0' }), run: ran.run });
    expect(await remote.supported()).toBe(true);
    expect(await remote.probe()).toBe(false);
    expect(ran.calls).toEqual(['xprop -root _NET_ACTIVE_WINDOW']);
  });
});

describe('reading $DISPLAY and the Xauthority file', () => {
  it('knows local displays and their socket, and leaves remote ones alone', () => {
    const expected: LocalDisplay = { number: '1', screen: 2, socket: '/tmp/.X11-unix/X1' };
    expect(localDisplay(':1.2')).toEqual(expected);
    expect(localDisplay('unix:0')).toEqual({ number: '0', screen: 0, socket: '/tmp/.X11-unix/X0' });
    expect(localDisplay('localhost:10.0')).toBeNull();
    expect(localDisplay('')).toBeNull();
    expect(localDisplay(undefined)).toBeNull();
    expect(localDisplay(':0', '/r')?.socket).toBe(join('/r', 'tmp/.X11-unix/X0'));
  });

  it('picks the entry for this host and display, and stops at a damaged file', () => {
    const file = xauthority([
      { family: 256, address: 'other', number: '0', cookie: Buffer.alloc(16, 1) },
      { family: 256, address: 'me', number: '1', cookie: Buffer.alloc(16, 2) },
      { family: 256, address: 'me', number: '0', cookie: Buffer.alloc(16, 3) },
    ]);
    expect(findCookie(file, '0', 'me')?.data).toEqual(Buffer.alloc(16, 3));
    expect(findCookie(file, '1', 'me')?.data).toEqual(Buffer.alloc(16, 2));
    expect(findCookie(file, '2', 'me')).toBeNull();
    expect(findCookie(file.subarray(0, file.length - 5), '0', 'me')).toBeNull();
    expect(findCookie(Buffer.from([1]), '0', 'me')).toBeNull();
  });
});
