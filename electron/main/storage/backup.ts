import { constants, copyFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';

const MAX_BACKUPS_A_DAY = 100;

function localDate(ms: number): string {
  const date = new Date(ms);
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${date.getFullYear()}-${month}-${day}`;
}

/** Why a copy is kept: the file was damaged, or many records are about to be pruned. */
export type CopyReason = 'broken' | 'before-prune';

/** "settings.json" -> "settings.broken-2025-03-14.json", then "-2", "-3"... the same day. */
export function backupFileName(
  fileName: string,
  now: number,
  attempt: number,
  reason: CopyReason = 'broken',
): string {
  const extension = extname(fileName);
  const stem = basename(fileName, extension);
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `${stem}.${reason}-${localDate(now)}${suffix}${extension}`;
}

/**
 * Copies a file (damaged, or about to lose records) beside itself, never over an earlier copy. Returns the copy's file name;
 * throws when no copy could be made (the caller must then leave the original alone).
 */
export function keepBrokenCopy(path: string, now: number, reason: CopyReason = 'broken'): string {
  for (let attempt = 1; attempt <= MAX_BACKUPS_A_DAY; attempt += 1) {
    const name = backupFileName(basename(path), now, attempt, reason);
    try {
      copyFileSync(path, join(dirname(path), name), constants.COPYFILE_EXCL);
      return name;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new Error(`Too many copies of ${basename(path)} today.`);
}
