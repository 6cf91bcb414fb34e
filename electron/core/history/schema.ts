import { z } from 'zod';
import {
  BreakKindSchema,
  HoldCountSchema,
  HoldsDoneSchema,
  RoutineDurationSchema,
} from '../routine/result';
import { BREAK_KINDS } from '../routine/types';
import { TAKEN_KINDS } from './period-counts';
import type { OutcomeRecord, OutcomeType } from './records';
import { BusyReasonSchema } from '../settings/busy-reasons';
import { BreakSettingsSchema, WEEKDAYS } from '../settings/schema';
import { isDayKey } from '../time/day-key';
import { DAY_MS, MINUTES_PER_DAY } from '../time/units';

/**
 * Current version of the stored history file. Bump it and add a migration together.
 * 1: records only. 2: routine and reminder records name their kind. 3: daily totals of days
 * older than a year, and the daily goal and working days in force from each date.
 */
export const HISTORY_VERSION = 3;

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
  'hours-ended',
  'held',
] as const satisfies readonly OutcomeType[];

/** Outcomes whose records name a routine (or, for reminders, the routine suggested). */
export const KIND_TYPES = [
  'reminded',
  'repeated',
  'started',
  'completed',
  'ended-early',
] as const satisfies readonly OutcomeType[];

export const OutcomeRecordSchema = z.object({
  at: z.iso.datetime({ offset: true }),
  type: z.enum(OUTCOME_TYPES),
  sittingMinutes: z.number().min(0).max(MINUTES_PER_DAY).optional(),
  kind: BreakKindSchema.optional(),
  holdsDone: HoldsDoneSchema.optional(),
  holdCount: HoldCountSchema.optional(),
  durationMs: RoutineDurationSchema.optional(),
  reason: BusyReasonSchema.optional(),
  after: BusyReasonSchema.optional(),
  quiet: z.literal(true).optional(),
});

export const DayKeySchema = z.string().refine(isDayKey, 'Not a calendar day.');

/** "completed.quick", "natural-break": an outcome, and its kind where it has one. */
export const COUNT_KEYS = [
  ...OUTCOME_TYPES,
  ...KIND_TYPES.flatMap((type) => BREAK_KINDS.map((kind) => `${type}.${kind}` as const)),
] as const;
export type CountKey = (typeof COUNT_KEYS)[number];

/** Outcomes whose records carry the time spent in a routine. */
export const DURATION_KEYS = [
  'completed',
  'completed.quick',
  'completed.full',
  'ended-early',
  'ended-early.quick',
  'ended-early.full',
] as const satisfies readonly CountKey[];
export type DurationKey = (typeof DURATION_KEYS)[number];

/** The most of anything a day can count. */
export const MAX_COUNT = 10_000;
const count = z.number().int().min(0).max(MAX_COUNT);
const zero = count.default(0);

/**
 * One day's outcomes, as the statistics read them (day-table.ts checks stored rows by the same
 * rules, faster). The records of the last year are summed
 * into this shape when the statistics are drawn; older days are kept in it for ever, in place
 * of their records. In the file they form a table (`DAY_COLUMNS`), which keeps years of them
 * small.
 */
export const DailyTotalSchema = z
  .object({
    day: DayKeySchema,
    /** Breaks suggested: reminders, and breaks taken without one (docs/decisions.md). */
    occasions: zero,
    /** Of those, the ones that ended in a break. */
    taken: zero,
    /** Breaks taken, by kind. */
    breaks: z.partialRecord(z.enum(TAKEN_KINDS), count).default({}),
    /** Routines ended before half their holds: not breaks. */
    endedEarly: zero,
    /** Every record of the day, by outcome and kind. */
    counts: z.partialRecord(z.enum(COUNT_KEYS), count).default({}),
    /** Time spent in routines, by outcome and kind. */
    durations: z
      .partialRecord(z.enum(DURATION_KEYS), z.number().int().min(0).max(DAY_MS))
      .default({}),
    /** The longest stretch of sitting without a break, in whole minutes. */
    longestSittingMinutes: z.number().int().min(0).max(MINUTES_PER_DAY).default(0),
  })
  .refine((total) => total.taken <= total.occasions, 'More breaks taken than suggested.');
export type DailyTotal = z.output<typeof DailyTotalSchema>;

/**
 * The daily goal and the working weekdays in force from `from` on (until the next entry), so a
 * past day keeps the meaning it had when a setting changes (docs/decisions.md).
 */
export const DayRulesSchema = z.object({
  from: DayKeySchema,
  dailyGoal: BreakSettingsSchema.shape.dailyGoal,
  workdays: z.array(z.enum(WEEKDAYS)).max(WEEKDAYS.length),
});
export type DayRules = z.infer<typeof DayRulesSchema>;

/**
 * The columns of the daily totals table in the file: "breaks.quick" is `breaks.quick` of a
 * total, and so on. A file names its columns, so a reader finds each by name.
 */
export const DAY_COLUMNS = [
  'day',
  'occasions',
  'taken',
  ...TAKEN_KINDS.map((kind) => `breaks.${kind}` as const),
  'endedEarly',
  ...COUNT_KEYS.map((key) => `counts.${key}` as const),
  ...DURATION_KEYS.map((key) => `durations.${key}` as const),
  'longestSittingMinutes',
] as const;

export const DayTableSchema = z.object({
  columns: z.array(z.string().max(64)).max(200),
  rows: z.array(z.unknown()),
});

export const HistoryFileSchema = z.object({
  version: z.literal(HISTORY_VERSION),
  goals: z.array(DayRulesSchema),
  days: DayTableSchema,
  records: z.array(OutcomeRecordSchema),
});
export type HistoryFile = z.input<typeof HistoryFileSchema>;

/** Everything the history holds, in memory: each list sorted, oldest first. */
export interface StoredHistory {
  goals: DayRules[];
  days: DailyTotal[];
  records: OutcomeRecord[];
}

// The record type lives in records.ts; keep the schema and it in step.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const RECORD_SCHEMA_MATCHES_TYPE: Same<
  z.infer<typeof OutcomeRecordSchema>,
  OutcomeRecord
> = true;
