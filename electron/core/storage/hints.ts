import { z } from 'zod';

/**
 * Hints: the one-time notes Unsit shows once (the tray-icon note on GNOME) and remembers having
 * shown, in notes.json of the data folder. Called hints in the code so that they are not taken
 * for the settings' `notice` (a repair reported to the user) or the timer's `note` effects.
 * Only main reads the file; nothing in it is a setting (docs/decisions.md, "No tray on GNOME:
 * a rule, and a note shown once").
 */
export const HINT_IDS = ['tray-help'] as const;
export type HintId = (typeof HINT_IDS)[number];

export const HINTS_VERSION = 1;

/**
 * The file as read: each note shown, with when. Keys and fields this version does not know
 * (a newer Unsit's) pass through untouched, so writing the file back keeps them.
 */
export const HintsFileSchema = z.looseObject({
  version: z.number().int().min(1),
  shown: z.record(z.string().max(64), z.string().max(64)),
});
export type HintsFile = z.infer<typeof HintsFileSchema>;
