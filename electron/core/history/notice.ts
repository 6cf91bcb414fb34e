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
  /** The last write failed (`problem` says why, "disk full"); Unsit keeps trying. */
  unsaved: { problem: string } | null;
}

export const HEALTHY_HISTORY: HistoryHealth = { damaged: null, readOnly: null, unsaved: null };

const entries = (n: number) => (n === 1 ? '1 entry' : `${n} entries`);

function damageText(damaged: NonNullable<HistoryHealth['damaged']>): string {
  const lost = damaged.lostAll
    ? ' None of it could be read, so your history starts again from today.'
    : ` ${entries(damaged.dropped)} that could not be read ${damaged.dropped === 1 ? 'was' : 'were'} left out; everything else is kept.`;
  if (damaged.backupName === null) {
    return `Your history file was damaged, and no copy of it could be kept yet, so the file is left as it is.${lost}`;
  }
  return `Your history file was damaged; a copy was kept as ${damaged.backupName} in Unsit's data folder.${lost}`;
}

function readOnlyText(readOnly: NonNullable<HistoryHealth['readOnly']>): string {
  const notKept = 'so breaks you take now are shown but not kept after Unsit quits.';
  return readOnly.reason === 'newer'
    ? `Your history was saved by a newer version of Unsit. This version shows what it understands and leaves the file as it is, ${notKept}`
    : `Your history file could not be read, so Unsit leaves it as it is, ${notKept}`;
}

function unsavedText(unsaved: NonNullable<HistoryHealth['unsaved']>): string {
  return `Unsit could not save your history (${unsaved.problem}). It keeps trying; until it succeeds, breaks you take are kept only until Unsit quits.`;
}

/** The notice for the history's state in this run, or null when all is well. */
export function historyNotice(health: HistoryHealth): string | null {
  const parts = [
    health.damaged ? damageText(health.damaged) : null,
    health.readOnly ? readOnlyText(health.readOnly) : null,
    // A read-only history is never written, so it never fails to be.
    health.unsaved && !health.readOnly ? unsavedText(health.unsaved) : null,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? null : parts.join(' ');
}
