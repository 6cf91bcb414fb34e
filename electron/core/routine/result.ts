import { z } from 'zod';
import { DAY_MS } from '../time/units';
import { BREAK_KINDS } from './types';

/** A kind of break as stored: in the timer state and in history records. */
export const BreakKindSchema = z.enum(BREAK_KINDS);

/**
 * The limits of what a routine reports, shared by the report from the routine window and the
 * history record made of it, so a report the app accepts can always be recorded.
 */
export const MAX_HOLDS = 200;
export const HoldsDoneSchema = z.number().int().min(0).max(MAX_HOLDS);
export const HoldCountSchema = z.number().int().min(1).max(MAX_HOLDS);
/** Wall time from start to end, including pauses. */
export const RoutineDurationSchema = z.number().int().min(0).max(DAY_MS);

/** What the routine window reports when a routine ends: how far it went and how long it took. */
export const RoutineResultSchema = z
  .object({
    outcome: z.enum(['completed', 'ended-early']),
    holdsDone: HoldsDoneSchema,
    holdCount: HoldCountSchema,
    durationMs: RoutineDurationSchema,
  })
  .refine((result) => result.holdsDone <= result.holdCount, {
    message: 'More holds done than the routine has.',
    path: ['holdsDone'],
  });
export type RoutineResult = z.infer<typeof RoutineResultSchema>;
