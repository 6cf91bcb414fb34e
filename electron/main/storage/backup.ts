import { constants, copyFileSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { localDayKey } from '../../core/time/day-key';

const MAX_BACKUPS_A_DAY = 100;

/**
 * Why a copy is kept: the file was damaged, records are about to be folded into daily totals
 * for the first time or in bulk, or an older format is about to be rewritten in the current one.
 */
export type CopyReason = 'broken' | 'before-compaction' | 'before-migration';

/** "settings.json" -> "settings.broken-2025-03-14.json", then "-2", "-3"... the same day. */
function backupFileName(
  fileName: string,
  now: number,
  attempt: number,
  reason: CopyReason = 'broken',
): string {
  const extension = extname(fileName);
  const stem = basename(fileName, extension);
  const suffix = attempt > 1 ? `-${attempt}` : '';
  return `${stem}.${reason}-${localDayKey(now)}${suffix}${extension}`;
}

/**
 * Copies a file (damaged, or about to lose records) beside itself, never over an earlier copy.
 * Returns the copy's file name; throws when no copy could be made (the caller must then leave
 * the original alone).
 */
export function keepCopyAside(path: string, now: number, reason: CopyReason = 'broken'): string {
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
