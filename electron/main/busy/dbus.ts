import { existsSync } from 'node:fs';
import { connect } from 'node:net';

/**
 * One D-Bus method call over the bus's socket, without starting `gdbus` (starting any process
 * costs more CPU than a probe may; docs/decisions.md, "Busy detectors") and without a native
 * module. Only what the detectors need: EXTERNAL authentication over a Unix socket, one call,
 * its reply. The wire format is the D-Bus specification's: a 16-byte fixed header, header
 * fields as an array of (code, variant), padding to 8, then the body, every value aligned to
 * its own size.
 */
export interface DBusCall {
  bus: 'session' | 'system';
  destination: string;
  path: string;
  interface: string;
  member: string;
  /** The body's signature; the arguments may be strings ('s') and unsigned ints ('u'). */
  signature?: string;
  body?: (string | number)[];
}

/** A value read back: numbers, booleans, strings, arrays; a struct is an array of its fields. */
export type DBusValue = boolean | number | string | DBusValue[];

/** Makes a call and answers the reply's body; rejects on an error reply, a failure or timeout. */
export type DBusCaller = (call: DBusCall, options: { timeoutMs: number }) => Promise<DBusValue[]>;

const MAX_MESSAGE_BYTES = 1024 * 1024;

// ---- writing ---------------------------------------------------------------------------------

class Writer {
  private bytes: number[] = [];
  get length() {
    return this.bytes.length;
  }
  align(n: number) {
    while (this.bytes.length % n !== 0) this.bytes.push(0);
  }
  byte(v: number) {
    this.bytes.push(v & 0xff);
  }
  u32(v: number) {
    this.align(4);
    this.bytes.push(v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff);
  }
  setU32(at: number, v: number) {
    this.bytes[at] = v & 0xff;
    this.bytes[at + 1] = (v >>> 8) & 0xff;
    this.bytes[at + 2] = (v >>> 16) & 0xff;
    this.bytes[at + 3] = (v >>> 24) & 0xff;
  }
  string(s: string) {
    const b = Buffer.from(s, 'utf8');
    this.u32(b.length);
    this.bytes.push(...b, 0);
  }
  signature(s: string) {
    const b = Buffer.from(s, 'latin1');
    this.byte(b.length);
    this.bytes.push(...b, 0);
  }
  value(type: string, v: string | number) {
    if (type === 's' || type === 'o') this.string(String(v));
    else if (type === 'g') this.signature(String(v));
    else if (type === 'u') this.u32(Number(v));
    else throw new Error(`unsupported argument type ${type}`);
  }
  buffer() {
    return Buffer.from(this.bytes);
  }
}

/** A method call message, little-endian, with the given serial. */
export function methodCall(call: Omit<DBusCall, 'bus'>, serial: number): Buffer {
  const signature = call.signature ?? '';
  const args = call.body ?? [];
  const types = splitSignature(signature);
  if (types.length !== args.length) throw new Error('the body does not match its signature');
  const body = new Writer();
  types.forEach((type, i) => body.value(type, args[i]!));

  const m = new Writer();
  m.byte('l'.charCodeAt(0));
  m.byte(1); // METHOD_CALL
  m.byte(0); // flags
  m.byte(1); // protocol version
  m.u32(body.length);
  m.u32(serial);
  m.u32(0); // header fields' length, set below
  const fields: [number, string, string][] = [
    [1, 'o', call.path],
    [2, 's', call.interface],
    [3, 's', call.member],
    [6, 's', call.destination],
  ];
  if (signature) fields.push([8, 'g', signature]);
  for (const [code, type, value] of fields) {
    m.align(8);
    m.byte(code);
    m.signature(type);
    m.value(type, value);
  }
  m.setU32(12, m.length - 16);
  m.align(8);
  return Buffer.concat([m.buffer(), body.buffer()]);
}

// ---- reading ---------------------------------------------------------------------------------

/** The single complete types of a signature: "a(ssssuu)s" -> ["a(ssssuu)", "s"]. */
export function splitSignature(signature: string): string[] {
  const types: string[] = [];
  let i = 0;
  const one = (): string => {
    const c = signature[i];
    if (c === undefined) throw new Error(`bad signature ${signature}`);
    i += 1;
    if (c === 'a') return c + one();
    if (c === '(' || c === '{') {
      const close = c === '(' ? ')' : '}';
      let inner = '';
      while (signature[i] !== close) inner += one();
      i += 1;
      return c + inner + close;
    }
    return c;
  };
  while (i < signature.length) types.push(one());
  return types;
}

