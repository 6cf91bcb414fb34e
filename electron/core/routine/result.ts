import { z } from 'zod';
import { DAY_MS } from '../time/units';

/** What the routine window reports when a routine ends: how far it went and how long it took. */
export const RoutineResultSchema = z
  .object({
    outcome: z.enum(['completed', 'ended-early']),
    holdsDone: z.number().int().min(0).max(200),
    holdCount: z.number().int().min(1).max(200),
    /** Wall time from start to end, including pauses. */
    durationMs: z.number().int().min(0).max(DAY_MS),
  })
  .refine((result) => result.holdsDone <= result.holdCount, {
    message: 'More holds done than the routine has.',
    path: ['holdsDone'],
  });
export type RoutineResult = z.infer<typeof RoutineResultSchema>;
