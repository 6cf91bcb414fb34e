import { BREAK_KINDS } from '../routine/types';

/**
 * What the statistics count over a period (a day, a week, a year), and how periods add up.
 * Free of zod, so the statistics window can add up periods without the schemas.
 */

/** The ways a break can be taken: a routine of either kind, "I stood up", a natural break. */
export const TAKEN_KINDS = [...BREAK_KINDS, 'stood-up', 'natural-break'] as const;
export type TakenKind = (typeof TAKEN_KINDS)[number];

export interface PeriodCounts {
  /** Breaks suggested. */
  occasions: number;
  /** Breaks taken. */
  taken: number;
  breaks: Record<TakenKind, number>;
  /** Routines stopped before half their holds (not breaks). */
  endedEarly: number;
  skipped: number;
  ignored: number;
}

export function zeroCounts(): PeriodCounts {
  const breaks = Object.fromEntries(TAKEN_KINDS.map((k) => [k, 0])) as Record<TakenKind, number>;
  return { occasions: 0, taken: 0, breaks, endedEarly: 0, skipped: 0, ignored: 0 };
}

/** The counts of several periods added up, such as the total under a chart. */
export function sumCounts(periods: readonly PeriodCounts[]): PeriodCounts {
  const total = zeroCounts();
  for (const p of periods) {
    total.occasions += p.occasions;
    total.taken += p.taken;
    for (const kind of TAKEN_KINDS) total.breaks[kind] += p.breaks[kind];
    total.endedEarly += p.endedEarly;
    total.skipped += p.skipped;
    total.ignored += p.ignored;
  }
  return total;
}
