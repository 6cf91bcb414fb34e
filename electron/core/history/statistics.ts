import type { FirstDay } from '../i18n/first-day';
import type { OutcomeRecord } from './records';
import { DAY_MS } from '../time/units';
import { firstHistoryDay } from './compaction';
import { recordDay } from './day-key';
import { addDays, localDayKey, weekStart, type DayKey } from '../time/day-key';
import { isWorkdayByRules, rulesOn, totalShowsWorkingHours } from './day-rules';
import { emptyTotal, mergeTotals, stretchingMs, summarizeDay } from './day-summary';
import { TAKEN_KINDS, zeroCounts, type PeriodCounts } from './period-counts';
import type { DailyTotal, DayRules, StoredHistory } from './schema';

/**
 * What the statistics window draws, computed in main from the history by these pure functions
 * (docs/architecture.md, "Statistics"). Days are local days at the time of each event.
 */

export interface DayBar extends PeriodCounts {
  day: DayKey;
}

export interface WeekBar extends PeriodCounts {
  /** The week's first and last day (Monday and Sunday, or as the locale's weeks run). */
  from: DayKey;
  to: DayKey;
}

/**
 * How a day of the year calendar looks. A working day is met, partly met or missed against its
 * goal; today is 'today' until its goal is met; 'off' is a day without working hours; 'before'
 * comes before the first day Unsit recorded anything, 'future' after today.
 */
export type CalendarStatus = 'met' | 'partial' | 'missed' | 'today' | 'off' | 'before' | 'future';

export interface CalendarDay {
  day: DayKey;
  status: CalendarStatus;
  taken: number;
  goal: number;
}

export interface TodayStats extends PeriodCounts {
  day: DayKey;
  goal: number;
  working: boolean;
  completed: { quick: number; full: number };
  stretchingMs: number;
  longestSittingMinutes: number;
  /** Reminders held while the person was busy (a call, a presentation...), offered after. */
  movedAfterBusy: number;
}

export interface StatisticsView {
  today: TodayStats;
  /** The last 7 days, today last. */
  lastDays: DayBar[];
  /** The last 12 weeks (from the locale's first day of the week), this week last. */
  lastWeeks: WeekBar[];
  /** The 365 days up to today. */
  lastYear: PeriodCounts;
  /**
   * Whole weeks, starting on the locale's first day of the week, from 52 weeks before this one to
   * this week's last day.
   */
  calendar: CalendarDay[];
  /** Working days in a row that met their goal: up to today, and the best ever. */
  streak: { current: number; best: number };
  /** The first day anything was recorded, or null for a new user. */
  firstDay: DayKey | null;
}

export interface StatisticsInput {
  history: StoredHistory;
  now: number;
  /** The rules of the current settings, for days the goal log does not cover. */
  rules: DayRules;
  /** Sitting minutes counted right now, for today's longest stretch. */
  sittingNowMinutes?: number;
  /** The day weeks start on for the person's locale (1 Monday ... 7 Sunday); Monday by default. */
  firstDayOfWeek?: FirstDay;
}

export const CALENDAR_WEEKS = 53;

function addTotal(into: PeriodCounts, total: DailyTotal | undefined): PeriodCounts {
  if (!total) return into;
  into.occasions += total.occasions;
  into.taken += total.taken;
  for (const kind of TAKEN_KINDS) into.breaks[kind] += total.breaks[kind] ?? 0;
  into.endedEarly += total.endedEarly;
  into.skipped += total.counts.skipped ?? 0;
  into.ignored += total.counts.ignored ?? 0;
  return into;
}

/** Every day with something recorded, as its total: kept totals and summed records alike. */
export function dailyTotals(
  history: StoredHistory,
  today: DayKey,
  sittingNowMinutes?: number,
): Map<DayKey, DailyTotal> {
  const totals = new Map<DayKey, DailyTotal>(history.days.map((t) => [t.day, t]));
  const byDay = new Map<DayKey, OutcomeRecord[]>();
  for (const record of history.records) {
    const day = recordDay(record.at);
    const list = byDay.get(day);
    if (list) list.push(record);
    else byDay.set(day, [record]);
  }
  for (const [day, records] of byDay) {
    const options = day === today ? { sittingNowMinutes } : {};
    const summed = summarizeDay(day, records, options);
    const kept = totals.get(day);
    // A day both kept and still in records (a zone change at the edge): both halves count.
    totals.set(day, kept ? mergeTotals(kept, summed) : summed);
  }
  if (sittingNowMinutes !== undefined && !totals.has(today)) {
    totals.set(today, summarizeDay(today, [], { sittingNowMinutes }));
  }
  return totals;
}

interface DayJudgement {
  working: boolean;
  goal: number;
  taken: number;
  met: boolean;
}

