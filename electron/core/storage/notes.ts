import { z } from 'zod';

/**
 * The notes Unsit shows once, and remembers having shown, in notes.json of the data folder.
 * Only main reads the file; nothing in it is a setting (docs/decisions.md, "Where a note
 * remembers it was shown").
 */
export const NOTE_IDS = ['tray-help'] as const;
export type NoteId = (typeof NOTE_IDS)[number];

export const NOTES_VERSION = 1;

/**
 * The file as read: each note shown, with when. Keys and fields this version does not know
 * (a newer Unsit's) pass through untouched, so writing the file back keeps them.
 */
export const NotesFileSchema = z.looseObject({
  version: z.number().int().min(1),
  shown: z.record(z.string().max(64), z.string().max(64)),
});
export type NotesFile = z.infer<typeof NotesFileSchema>;
