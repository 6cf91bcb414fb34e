import { z } from 'zod';

/**
 * Why a person is busy, so a reminder waits instead of interrupting: the four sources of the
 * "Don't interrupt" settings. They live in the settings layer because history records name them
 * too; the rule itself is in `electron/core/schedule/busy.ts`, which re-exports these.
 */
export const BUSY_REASONS = ['call', 'fullscreen', 'dnd', 'meeting'] as const;
export type BusyReason = (typeof BUSY_REASONS)[number];

/** The reasons a detector can see by itself (a meeting is only ever set by hand). */
export type DetectedBusyReason = Exclude<BusyReason, 'meeting'>;
export const DETECTED_BUSY_REASONS = [
  'call',
  'fullscreen',
  'dnd',
] as const satisfies readonly DetectedBusyReason[];

export const BusyReasonSchema = z.enum(BUSY_REASONS);
