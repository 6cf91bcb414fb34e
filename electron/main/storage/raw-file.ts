import { readFileSync } from 'node:fs';

export type RawRead =
  | { kind: 'missing' }
  /** Exists but cannot be read (a folder in its place, no permission...). */
  | { kind: 'unreadable'; error: unknown }
  /** Read, but not JSON (truncated, empty, garbage). */
  | { kind: 'unparseable' }
  | { kind: 'parsed'; value: unknown };

/** Reads a JSON file without trusting it, before conf opens it. */
export function readRawJson(path: string): RawRead {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    // ENOTDIR: part of the folder path is a file, so this file cannot exist either.
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'missing' };
    return { kind: 'unreadable', error };
  }
  try {
    // Some editors (older Windows Notepad) put a byte-order mark before the JSON.
    return { kind: 'parsed', value: JSON.parse(text.replace(/^\uFEFF/, '')) as unknown };
  } catch {
    return { kind: 'unparseable' };
  }
}

/** conf keeps its own bookkeeping under this key; it is not part of our data. */
export const CONF_INTERNAL_KEY = '__internal__';

export function withoutConfInternals(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const { [CONF_INTERNAL_KEY]: _internal, ...rest } = value as Record<string, unknown>;
  return rest;
}
