import { join } from 'node:path';
import {
  NOTES_VERSION,
  NotesFileSchema,
  type NoteId,
  type NotesFile,
} from '../../core/storage/notes';
import { removeLeftoverTemporaries, writeJsonAtomically } from './atomic-file';
import { readRawJson } from './raw-file';

export const NOTES_FILE = 'notes';

export interface NotesStore {
  /** Whether the note was shown before, on this account. */
  wasShown(note: NoteId): boolean;
  /** Remembers that the note was shown now. Failures are reported; the note may show again. */
  markShown(note: NoteId): void;
}

export interface NotesStoreDeps {
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
export function createNotesStore({ dir, now, onError }: NotesStoreDeps): NotesStore {
  const path = join(dir, `${NOTES_FILE}.json`);
  removeLeftoverTemporaries(path);
  let file: NotesFile | null = null;

  const read = (): NotesFile => {
    if (file) return file;
    const raw = readRawJson(path);
    if (raw.kind === 'unreadable') onError?.(raw.error);
    const parsed = raw.kind === 'parsed' ? NotesFileSchema.safeParse(raw.value) : null;
    file = parsed?.success ? parsed.data : { version: NOTES_VERSION, shown: {} };
    return file;
  };

  return {
    wasShown: (note) => typeof read().shown[note] === 'string',
    markShown(note) {
      const current = read();
      file = { ...current, shown: { ...current.shown, [note]: new Date(now()).toISOString() } };
      try {
        writeJsonAtomically(path, file);
      } catch (error) {
        onError?.(error);
      }
    },
  };
}
