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
      message: `Could not save ${basename(path)}: ${writeProblem(error)}. Nothing was changed.`,
    };
  }
  return { status: 'saved', fileName: basename(path), rows };
}
