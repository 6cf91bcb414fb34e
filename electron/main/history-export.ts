import { basename } from 'node:path';
import type { ExportResult } from '../core/ipc/contract';
import { localDayKey } from '../core/time/day-key';
import type { HistoryCsv } from '../core/history/csv';
import { writeTextAtomically } from './storage/atomic-file';
import { writeProblem } from './storage/errors';
import type { WindowLike } from './windows';

export interface HistoryExportOptions {
  csv(): HistoryCsv;
  /**
   * Asks where to save, with a save dialog over `parent`; resolves to the chosen path, or null
   * when the person cancelled. index.ts passes Electron's dialog; tests pass a fake.
   */
  chooseFile(parent: WindowLike, suggestedName: string): Promise<string | null>;
  now(): number;
  /** Defaults to an atomic write (temporary file, flush, rename). */
  write?: (path: string, text: string) => void;
  /** Words the failure for the platform (Windows refuses to replace a file open elsewhere). */
  platform?: NodeJS.Platform;
}

/**
 * Why the export failed, in words a person can act on. On Windows, replacing a file that a
 * spreadsheet holds open fails with EPERM (or EBUSY): "folder not writable" would send them
 * looking in the wrong place.
 */
export function exportProblem(error: unknown, platform?: NodeJS.Platform): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (platform === 'win32' && (code === 'EPERM' || code === 'EBUSY')) {
    return 'the file may be open in another program; close it there and try again';
  }
  return writeProblem(error);
}

/** Saves the whole history as CSV where the person chooses; never half a file. */
export async function exportHistory(
  options: HistoryExportOptions,
  parent: WindowLike,
): Promise<ExportResult> {
  const path = await options.chooseFile(parent, `unsit-history-${localDayKey(options.now())}.csv`);
  if (path === null) return { status: 'cancelled' };
  const { text, rows } = options.csv();
  try {
    (options.write ?? writeTextAtomically)(path, text);
  } catch (error) {
    return {
      status: 'failed',
      message: `Could not save ${basename(path)}: ${exportProblem(error, options.platform)}. Nothing was changed.`,
    };
  }
  return { status: 'saved', fileName: basename(path), rows };
}