function alignmentOf(type: string): number {
  const c = type[0];
  if (c === 'y' || c === 'g' || c === 'v') return 1;
  if (c === 'n' || c === 'q') return 2;
  if (c === 'x' || c === 't' || c === 'd' || c === '(' || c === '{') return 8;
  return 4;
}

class Reader {
  constructor(
    private readonly buf: Buffer,
    private pos: number,
    private readonly little: boolean,
    /** Where alignment is counted from (the message's start). */
    private readonly base = 0,
  ) {}
  align(n: number) {
    const rel = this.pos - this.base;
    this.pos += (n - (rel % n)) % n;
  }
  private need(n: number) {
    if (this.pos + n > this.buf.length) throw new Error('truncated D-Bus message');
  }
  u8() {
    this.need(1);
    return this.buf[this.pos++]!;
  }
  u32() {
    this.align(4);
    this.need(4);
    const v = this.little ? this.buf.readUInt32LE(this.pos) : this.buf.readUInt32BE(this.pos);
    this.pos += 4;
    return v;
  }
  text(length: number, encoding: BufferEncoding) {
    this.need(length + 1);
    const s = this.buf.toString(encoding, this.pos, this.pos + length);
    this.pos += length + 1;
    return s;
  }
  read(type: string): DBusValue {
    const c = type[0];
    switch (c) {
      case 'y':
        return this.u8();
      case 'b':
        return this.u32() !== 0;
      case 'u':
        return this.u32();
      case 'i':
        return this.u32() | 0;
      case 'n':
      case 'q': {
        this.align(2);
        this.need(2);
        const v = this.little ? this.buf.readUInt16LE(this.pos) : this.buf.readUInt16BE(this.pos);
        this.pos += 2;
        return c === 'n' ? (v << 16) >> 16 : v;
      }
      case 'x':
      case 't':
      case 'd': {
        this.align(8);
        this.need(8);
        const b = this.buf;
        const v =
          c === 'd'
            ? this.little
              ? b.readDoubleLE(this.pos)
              : b.readDoubleBE(this.pos)
            : Number(
                c === 'x'
                  ? this.little
                    ? b.readBigInt64LE(this.pos)
                    : b.readBigInt64BE(this.pos)
                  : this.little
                    ? b.readBigUInt64LE(this.pos)
                    : b.readBigUInt64BE(this.pos),
              );
        this.pos += 8;
        return v;
      }
      case 's':
      case 'o':
        return this.text(this.u32(), 'utf8');
      case 'g':
        return this.text(this.u8(), 'latin1');
      case 'v': {
        const inner = this.text(this.u8(), 'latin1');
        return this.read(inner);
      }
      case 'a': {
        const length = this.u32();
        const element = type.slice(1);
        this.align(alignmentOf(element));
        const end = this.pos + length;
        if (end > this.buf.length) throw new Error('truncated D-Bus array');
        const items: DBusValue[] = [];
        while (this.pos < end) items.push(this.read(element));
        return items;
      }
      case '(':
      case '{': {
        this.align(8);
        return splitSignature(type.slice(1, -1)).map((t) => this.read(t));
      }
      default:
        throw new Error(`unsupported D-Bus type ${type}`);
    }
  }
  get position() {
    return this.pos;
  }
}

export interface ParsedMessage {
  type: number;
  replySerial: number | null;
  errorName: string | null;
  body: DBusValue[];
}

/** The length of the first message in `buf`, or null while it has not all arrived. */
export function messageLength(buf: Buffer): number | null {
  if (buf.length < 16) return null;
  const little = buf[0] === 'l'.charCodeAt(0);
  const bodyLength = little ? buf.readUInt32LE(4) : buf.readUInt32BE(4);
  const fieldsLength = little ? buf.readUInt32LE(12) : buf.readUInt32BE(12);
  const headerEnd = 16 + fieldsLength + ((8 - (fieldsLength % 8)) % 8);
  const total = headerEnd + bodyLength;
  if (total > MAX_MESSAGE_BYTES) throw new Error('D-Bus message too large');
  return buf.length >= total ? total : null;
}

