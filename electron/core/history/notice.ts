import type { Translate } from '../i18n/translator';
import { writeProblemText, type WriteProblem } from '../settings/write-problem';

/**
 * What went wrong with the history file in this run, for the notice in the statistics window
 * and the Unsit window (docs/decisions.md, "History that tells the user").
 */
export interface HistoryHealth {
  /**
   * The file was damaged when Unsit started. `lostAll`: nothing in it could be read;
   * otherwise `dropped` entries were left out. `backupName`: the copy kept aside, or null while
   * none could be made (the file is then left as it is).
   */
  damaged: { backupName: string | null; lostAll: boolean; dropped: number } | null;
  /**
   * The file is only read, never written, in this run: it was written by a newer version of
   * Unsit, or it exists but could not be read at all.
   */
  readOnly: { reason: 'newer'; version: number } | { reason: 'unreadable' } | null;
  /** The last write failed (`problem` says why: the disk is full...); Unsit keeps trying. */
  unsaved: { problem: WriteProblem } | null;
}

export const HEALTHY_HISTORY: HistoryHealth = { damaged: null, readOnly: null, unsaved: null };

function damageText(t: Translate, damaged: NonNullable<HistoryHealth['damaged']>): string {
  const lost = damaged.lostAll
    ? t('history.notice.lostAll')
    : t('history.notice.dropped', { count: damaged.dropped });
  return damaged.backupName === null
    ? t('history.notice.damagedNoCopy', { lost })
    : t('history.notice.damagedCopy', { backup: damaged.backupName, lost });
}

function readOnlyText(t: Translate, readOnly: NonNullable<HistoryHealth['readOnly']>): string {
  return readOnly.reason === 'newer' ? t('history.notice.newer') : t('history.notice.unreadable');
}

function unsavedText(t: Translate, unsaved: NonNullable<HistoryHealth['unsaved']>): string {
  return t('history.notice.unsaved', { problem: writeProblemText(t, unsaved.problem) });
}

/** The notice for the history's state in this run, or null when all is well. */
export function historyNotice(t: Translate, health: HistoryHealth): string | null {
  const parts = [
    health.damaged ? damageText(t, health.damaged) : null,
    health.readOnly ? readOnlyText(t, health.readOnly) : null,
    // A read-only history is never written, so it never fails to be.
    health.unsaved && !health.readOnly ? unsavedText(t, health.unsaved) : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(' ');
}
