import { randomBytes } from 'node:crypto';
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** conf's own serialisation, so the files stay in electron-store's format. */
function serializeLikeConf(value: unknown): string {
  return JSON.stringify(value, undefined, '\t');
}

function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Not every platform can sync a folder (Windows cannot); the rename is still atomic there.
  }
}

/**
 * Removes temporary files a crash left between writing and renaming. They never hold the only
 * copy of anything (the rename had not happened), so they are only clutter. Call at start-up,
 * before this process writes `path` (one instance runs at a time).
 */
export function removeLeftoverTemporaries(path: string): void {
  const prefix = `${basename(path)}.tmp-`;
  try {
    for (const name of readdirSync(dirname(path))) {
      if (name.startsWith(prefix) && /^[0-9a-f]{12}$/.test(name.slice(prefix.length))) {
        rmSync(join(dirname(path), name), { force: true });
      }
    }
  } catch {
    // A folder that cannot be listed cannot be written either; the stores report that.
  }
}

/**
 * Writes JSON to a temporary file beside `path`, flushes it and renames it over `path`, so
 * `path` holds either the old or the new content, never a mix.
 *
 * conf's own atomic write is not used for this: it hands the data to a single write() call and
 * renames without checking how much was written, so a short write (disk full, file-size limit)
 * replaced a good file with a truncated one in our tests. writeFileSync keeps writing until all
 * bytes are out and throws when the system refuses the rest.
 */
export function writeJsonAtomically(path: string, value: unknown): void {
  writeTextAtomically(path, serializeLikeConf(value));
}

/** The same for any text: `path` holds either the old or the new text, never a mix. */
export function writeTextAtomically(path: string, text: string): void {
  const folder = dirname(path);
  mkdirSync(folder, { recursive: true });
  const temporary = `${path}.tmp-${randomBytes(6).toString('hex')}`;
  try {
    const fd = openSync(temporary, 'wx', 0o666);
    try {
      writeFileSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
  syncFolder(folder);
}