/** Reads one whole message (as `messageLength` measured it). */
export function parseMessage(buf: Buffer): ParsedMessage {
  const little = buf[0] === 'l'.charCodeAt(0);
  if (!little && buf[0] !== 'B'.charCodeAt(0)) throw new Error('not a D-Bus message');
  const type = buf[1]!;
  const header = new Reader(buf, 12, little);
  const fields = header.read('a(yv)') as [number, DBusValue][];
  let replySerial: number | null = null;
  let errorName: string | null = null;
  let signature = '';
  for (const [code, value] of fields) {
    if (code === 5) replySerial = Number(value);
    if (code === 4) errorName = String(value);
    if (code === 8) signature = String(value);
  }
  header.align(8);
  const reader = new Reader(buf, header.position, little, header.position);
  const body = splitSignature(signature).map((t) => reader.read(t));
  return { type, replySerial, errorName, body };
}

// ---- the connection --------------------------------------------------------------------------

/** The socket path of a bus address such as "unix:path=/run/user/1000/bus" (or abstract=). */
export function socketPath(address: string | undefined): string | null {
  for (const entry of (address ?? '').split(';')) {
    if (!entry.startsWith('unix:')) continue;
    const params = new Map(
      entry
        .slice(5)
        .split(',')
        .map((kv) => {
          const at = kv.indexOf('=');
          return [kv.slice(0, at), decodeURIComponent(kv.slice(at + 1))] as const;
        }),
    );
    if (params.get('path')) return params.get('path')!;
    if (params.get('abstract')) return `\0${params.get('abstract')}`;
  }
  return null;
}

/** Where each bus listens, from the environment as the D-Bus specification says. */
export function busAddress(
  bus: DBusCall['bus'],
  env: Record<string, string | undefined>,
): string | null {
  if (bus === 'system') {
    return socketPath(env.DBUS_SYSTEM_BUS_ADDRESS ?? 'unix:path=/var/run/dbus/system_bus_socket');
  }
  const fromEnv = socketPath(env.DBUS_SESSION_BUS_ADDRESS);
  if (fromEnv) return fromEnv;
  // systemd's user bus, where the variable is not passed on.
  const runtime = env.XDG_RUNTIME_DIR && `${env.XDG_RUNTIME_DIR}/bus`;
  return runtime && existsSync(runtime) ? runtime : null;
}

const HELLO = {
  destination: 'org.freedesktop.DBus',
  path: '/org/freedesktop/DBus',
  interface: 'org.freedesktop.DBus',
  member: 'Hello',
};

/**
 * The real caller: connects, authenticates as this user (EXTERNAL, the uid in hex), says Hello
 * (which a bus requires first) and makes the call, all written at once, then waits for the
 * reply to the call and closes.
 */
export function createDBusCaller(env: Record<string, string | undefined>): DBusCaller {
  return (call, { timeoutMs }) =>
    new Promise((resolve, reject) => {
      const path = busAddress(call.bus, env);
      const uid = process.getuid?.();
      if (!path || uid === undefined) {
        reject(new Error(`no ${call.bus} bus`));
        return;
      }
      const socket = connect({ path });
      let settled = false;
      const finish = (error: Error | null, body?: DBusValue[]) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        socket.destroy();
        if (error) reject(error);
        else resolve(body!);
      };
      const timer = setTimeout(() => finish(new Error('D-Bus call timed out')), timeoutMs);
      let authenticated = false;
      let pending = Buffer.alloc(0);
      socket.on('error', (error) => finish(error));
      socket.on('close', () => finish(new Error('the bus closed the connection')));
      socket.on('connect', () => {
        const hexUid = Buffer.from(String(uid), 'latin1').toString('hex');
        socket.write(`\0AUTH EXTERNAL ${hexUid}\r\n`);
      });
      socket.on('data', (chunk: Buffer) => {
        try {
          pending = Buffer.concat([pending, chunk]);
          if (!authenticated) {
            const end = pending.indexOf('\r\n');
            if (end < 0) return;
            const line = pending.toString('latin1', 0, end);
            pending = pending.subarray(end + 2);
            if (!line.startsWith('OK ')) throw new Error(`the bus refused: ${line}`);
            authenticated = true;
            socket.write(
              Buffer.concat([
                Buffer.from('BEGIN\r\n', 'latin1'),
                methodCall(HELLO, 1),
                methodCall(call, 2),
              ]),
            );
          }
          for (let length = messageLength(pending); length !== null;) {
            const message = parseMessage(pending.subarray(0, length));
            pending = pending.subarray(length);
            if (message.replySerial === 2) {
              if (message.type === 3) finish(new Error(message.errorName ?? 'D-Bus error'));
              else finish(null, message.body);
              return;
            }
            length = messageLength(pending);
          }
        } catch (error) {
          finish(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
}
