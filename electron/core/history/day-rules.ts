import { WEEKDAYS, type Settings } from '../settings/schema';
import type { OutcomeRecord } from './records';
import { weekdayOfDay, type DayKey } from '../time/day-key';
import type { DayRules } from './schema';

/**
 * Which days are working days and what each day's goal is. The goal and the working weekdays
 * are logged with the date they took effect, so raising the goal today does not re-judge last
 * month (docs/decisions.md, "A day is the local day the person lived").
 */

/** The rules the settings give, in force from `from`. */
export function rulesFromSettings(settings: Settings, from: DayKey): DayRules {
  const workdays = WEEKDAYS.filter((day) => {
    const hours = settings.workingHours[day];
    return hours.enabled && hours.ranges.some((r) => r.from !== r.to);
  });
  return { from, dailyGoal: settings.breaks.dailyGoal, workdays };
}

const sameRules = (a: DayRules, b: DayRules) =>
  a.dailyGoal === b.dailyGoal && a.workdays.join() === b.workdays.join();

/**
 * The log with `next` in force from its day on. An unchanged rule adds nothing; a second change
 * on the same day replaces the first (a day is judged by the rules it ended with). The first
 * entry ever starts at `historyStart`, the best guess for the days before the log existed.
 */
export function withRules(
  log: readonly DayRules[],
  next: DayRules,
  historyStart: DayKey | null,
): DayRules[] {
  const last = log.at(-1);
  if (!last) {
    const from = historyStart !== null && historyStart < next.from ? historyStart : next.from;
    return [{ ...next, from }];
  }
  if (sameRules(last, next)) return [...log];
  const kept = log.filter((entry) => entry.from < next.from);
  const before = kept.at(-1);
  if (before && sameRules(before, next)) return kept;
  return [...kept, next];
}

/** The rules in force on `day`: the latest entry from that day or before, else the first. */
export function rulesOn(log: readonly DayRules[], day: DayKey, fallback: DayRules): DayRules {
  let found: DayRules | undefined;
  for (const entry of log) {
    if (entry.from <= day) found = entry;
    else break;
  }
  return found ?? log[0] ?? fallback;
}

/**
 * Records only the reminder engine writes, and only inside working hours: a day with one of
 * them had working hours, whatever the settings say now (a night shift past midnight, say).
 */
const WORKING_SIGNS = new Set<OutcomeRecord['type']>([
  'reminded',
  'repeated',
  'snoozed',
  'skipped',
  'ignored',
  'natural-break',
  'hours-ended',
]);

export function showsWorkingHours(records: readonly OutcomeRecord[]): boolean {
  return records.some((r) => WORKING_SIGNS.has(r.type));
}

export function isWorkdayByRules(rules: DayRules, day: DayKey): boolean {
  return rules.workdays.includes(weekdayOfDay(day));
}

/** The same, for a day kept only as its totals. */
export function totalShowsWorkingHours(counts: Readonly<Record<string, number | undefined>>) {
  return Object.entries(counts).some(
    ([key, n]) => (n ?? 0) > 0 && WORKING_SIGNS.has(key.split('.')[0] as OutcomeRecord['type']),
  );
}
