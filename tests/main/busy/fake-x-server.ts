import { mkdirSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { dirname } from 'node:path';

/**
 * A pretend X server on a Unix socket, speaking as much of the core protocol as Unsit's client
 * uses: the connection setup (checking the MIT-MAGIC-COOKIE-1 it was given, if any),
 * InternAtom and GetProperty, little-endian only. Windows' properties are set by the test.
 */
export interface FakeXServer {
  /** The root window of each screen. */
  roots: number[];
  /** Sets a 32-bit property (atoms by name, or numbers) on a window; undefined removes it. */
  set(window: number, property: string, value: (string | number)[] | undefined): void;
  /** Requests received, by name, in order ('setup', 'InternAtom _NET_WM_PID', ...). */
  requests: string[];
  /** Connections that reached the server. */
  connections: number;
  /** Settles when the next client connects (an event: no polling). */
  nextConnection(): Promise<void>;
  close(): Promise<void>;
}

export interface FakeXOptions {
  /** The cookie a client must present; null accepts any client (Xvfb without -auth). */
  cookie: Buffer | null;
  screens?: number;
  /** Never answer anything: a hung server. */
  silent?: boolean;
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

function setupReply(roots: number[]): Buffer {
  const vendor = Buffer.from('Fake X server', 'latin1');
  const format = Buffer.alloc(8);
  format.writeUInt8(24, 0);
  format.writeUInt8(32, 1);
  format.writeUInt8(32, 2);
  const screens = roots.map((root, i) => {
    // One screen: 40 bytes, then one depth (8 bytes) with one visual (24 bytes); screens
    // after the first must be walked over by the client, depths and visuals included.
    const screen = Buffer.alloc(40 + 8 + 24);
    screen.writeUInt32LE(root, 0);
    screen.writeUInt16LE(1280 + i, 20);
    screen.writeUInt16LE(1024, 22);
    screen.writeUInt8(24, 38);
    screen.writeUInt8(1, 39);
    screen.writeUInt8(24, 40);
    screen.writeUInt16LE(1, 42);
    screen.writeUInt32LE(0x21, 48);
    return screen;
  });
  const fixed = Buffer.alloc(40);
  const body = Buffer.concat([vendor, Buffer.alloc(pad4(vendor.length)), format, ...screens]);
  fixed.writeUInt8(1, 0);
  fixed.writeUInt16LE(11, 2);
  fixed.writeUInt16LE(0, 4);
  fixed.writeUInt16LE((32 + body.length) / 4, 6);
  fixed.writeUInt32LE(0x200000, 12); // resource id base
  fixed.writeUInt32LE(0x1fffff, 16);
  fixed.writeUInt16LE(vendor.length, 24);
  fixed.writeUInt16LE(0xffff, 26);
  fixed.writeUInt8(roots.length, 28);
  fixed.writeUInt8(1, 29);
  return Buffer.concat([fixed, body]);
}

function refusal(reason: string): Buffer {
  const text = Buffer.from(reason, 'latin1');
  const out = Buffer.alloc(8 + text.length + pad4(text.length));
  out.writeUInt8(0, 0);
  out.writeUInt8(text.length, 1);
  out.writeUInt16LE(11, 2);
  out.writeUInt16LE((text.length + pad4(text.length)) / 4, 6);
  text.copy(out, 8);
  return out;
}

export async function startFakeXServer(
  socketPath: string,
  { cookie, screens = 1, silent = false }: FakeXOptions,
): Promise<FakeXServer> {
  const atoms = new Map<string, number>();
  const atom = (name: string) => {
    if (!atoms.has(name)) atoms.set(name, 100 + atoms.size);
    return atoms.get(name)!;
  };
  const properties = new Map<string, number[]>();
  const roots = Array.from({ length: screens }, (_, i) => 0x500 + i * 0x100);
  const sockets = new Set<Socket>();
  const onConnect: (() => void)[] = [];
  const fake: FakeXServer = {
    roots,
    requests: [],
    connections: 0,
    nextConnection: () => new Promise((resolve) => onConnect.push(resolve)),
    set(window, property, value) {
      const key = `${window}:${atom(property)}`;
      if (value === undefined) properties.delete(key);
      else
        properties.set(
          key,
          value.map((v) => (typeof v === 'string' ? atom(v) : v)),
        );
    },
    close: () =>
      new Promise((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };

  const serve = (socket: Socket) => {
    fake.connections += 1;
    onConnect.splice(0).forEach((resolve) => resolve());
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => undefined);
    let buffered = Buffer.alloc(0);
    let setUp = false;
    let sequence = 0;
    socket.on('data', (chunk: Buffer) => {
      buffered = Buffer.concat([buffered, chunk]);
      if (silent) return;
      if (!setUp) {
        if (buffered.length < 12) return;
        const nameLength = buffered.readUInt16LE(6);
        const dataLength = buffered.readUInt16LE(8);
        const total = 12 + nameLength + pad4(nameLength) + dataLength + pad4(dataLength);
        if (buffered.length < total) return;
        const name = buffered.subarray(12, 12 + nameLength).toString('latin1');
        const dataAt = 12 + nameLength + pad4(nameLength);
        const data = buffered.subarray(dataAt, dataAt + dataLength);
        buffered = buffered.subarray(total);
        fake.requests.push('setup');
        const accepted = cookie === null || (name === 'MIT-MAGIC-COOKIE-1' && data.equals(cookie));
        if (!accepted) {
          socket.end(refusal('Authorization required, but no authorization protocol specified'));
          return;
        }
        setUp = true;
        socket.write(setupReply(roots));
      }
      while (buffered.length >= 4) {
        const length = 4 * buffered.readUInt16LE(2);
        if (buffered.length < length) return;
        const request = buffered.subarray(0, length);
        buffered = buffered.subarray(length);
        sequence = (sequence + 1) & 0xffff;
        const reply = Buffer.alloc(32);
        reply.writeUInt8(1, 0);
        reply.writeUInt16LE(sequence, 2);
        const opcode = request.readUInt8(0);
        if (opcode === 16) {
          const name = request.subarray(8, 8 + request.readUInt16LE(4)).toString('latin1');
          fake.requests.push(`InternAtom ${name}`);
          const onlyIfExists = request.readUInt8(1) === 1;
          reply.writeUInt32LE(onlyIfExists && !atoms.has(name) ? 0 : atom(name), 8);
          socket.write(reply);
        } else if (opcode === 20) {
          const window = request.readUInt32LE(4);
          const property = request.readUInt32LE(8);
          const name = [...atoms].find(([, id]) => id === property)?.[0] ?? String(property);
          fake.requests.push(`GetProperty ${window} ${name}`);
          const known = window >= 0x500;
          if (!known) {
            // BadWindow, as a real server answers for a window that is gone.
            const error = Buffer.alloc(32);
            error.writeUInt8(0, 0);
            error.writeUInt8(3, 1);
            error.writeUInt16LE(sequence, 2);
            error.writeUInt32LE(window, 4);
            socket.write(error);
            continue;
          }
          const words = properties.get(`${window}:${property}`) ?? [];
          const value = Buffer.alloc(4 * words.length);
          words.forEach((w, i) => value.writeUInt32LE(w, 4 * i));
          reply.writeUInt8(words.length ? 32 : 0, 1);
          reply.writeUInt32LE(words.length, 4);
          reply.writeUInt32LE(words.length ? atom('ATOM') : 0, 8);
          reply.writeUInt32LE(words.length, 16);
          socket.write(Buffer.concat([reply, value]));
        } else {
          fake.requests.push(`opcode ${opcode}`);
        }
      }
    });
  };

  mkdirSync(dirname(socketPath), { recursive: true });
  const server: Server = createServer(serve);
  await new Promise<void>((resolve) => server.listen(socketPath, resolve));
  return fake;
}

/** An Xauthority file's bytes: entries of (family, address, display number, name, data). */
export function xauthority(
  entries: { family: number; address: string; number: string; cookie: Buffer }[],
): Buffer {
  const field = (value: Buffer) => {
    const length = Buffer.alloc(2);
    length.writeUInt16BE(value.length);
    return Buffer.concat([length, value]);
  };
  return Buffer.concat(
    entries.flatMap(({ family, address, number, cookie }) => {
      const head = Buffer.alloc(2);
      head.writeUInt16BE(family);
      return [
        head,
        field(Buffer.from(address)),
        field(Buffer.from(number)),
        field(Buffer.from('MIT-MAGIC-COOKIE-1')),
        field(cookie),
      ];
    }),
  );
}
