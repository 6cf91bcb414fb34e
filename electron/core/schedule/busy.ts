/**
 * Why a person is busy, so a reminder waits instead of interrupting. The detectors in
 * `electron/main/busy` see the first three; a meeting is set by hand from the tray or the Unsit
 * window.
 */
export const BUSY_REASONS = ['call', 'fullscreen', 'dnd', 'meeting'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];

/** The reasons a detector can see by itself (a meeting is only ever set by hand). */
export type DetectedBusyReason = Exclude<BusyReason, 'meeting'>;
