import { localIso } from '../../../electron/core/time/local-iso';
import type { OutcomeRecord } from '../../../electron/core/history/records';
import type { DayRules } from '../../../electron/core/history/schema';

/** Local wall time in the process zone (month 1-based for readability). */
export const local = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

type Extra = Omit<OutcomeRecord, 'at' | 'type'>;

/** A record written as the engine writes it: local time with the offset of the moment. */
export const rec = (t: number, type: OutcomeRecord['type'], extra: Extra = {}): OutcomeRecord => ({
  at: localIso(t),
  type,
  ...extra,
});

/** A routine's result records, as a routine window reports them. */
export const completed = (t: number, kind: 'quick' | 'full' = 'quick', sittingMinutes = 60) =>
  rec(t, 'completed', {
    kind,
    sittingMinutes,
    holdsDone: kind === 'quick' ? 2 : 13,
    holdCount: kind === 'quick' ? 2 : 13,
    durationMs: kind === 'quick' ? 130_000 : 540_000,
  });

export const endedEarly = (t: number, holdsDone: number, kind: 'quick' | 'full' = 'full') =>
  rec(t, 'ended-early', {
    kind,
    sittingMinutes: 60,
    holdsDone,
    holdCount: kind === 'quick' ? 2 : 13,
    durationMs: holdsDone * 40_000,
  });

/** Rules of the default settings: Monday to Friday, four breaks a day. */
export const WEEKDAY_RULES: DayRules = {
  from: '2000-01-01',
  dailyGoal: 4,
  workdays: ['mon', 'tue', 'wed', 'thu', 'fri'],
};
