import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { join } from 'node:path';

/**
 * A minimal X11 client over the display's Unix socket, for one question: is the active window
 * full screen, and whose is it? Starting `xprop` twice per probe costs more CPU than a probe may
 * (docs/decisions.md, "Busy detectors"); speaking the protocol ourselves costs a connection and
 * a few small requests. Only what that needs: connection setup (with MIT-MAGIC-COOKIE-1 from
 * the Xauthority file when there is one), InternAtom and GetProperty, little-endian. It reads
 * window properties only: never a window's content, never input.
 */

/** Where a local display listens, from $DISPLAY (":0", ":1.0", "unix:0"); null for others. */
export interface LocalDisplay {
  number: string;
  screen: number;
  socket: string;
}

export function localDisplay(display: string | undefined, root = '/'): LocalDisplay | null {
  const match = /^(?:unix)?:(\d+)(?:\.(\d+))?$/.exec(display ?? '');
  if (!match) return null; // a remote host or TCP: not spoken here
  return {
    number: match[1]!,
    screen: Number(match[2] ?? 0),
    socket: join(root, 'tmp', '.X11-unix', `X${match[1]}`),
  };
}

export interface XAuth {
  name: string;
  data: Buffer;
}

const FAMILY_LOCAL = 256;
const FAMILY_WILD = 65535;
const COOKIE = 'MIT-MAGIC-COOKIE-1';

/**
 * The MIT-MAGIC-COOKIE-1 entry for this display in an Xauthority file (a list of entries:
 * family, address, display number, auth name, auth data; each a big-endian 16-bit length and
 * its bytes). A local entry must name this host; a wild one matches any. Null when there is
 * none, or the file cannot be read: the connection is then tried without authorisation.
 */
export function findCookie(file: Buffer, displayNumber: string, hostname: string): XAuth | null {
  let at = 0;
  const field = (): Buffer | null => {
    if (at + 2 > file.length) return null;
    const length = file.readUInt16BE(at);
    if (at + 2 + length > file.length) return null;
    const value = file.subarray(at + 2, at + 2 + length);
    at += 2 + length;
    return value;
  };
  while (at + 2 <= file.length) {
    const family = file.readUInt16BE(at);
    at += 2;
    const address = field();
    const number = field();
    const name = field();
    const data = field();
    if (!address || !number || !name || !data) return null;
    const hostMatches =
      family === FAMILY_WILD || (family === FAMILY_LOCAL && address.toString() === hostname);
    const numberMatches = number.length === 0 || number.toString() === displayNumber;
    if (hostMatches && numberMatches && name.toString() === COOKIE) {
      return { name: COOKIE, data: Buffer.from(data) };
    }
  }
  return null;
}

