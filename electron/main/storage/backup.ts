import { constants, copyFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

const MAX_BACKUPS_A_DAY = 100;

function localDate(ms: number): string {
  const date = new Date(ms);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** "settings.json" -> "settings.broken-2025-03-14.json", then "-2", "-3"... the same day. */
export function backupFileName(fileName: string, now: number, attempt: number): string {
  const extension = extname(fileName);
  const stem = basename(fileName, extension);
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `${stem}.broken-${localDate(now)}${suffix}${extension}`;
}

/**
 * Copies a damaged file beside itself, never over an earlier copy. Returns the copy's file name;
 * throws when no copy could be made (the caller must then leave the original alone).
 */
export function keepBrokenCopy(path: string, now: number): string {
  for (let attempt = 1; attempt <= MAX_BACKUPS_A_DAY; attempt += 1) {
    const name = backupFileName(basename(path), now, attempt);
    try {
      copyFileSync(path, join(dirname(path), name), constants.COPYFILE_EXCL);
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`Too many copies of ${basename(path)} today.`);
}
