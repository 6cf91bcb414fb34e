import type { WriteProblem } from '../../core/settings/write-problem';

export { SettingsValidationError } from '../../core/settings/validate';

const FOLDER_CODES = new Set(['EACCES', 'EPERM', 'EROFS', 'ENOTDIR', 'ENOENT', 'EEXIST']);

/** What a file-system error means to a person, as data (worded by `writeProblemText`). */
export function writeProblem(error: unknown): WriteProblem {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code && FOLDER_CODES.has(code)) return { kind: 'folder-not-writable' };
  if (code === 'ENOSPC' || code === 'EDQUOT') return { kind: 'disk-full' };
  if (code === 'EFBIG') return { kind: 'file-too-large' };
  if (code === 'EISDIR') return { kind: 'folder-in-the-way' };
  return {
    kind: 'other',
    detail: code ?? (error instanceof Error ? error.message : String(error)),
  };
}

/**
 * Saving failed on disk. The message is for the log; the settings window is told `path` and
 * `problem` in its language (app-api.ts).
 */
export class SettingsWriteError extends Error {
  readonly problem: WriteProblem;
  constructor(
    readonly path: string,
    cause: unknown,
  ) {
    const problem = writeProblem(cause);
    const why = problem.kind === 'other' ? problem.detail : problem.kind;
    super(`Could not save settings: ${path} could not be written (${why}).`, { cause });
    this.name = 'SettingsWriteError';
    this.problem = problem;
  }
}
