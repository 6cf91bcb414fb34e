import { readFileSync, statSync } from 'node:fs';

/**
 * Reads one boolean from dconf's user database, the file GNOME's settings live in
 * (`~/.config/dconf/user`), without starting `gsettings`: starting any process costs more CPU
 * than a probe may spend (docs/decisions.md, "Busy detectors"). The file is a GVDB table,
 * written by dconf's own service in the machine's byte order:
 *
 * - header: "GVariant", version, options, then the root table's start and end offsets;
 * - the table: a bloom header word and a bucket count, the bloom words and buckets (unused
 *   here), then items of 24 bytes: hash, parent item, key start, key length, type ('v' a
 *   value, 'L' a folder), and the value's start and end;
 * - an item's key is its last path segment; its full name is its parents' keys before it;
 * - a value is a serialised GVariant of type 'v': the data, a zero byte, the type string.
 *
 * Answers null when the file, the key or a readable boolean is not there, so the caller falls
 * back to the default ("not busy").
 */
export function readDconfBoolean(file: string, key: string): boolean | null {
  try {
    if (statSync(file).size > MAX_DB_BYTES) return null;
    return findBoolean(readFileSync(file), key);
  } catch {
    return null;
  }
}

/** A user database of a few kilobytes is usual; anything this large is not one. */
const MAX_DB_BYTES = 16 * 1024 * 1024;
const ITEM_BYTES = 24;
const NO_PARENT = 0xffffffff;

export function findBoolean(db: Buffer, key: string): boolean | null {
  if (db.length < 24 || db.toString('latin1', 0, 8) !== 'GVariant') return null;
  const rootStart = db.readUInt32LE(16);
  const rootEnd = db.readUInt32LE(20);
  if (rootEnd > db.length || rootStart + 8 > rootEnd) return null;
  const bloomWords = db.readUInt32LE(rootStart) & ((1 << 27) - 1);
  const buckets = db.readUInt32LE(rootStart + 4);
  const itemsStart = rootStart + 8 + 4 * (bloomWords + buckets);
  if (itemsStart > rootEnd) return null;
  const count = Math.floor((rootEnd - itemsStart) / ITEM_BYTES);

  const names = new Map<number, string | null>();
  const nameOf = (index: number, depth = 0): string | null => {
    if (names.has(index)) return names.get(index)!;
    if (index >= count || depth > 64) return null;
    const at = itemsStart + index * ITEM_BYTES;
    const parent = db.readUInt32LE(at + 4);
    const keyStart = db.readUInt32LE(at + 8);
    const keySize = db.readUInt16LE(at + 12);
    if (keyStart + keySize > db.length) return null;
    const own = db.toString('utf8', keyStart, keyStart + keySize);
    const before = parent === NO_PARENT ? '' : nameOf(parent, depth + 1);
    const name = before === null ? null : before + own;
    names.set(index, name);
    return name;
  };

  for (let index = 0; index < count; index += 1) {
    const at = itemsStart + index * ITEM_BYTES;
    if (String.fromCharCode(db[at + 14]!) !== 'v' || nameOf(index) !== key) continue;
    const start = db.readUInt32LE(at + 16);
    const end = db.readUInt32LE(at + 20);
    // A boolean in a variant: one data byte, the zero separator, then "b".
    if (end !== start + 3 || end > db.length) return null;
    if (db[start + 1] !== 0 || db.toString('latin1', start + 2, end) !== 'b') return null;
    return db[start] === 1;
  }
  return null;
}
