import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it, vi } from 'vitest';
import {
  busAddress,
  createDBusCaller,
  methodCall,
  parseMessage,
  messageLength,
  socketPath,
  splitSignature,
  type DBusCall,
} from '../../../electron/main/busy/dbus';
import { onPath } from '../../../electron/main/busy/run-command';
import { skipBecause } from '../../skip';

const BUS = {
  destination: 'org.freedesktop.DBus',
  path: '/org/freedesktop/DBus',
  interface: 'org.freedesktop.DBus',
};

describe('the D-Bus wire format', () => {
  it('splits a signature into complete types', () => {
    expect(splitSignature('a(ssssuu)s')).toEqual(['a(ssssuu)', 's']);
    expect(splitSignature('a{sv}ub')).toEqual(['a{sv}', 'u', 'b']);
    expect(splitSignature('')).toEqual([]);
    expect(() => splitSignature('a')).toThrow();
  });

  it('writes a method call that reads back the same, aligned and measured', () => {
    const message = methodCall(
      {
        ...BUS,
        member: 'NameHasOwner',
        signature: 'su',
        body: ['org.kde.StatusNotifierWatcher', 8],
      },
      7,
    );
    expect(messageLength(message)).toBe(message.length);
    expect(messageLength(message.subarray(0, message.length - 1))).toBeNull();
    expect(message.readUInt32LE(8)).toBe(7);
    const parsed = parseMessage(message);
    expect(parsed.type).toBe(1);
    expect(parsed.body).toEqual(['org.kde.StatusNotifierWatcher', 8]);
  });

  it('refuses a body that does not match its signature', () => {
    expect(() => methodCall({ ...BUS, member: 'X', signature: 's', body: [] }, 1)).toThrow();
  });

  it('finds the socket of a bus address', () => {
    expect(socketPath('unix:path=/run/user/1000/bus')).toBe('/run/user/1000/bus');
    expect(socketPath('unix:abstract=/tmp/dbus-Xy12,guid=4f2c')).toBe('\0/tmp/dbus-Xy12');
    expect(socketPath('tcp:host=localhost,port=1;unix:path=/tmp/my%20bus')).toBe('/tmp/my bus');
    expect(socketPath('tcp:host=localhost,port=1')).toBeNull();
    expect(socketPath(undefined)).toBeNull();
    expect(busAddress('system', {})).toBe('/var/run/dbus/system_bus_socket');
    expect(busAddress('session', { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/a/bus' })).toBe('/a/bus');
  });
});

describe('a bus that misbehaves', () => {
  let dir: string;
  let server: Server;
  let onConnection: (socket: Socket) => void;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'unsit-dbus-'));
    server = createServer((socket) => onConnection(socket));
    await new Promise<void>((resolve) => server.listen(join(dir, 'bus'), resolve));
  });
  afterAll(() => {
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });
  afterEach(() => vi.useRealTimers());

  const call: DBusCall = { bus: 'session', ...BUS, member: 'GetId' };
  const caller = () =>
    createDBusCaller({ DBUS_SESSION_BUS_ADDRESS: `unix:path=${join(dir, 'bus')}` });

  it('rejects when the bus refuses to authenticate', async () => {
    onConnection = (socket) => socket.once('data', () => socket.write('REJECTED EXTERNAL\r\n'));
    await expect(caller()(call, { timeoutMs: 10_000 })).rejects.toThrow(/refused/);
  });

  it('rejects when the bus hangs up', async () => {
    onConnection = (socket) => socket.once('data', () => socket.end());
    await expect(caller()(call, { timeoutMs: 10_000 })).rejects.toThrow(/closed/);
  });

  it('gives up after its timeout when the bus never answers', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const connected = new Promise<void>((resolve) => {
      onConnection = () => resolve();
    });
    const pending = caller()(call, { timeoutMs: 2_000 });
    const outcome = pending.then(
      () => 'answered',
      (error: Error) => error.message,
    );
    await connected;
    vi.advanceTimersByTime(1_999);
    await Promise.resolve();
    vi.advanceTimersByTime(1);
    expect(await outcome).toMatch(/timed out/);
  });

  it('rejects at once when there is no bus to call', async () => {
    const none = createDBusCaller({});
    await expect(none(call, { timeoutMs: 10_000 })).rejects.toThrow(/no session bus/);
  });
});

const hasDaemon = process.platform === 'linux' && onPath('dbus-daemon', process.env.PATH, '/');

describe.skipIf(
  skipBecause(!hasDaemon, 'no dbus-daemon here: the client is not tried on a real bus'),
)('a real bus, started for the test', () => {
  let daemon: ChildProcess;
  let address = '';
  beforeAll(async () => {
    daemon = spawn('dbus-daemon', ['--session', '--nofork', '--print-address=1'], {
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    address = await new Promise<string>((resolve, reject) => {
      daemon.stdout!.once('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
      daemon.once('exit', () => reject(new Error('dbus-daemon did not start')));
    });
  });
  afterAll(() => daemon.kill());

  const call = (member: string, more: Partial<DBusCall> = {}) =>
    createDBusCaller({ DBUS_SESSION_BUS_ADDRESS: address })(
      { bus: 'session', ...BUS, member, ...more },
      { timeoutMs: 10_000 },
    );

  it('calls methods and reads strings, booleans, arrays, variants and dictionaries', async () => {
    const [id] = await call('GetId');
    expect(id).toMatch(/^[0-9a-f]{32}$/);
    expect(await call('NameHasOwner', { signature: 's', body: ['org.freedesktop.DBus'] })).toEqual([
      true,
    ]);
    expect(await call('NameHasOwner', { signature: 's', body: ['org.example.Nobody'] })).toEqual([
      false,
    ]);
    const [names] = await call('ListNames');
    expect(names).toContain('org.freedesktop.DBus');
    const [features] = await call('Get', {
      interface: 'org.freedesktop.DBus.Properties',
      signature: 'ss',
      body: ['org.freedesktop.DBus', 'Features'],
    });
    expect(Array.isArray(features)).toBe(true);
    const [credentials] = await call('GetConnectionCredentials', {
      signature: 's',
      body: ['org.freedesktop.DBus'],
    });
    expect(credentials).toContainEqual(['UnixUserID', process.getuid!()]);
  });

  it('rejects with the error the bus answers', async () => {
    await expect(call('NoSuchMethod')).rejects.toThrow('org.freedesktop.DBus.Error.UnknownMethod');
    await expect(
      call('GetId', {
        destination: 'org.example.Nobody',
        path: '/',
        interface: 'org.example.Nobody',
      }),
    ).rejects.toThrow(/ServiceUnknown/);
  });
});