/** Reads $XAUTHORITY, else ~/.Xauthority; null when neither can be read. */
export function readXAuthority(env: Record<string, string | undefined>, root = '/'): Buffer | null {
  const path = env.XAUTHORITY || (env.HOME ? join(env.HOME, '.Xauthority') : null);
  if (!path) return null;
  try {
    return readFileSync(join(root, path));
  } catch {
    return null;
  }
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/** The connection setup request: little-endian, protocol 11.0, the auth name and data. */
export function setupRequest(auth: XAuth | null): Buffer {
  const name = Buffer.from(auth?.name ?? '', 'latin1');
  const data = auth?.data ?? Buffer.alloc(0);
  const out = Buffer.alloc(12 + name.length + pad4(name.length) + data.length + pad4(data.length));
  out.write('l', 0, 'latin1');
  out.writeUInt16LE(11, 2);
  out.writeUInt16LE(0, 4);
  out.writeUInt16LE(name.length, 6);
  out.writeUInt16LE(data.length, 8);
  name.copy(out, 12);
  data.copy(out, 12 + name.length + pad4(name.length));
  return out;
}

/**
 * The root window of `screen` in a successful setup reply: after the 40-byte fixed part come the
 * vendor string (padded), the pixmap formats (8 bytes each), then the screens, each 40 bytes
 * followed by its depths and their visuals.
 */
export function rootWindow(reply: Buffer, screen: number): number | null {
  if (reply.length < 40) return null;
  const vendorLength = reply.readUInt16LE(24);
  const screens = reply.readUInt8(28);
  const formats = reply.readUInt8(29);
  if (screen >= screens) return null;
  let at = 40 + vendorLength + pad4(vendorLength) + 8 * formats;
  for (let s = 0; s < screen; s += 1) {
    if (at + 40 > reply.length) return null;
    const depths = reply.readUInt8(at + 39);
    at += 40;
    for (let d = 0; d < depths; d += 1) {
      if (at + 8 > reply.length) return null;
      at += 8 + 24 * reply.readUInt16LE(at + 2);
    }
  }
  return at + 4 <= reply.length ? reply.readUInt32LE(at) : null;
}

const INTERN_ATOM = 16;
const GET_PROPERTY = 20;
/** The most of a property read: 64 atoms of window state is far more than any window has. */
const MAX_PROPERTY_WORDS = 64;
const MAX_SETUP_BYTES = 1024 * 1024;

export function internAtomRequest(name: string): Buffer {
  const bytes = Buffer.from(name, 'latin1');
  const out = Buffer.alloc(8 + bytes.length + pad4(bytes.length));
  out.writeUInt8(INTERN_ATOM, 0);
  out.writeUInt8(1, 1); // only-if-exists: never creates an atom on the server
  out.writeUInt16LE(out.length / 4, 2);
  out.writeUInt16LE(bytes.length, 4);
  bytes.copy(out, 8);
  return out;
}

export function getPropertyRequest(window: number, property: number): Buffer {
  const out = Buffer.alloc(24);
  out.writeUInt8(GET_PROPERTY, 0);
  out.writeUInt8(0, 1); // delete: no
  out.writeUInt16LE(6, 2);
  out.writeUInt32LE(window, 4);
  out.writeUInt32LE(property, 8);
  out.writeUInt32LE(0, 12); // any type
  out.writeUInt32LE(0, 16);
  out.writeUInt32LE(MAX_PROPERTY_WORDS, 20);
  return out;
}

/** A GetProperty reply's value as 32-bit items (atoms, windows, cardinals); [] for others. */
export function propertyWords(reply: Buffer): number[] {
  if (reply.readUInt8(1) !== 32) return [];
  const count = reply.readUInt32LE(16);
  const words: number[] = [];
  for (let i = 0; i < count && 32 + 4 * i + 4 <= reply.length; i += 1) {
    words.push(reply.readUInt32LE(32 + 4 * i));
  }
  return words;
}

/** One connection: requests answered in order, each by its reply (or an error, which rejects). */
class Connection {
  private buffered = Buffer.alloc(0);
  private setup: ((reply: Buffer | Error) => void) | null = null;
  private waiting: { sequence: number; settle: (reply: Buffer | Error) => void }[] = [];
  private sequence = 0;
  private failed: Error | null = null;

  constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => this.receive(chunk));
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('the X server closed the connection')));
  }

  start(auth: XAuth | null): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      this.setup = (reply) => (reply instanceof Error ? reject(reply) : resolve(reply));
      this.socket.write(setupRequest(auth));
    });
  }

  request(bytes: Buffer): Promise<Buffer> {
    if (this.failed) return Promise.reject(this.failed);
    this.sequence = (this.sequence + 1) & 0xffff;
    const sequence = this.sequence;
    return new Promise((resolve, reject) => {
      this.waiting.push({
        sequence,
        settle: (reply) => (reply instanceof Error ? reject(reply) : resolve(reply)),
      });
      this.socket.write(bytes);
    });
  }

  close() {
    this.socket.destroy();
  }

  private fail(error: Error) {
    this.failed ??= error;
    this.setup?.(error);
    this.setup = null;
    this.waiting.splice(0).forEach((w) => w.settle(error));
  }

  private receive(chunk: Buffer) {
    this.buffered = Buffer.concat([this.buffered, chunk]);
    if (this.setup) {
      if (this.buffered.length < 8) return;
      const total = 8 + 4 * this.buffered.readUInt16LE(6);
      if (total > MAX_SETUP_BYTES) return this.fail(new Error('setup reply too long'));
      if (this.buffered.length < total) return;
      const reply = this.buffered.subarray(0, total);
      this.buffered = this.buffered.subarray(total);
      const settle = this.setup;
      this.setup = null;
      const status = reply.readUInt8(0);
      if (status !== 1) {
        const reason = reply.subarray(8, 8 + reply.readUInt8(1)).toString('latin1');
        settle(new Error(`the X server refused the connection: ${reason || status}`));
        return this.close();
      }
      settle(reply);
    }
    while (this.buffered.length >= 32) {
      const kind = this.buffered.readUInt8(0);
      const total = kind === 1 ? 32 + 4 * this.buffered.readUInt32LE(4) : 32;
      if (total > MAX_SETUP_BYTES) return this.fail(new Error('reply too long'));
      if (this.buffered.length < total) return;
      const message = this.buffered.subarray(0, total);
      this.buffered = this.buffered.subarray(total);
      if (kind > 1) continue; // an event: none is asked for; passed over
      const sequence = message.readUInt16LE(2);
      const index = this.waiting.findIndex((w) => w.sequence === sequence);
      if (index < 0) continue;
      const [waiter] = this.waiting.splice(index, 1);
      waiter!.settle(
        kind === 1 ? message : new Error(`X error ${message.readUInt8(1)} on a request`),
      );
    }
  }
}

