import type { OutcomeRecord } from './records';
import type { DayKey } from '../time/day-key';
import { MINUTES_PER_DAY } from '../time/units';
import type { TakenKind } from './period-counts';
import { DURATION_KEYS, type CountKey, type DailyTotal, type DurationKey } from './schema';

/**
 * One day's records summed up (docs/decisions.md, "What counts as a break"):
 *
 * - A break is a routine of either kind that was completed or ended with at least half its holds
 *   done, "I stood up", or a natural break.
 * - Breaks suggested are occasions. Every first reminder opens one, and so does every break
 *   taken without a reminder out. Repeats, snoozes and a routine stopped before half its holds
 *   stay in their reminder's occasion (the reminder comes back). An occasion is taken when it
 *   ends in a break; it is missed when it is skipped or ignored, when working hours end with it
 *   still open, or when its day ends.
 * - The longest unbroken sitting stretch: a skipped or ignored reminder restarts the engine's
 *   count but not the sitting, so the minutes it had are carried on until a break or the end
 *   of working hours. Each record's count plus what was carried is a stretch the person sat.
 */

export interface DaySummaryOptions {
  /** Sitting minutes counted right now, for today's stretch still in progress. */
  sittingNowMinutes?: number;
}

/** A routine ended early counts as a break when at least half its holds were done. */
export function isHalfDone(record: OutcomeRecord): boolean {
  const { holdsDone, holdCount } = record;
  if (holdsDone === undefined || holdCount === undefined) return false;
  return holdsDone * 2 >= holdCount;
}

/** The kind of break a record is, or null when it is none. */
export function breakKindOf(record: OutcomeRecord): TakenKind | null {
  switch (record.type) {
    case 'completed':
      return record.kind ?? 'full';
    case 'ended-early':
      return isHalfDone(record) ? (record.kind ?? 'full') : null;
    case 'stood-up':
    case 'natural-break':
      return record.type;
    default:
      return null;
  }
}

export function countKeyOf(record: OutcomeRecord): CountKey {
  return (record.kind ? `${record.type}.${record.kind}` : record.type) as CountKey;
}

const isDurationKey = (key: CountKey): key is DurationKey =>
  (DURATION_KEYS as readonly string[]).includes(key);

export function emptyTotal(day: DayKey): DailyTotal {
  return {
    day,
    occasions: 0,
    taken: 0,
    breaks: {},
    endedEarly: 0,
    counts: {},
    durations: {},
    longestSittingMinutes: 0,
  };
}

const add = <K extends string>(map: Partial<Record<K, number>>, key: K, n: number) => {
  map[key] = (map[key] ?? 0) + n;
};

/** Sums one local day's records, in time order. */
export function summarizeDay(
  day: DayKey,
  records: readonly OutcomeRecord[],
  options: DaySummaryOptions = {},
): DailyTotal {
  const total = emptyTotal(day);
  let open = false;
  let carried = 0;
  let longest = 0;

  const openOccasion = () => {
    if (open) return;
    open = true;
    total.occasions += 1;
  };
  const sat = (minutes: number | undefined) => {
    longest = Math.max(longest, carried + Math.floor(minutes ?? 0));
  };

  for (const record of records) {
    const key = countKeyOf(record);
    add(total.counts, key, 1);
    if (record.durationMs !== undefined && isDurationKey(key)) {
      add(total.durations, key, record.durationMs);
    }
    sat(record.sittingMinutes);

    const kind = breakKindOf(record);
    if (kind !== null) {
      openOccasion();
      total.taken += 1;
      add(total.breaks, kind, 1);
      open = false;
      carried = 0;
      continue;
    }
    switch (record.type) {
      case 'reminded':
      case 'repeated':
      case 'snoozed':
        openOccasion();
        break;
      case 'ended-early':
        // Stopped before half: not a break; the reminder comes back within the same occasion.
        total.endedEarly += 1;
        break;
      case 'skipped':
      case 'ignored':
        openOccasion();
        open = false;
        carried += Math.floor(record.sittingMinutes ?? 0);
        break;
      case 'hours-ended':
        open = false;
        carried = 0;
        break;
      default:
        break;
    }
  }
  if (options.sittingNowMinutes !== undefined) sat(options.sittingNowMinutes);
  total.longestSittingMinutes = Math.min(longest, MINUTES_PER_DAY);
  return total;
}

/** Total time spent in routines. */
export function stretchingMs(total: DailyTotal): number {
  return Object.values(total.durations).reduce((sum, ms) => sum + (ms ?? 0), 0);
}

/** Two totals of the same day as one (a day split by a change of time zone, say). */
export function mergeTotals(a: DailyTotal, b: DailyTotal): DailyTotal {
  const merged = { ...emptyTotal(a.day), breaks: { ...a.breaks }, counts: { ...a.counts } };
  merged.durations = { ...a.durations };
  merged.occasions = a.occasions + b.occasions;
  merged.taken = a.taken + b.taken;
  merged.endedEarly = a.endedEarly + b.endedEarly;
  for (const [k, n] of Object.entries(b.breaks)) add(merged.breaks, k as TakenKind, n ?? 0);
  for (const [k, n] of Object.entries(b.counts)) add(merged.counts, k as CountKey, n ?? 0);
  for (const [k, n] of Object.entries(b.durations)) add(merged.durations, k as DurationKey, n ?? 0);
  merged.longestSittingMinutes = Math.max(a.longestSittingMinutes, b.longestSittingMinutes);
  return merged;
}
