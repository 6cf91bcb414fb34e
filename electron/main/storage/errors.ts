export { SettingsValidationError } from '../../core/settings/validate';

const FOLDER_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'EEXIST']);

/** A short reason a user can act on, from a file-system error. */
export function writeProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && FOLDER_CODES.has(code)) return 'folder not writable';
  if (code === 'ENOSPC' || code === 'EDQUOT') return 'disk full';
  if (code === 'EFBIG') return 'file too large';
  if (code === 'EISDIR') return 'a folder is in the way of the file';
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** Saving failed on disk; the message is meant for the settings window as it is. */
export class SettingsWriteError extends Error {
  constructor(path: string, cause: unknown) {
    super(`Could not save settings: ${path} could not be written (${writeProblem(cause)}).`, {
      cause,
    });
    this.name = 'SettingsWriteError';
  }
}
