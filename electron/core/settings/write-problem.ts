import type { Translate } from '../i18n/translator';

/**
 * Why a file could not be written, as main reads it from the system's error, kept as data so it
 * is put into words in the language of the moment it is shown.
 */
export type WriteProblem =
  | { kind: 'folder-not-writable' | 'disk-full' | 'file-too-large' | 'folder-in-the-way' }
  | { kind: 'file-open-elsewhere' }
  /** Anything else: the system's code ("EIO") or message, shown as it is. */
  | { kind: 'other'; detail: string };

/** A short reason a person can act on ("disk full"). */
export function writeProblemText(t: Translate, problem: WriteProblem): string {
  switch (problem.kind) {
    case 'folder-not-writable':
      return t('problem.folderNotWritable');
    case 'disk-full':
      return t('problem.diskFull');
    case 'file-too-large':
      return t('problem.fileTooLarge');
    case 'folder-in-the-way':
      return t('problem.folderInTheWay');
    case 'file-open-elsewhere':
      return t('problem.fileOpenElsewhere');
    case 'other':
      return problem.detail;
  }
}