function judge(
  day: DayKey,
  totals: Map<DayKey, DailyTotal>,
  log: readonly DayRules[],
  fallback: DayRules,
): DayJudgement {
  const total = totals.get(day);
  const rules = rulesOn(log, day, fallback);
  const working =
    isWorkdayByRules(rules, day) || (total !== undefined && totalShowsWorkingHours(total.counts));
  const taken = total?.taken ?? 0;
  return { working, goal: rules.dailyGoal, taken, met: taken >= rules.dailyGoal };
}

/**
 * Working days in a row that met their goal. Days without working hours neither count nor break
 * it; today counts once met and breaks it only once it is over.
 */
function streaks(
  first: DayKey | null,
  today: DayKey,
  dayOf: (day: DayKey) => DayJudgement,
): { current: number; best: number } {
  if (first === null || first > today) return { current: 0, best: 0 };
  let run = 0;
  let best = 0;
  for (let day = first; day <= today; day = addDays(day, 1)) {
    const j = dayOf(day);
    if (!j.working) continue;
    if (j.met) best = Math.max(best, ++run);
    else if (day !== today) run = 0;
  }
  return { current: run, best };
}

function calendarStatus(day: DayKey, today: DayKey, first: DayKey | null, j: DayJudgement) {
  if (day > today) return 'future';
  // For a new user, the history starts today.
  if (day < (first === null || first > today ? today : first)) return 'before';
  if (!j.working) return 'off';
  if (j.met) return 'met';
  if (day === today) return 'today';
  return j.taken > 0 ? 'partial' : 'missed';
}

export function buildStatistics(input: StatisticsInput): StatisticsView {
  const { history, now, rules } = input;
  const today = localDayKey(now);
  const totals = dailyTotals(history, today, input.sittingNowMinutes);
  const first = firstHistoryDay(history);
  const judgements = new Map<DayKey, DayJudgement>();
  const dayOf = (day: DayKey) => {
    let j = judgements.get(day);
    if (!j) judgements.set(day, (j = judge(day, totals, history.goals, rules)));
    return j;
  };

  const countsOf = (from: DayKey, to: DayKey) => {
    const sum = zeroCounts();
    for (let day = from; day <= to && day <= today; day = addDays(day, 1)) {
      addTotal(sum, totals.get(day));
    }
    return sum;
  };

  const lastDays = Array.from({ length: 7 }, (_, i) => {
    const day = addDays(today, i - 6);
    return { day, ...countsOf(day, day) };
  });
  const thisWeek = weekStart(today, input.firstDayOfWeek ?? 1);
  const lastWeeks = Array.from({ length: 12 }, (_, i) => {
    const from = addDays(thisWeek, (i - 11) * 7);
    const to = addDays(from, 6);
    return { from, to, ...countsOf(from, to) };
  });
  const calendarStart = addDays(thisWeek, -(CALENDAR_WEEKS - 1) * 7);
  const calendar: CalendarDay[] = [];
  for (let i = 0; i < CALENDAR_WEEKS * 7; i++) {
    const day = addDays(calendarStart, i);
    const j = dayOf(day);
    calendar.push({
      day,
      status: calendarStatus(day, today, first, j),
      taken: j.taken,
      goal: j.goal,
    });
  }

  const todayTotal = totals.get(today) ?? emptyTotal(today);
  const todayJudgement = dayOf(today);
  return {
    today: {
      day: today,
      ...addTotal(zeroCounts(), todayTotal),
      goal: todayJudgement.goal,
      working: todayJudgement.working,
      completed: {
        quick: todayTotal.counts['completed.quick'] ?? 0,
        full: (todayTotal.counts['completed.full'] ?? 0) + (todayTotal.counts.completed ?? 0),
      },
      stretchingMs: stretchingMs(todayTotal),
      longestSittingMinutes: todayTotal.longestSittingMinutes,
      movedAfterBusy: todayTotal.counts.held ?? 0,
    },
    lastDays,
    lastWeeks,
    lastYear: countsOf(addDays(today, -364), today),
    calendar,
    streak: streaks(first, today, dayOf),
    firstDay: first,
  };
}

export interface TodayCount {
  taken: number;
  occasions: number;
  goal: number;
}

/** Today's breaks taken and suggested, from the records of the last two days only (tray). */
export function todayCount(history: StoredHistory, now: number, rules: DayRules): TodayCount {
  const today = localDayKey(now);
  const recent: OutcomeRecord[] = [];
  for (let i = history.records.length - 1; i >= 0; i--) {
    const record = history.records[i] as OutcomeRecord;
    if (Date.parse(record.at) < now - 2 * DAY_MS) break;
    if (recordDay(record.at) === today) recent.push(record);
  }
  const total = summarizeDay(today, recent.reverse());
  const goal = rulesOn(history.goals, today, rules).dailyGoal;
  return { taken: total.taken, occasions: total.occasions, goal };
}
