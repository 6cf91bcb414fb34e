import { z } from 'zod';
import type { BreakKind, OutcomeRecord, OutcomeType } from '../schedule/status';
import { DAY_MS } from '../time/units';

/** Current version of the stored history file. Bump it and add a migration together. */
export const HISTORY_VERSION = 2;

export const OUTCOME_TYPES = [
  'reminded',
  'repeated',
  'started',
  'completed',
  'ended-early',
  'snoozed',
  'skipped',
  'ignored',
  'natural-break',
  'stood-up',
] as const satisfies readonly OutcomeType[];

export const BREAK_KINDS = ['quick', 'full'] as const satisfies readonly BreakKind[];

export const OutcomeRecordSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  type: z.enum(OUTCOME_TYPES),
  sittingMinutes: z
    .number()
    .min(0)
    .max(24 * 60)
    .optional(),
  kind: z.enum(BREAK_KINDS).optional(),
  holdsDone: z.number().int().min(0).max(200).optional(),
  holdCount: z.number().int().min(1).max(200).optional(),
  durationMs: z.number().int().min(0).max(DAY_MS).optional(),
});

export const HistoryFileSchema = z.object({
  version: z.literal(HISTORY_VERSION),
  records: z.array(OutcomeRecordSchema),
});

export type HistoryFile = z.infer<typeof HistoryFileSchema>;

// The record type lives with the engine status; keep the schema and it in step.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const RECORD_SCHEMA_MATCHES_TYPE: Same<
  z.infer<typeof OutcomeRecordSchema>,
  OutcomeRecord
> = true;