export interface ActiveWindow {
  /** The screen's root window, where the window manager names the active one. */
  root: number;
  /** The active window, or null when the window manager names none. */
  window: number | null;
  fullScreen: boolean;
  /** The process that owns it (_NET_WM_PID), when the window says. */
  pid: number | null;
}

export interface X11Options {
  display: LocalDisplay;
  auth: XAuth | null;
  timeoutMs: number;
}

/**
 * Connects, asks the window manager's `_NET_ACTIVE_WINDOW` on the root window, then that
 * window's `_NET_WM_STATE` and `_NET_WM_PID`, and disconnects. Rejects when the display cannot
 * be reached, refuses us, or takes longer than `timeoutMs`.
 */
export async function readActiveWindow({
  display,
  auth,
  timeoutMs,
}: X11Options): Promise<ActiveWindow> {
  const socket = connect({ path: display.socket });
  const connection = new Connection(socket);
  const timer = setTimeout(
    () => socket.destroy(new Error('the X server did not answer in time')),
    timeoutMs,
  );
  try {
    const setup = await connection.start(auth);
    const root = rootWindow(setup, display.screen);
    if (root === null) throw new Error('the X server has no such screen');
    const [active = 0, state = 0, fullScreen = 0, pid = 0] = await Promise.all(
      ['_NET_ACTIVE_WINDOW', '_NET_WM_STATE', '_NET_WM_STATE_FULLSCREEN', '_NET_WM_PID'].map(
        (name) => connection.request(internAtomRequest(name)).then((r) => r.readUInt32LE(8)),
      ),
    );
    // An atom nobody has interned (0) means no window manager has ever set it.
    if (!active) return { root, window: null, fullScreen: false, pid: null };
    const window = propertyWords(await connection.request(getPropertyRequest(root, active)))[0];
    if (!window) return { root, window: null, fullScreen: false, pid: null };
    const [states, pids] = await Promise.all([
      state ? connection.request(getPropertyRequest(window, state)) : null,
      pid ? connection.request(getPropertyRequest(window, pid)) : null,
    ]);
    return {
      root,
      window,
      fullScreen: fullScreen !== 0 && states !== null && propertyWords(states).includes(fullScreen),
      pid: pids ? (propertyWords(pids)[0] ?? null) : null,
    };
  } finally {
    clearTimeout(timer);
    connection.close();
  }
}
