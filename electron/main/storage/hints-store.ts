import { join } from 'node:path';
import {
  HINTS_VERSION,
  HintsFileSchema,
  type HintId,
  type HintsFile,
} from '../../core/storage/hints';
import { removeLeftoverTemporaries, writeJsonAtomically } from './atomic-file';
import { readRawJson } from './raw-file';

/** The file kept its first name, notes.json, so hints already shown stay shown. */
export const HINTS_FILE = 'notes';

export interface HintsStore {
  /** Whether the hint was shown before, on this account. */
  wasShown(hint: HintId): boolean;
  /** Remembers that the hint was shown now. Failures are reported; the hint may show again. */
  markShown(hint: HintId): void;
}

export interface HintsStoreDeps {
  /** The data folder. */
  dir: string;
  now(): number;
  onError?: (error: unknown) => void;
}

/**
 * notes.json: which one-time notes were shown. A missing, damaged or unreadable file reads as
 * "none shown yet", which costs at most a note shown once more, so it is not worth a copy aside
 * or a notice; the next note shown rewrites it whole. A newer version's file keeps what it holds.
 */
export function createHintsStore({ dir, now, onError }: HintsStoreDeps): HintsStore {
  const path = join(dir, `${HINTS_FILE}.json`);
  removeLeftoverTemporaries(path);
  let file: HintsFile | null = null;

  const read = (): HintsFile => {
    if (file) return file;
    const raw = readRawJson(path);
    if (raw.kind === 'unreadable') onError?.(raw.error);
    const parsed = raw.kind === 'parsed' ? HintsFileSchema.safeParse(raw.value) : null;
    file = parsed?.success ? parsed.data : { version: HINTS_VERSION, shown: {} };
    return file;
  };

  return {
    wasShown: (hint) => typeof read().shown[hint] === 'string',
    markShown(hint) {
      const current = read();
      file = { ...current, shown: { ...current.shown, [hint]: new Date(now()).toISOString() } };
      try {
        writeJsonAtomically(path, file);
      } catch (error) {
        onError?.(error);
      }
    },
  };
}
