import { afterEach, describe, expect, it, vi } from 'vitest';
import { WEEKDAYS, defaultSettings, type Settings } from '../../../electron/core/settings/schema';
import { createReminderService } from '../../../electron/main/reminders/reminder-service';
import { fakePowerMonitor, memoryStores, type Absence } from './fakes';

const zone = process.env.TZ ?? 'UTC';
const MIN = 60_000;
const local = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

function settings(): Settings {
  const s = defaultSettings();
  const work = {
    enabled: true,
    ranges: [
      { from: '09:00', to: '12:30' },
      { from: '13:30', to: '17:30' },
    ],
  };
  s.workingHours = {
    mon: work,
    tue: work,
    wed: work,
    thu: work,
    fri: work,
    sat: { enabled: true, ranges: [{ from: '22:00', to: '02:00' }] },
    sun: { enabled: false, ranges: [] },
  };
  return s;
}

/** Working hours read straight off the wall clock: a second, independent implementation. */
function oracleWorking(s: Settings, t: number): boolean {
  const d = new Date(t);
  const minute = d.getHours() * 60 + d.getMinutes();
  const today = s.workingHours[WEEKDAYS[(d.getDay() + 6) % 7]!];
  const yesterday = s.workingHours[WEEKDAYS[(d.getDay() + 5) % 7]!];
  const toMin = (x: string) => Number(x.slice(0, 2)) * 60 + Number(x.slice(3));
  for (const r of today.enabled ? today.ranges : []) {
    const [from, to] = [toMin(r.from), toMin(r.to)];
    if (to > from ? minute >= from && minute < to : minute >= from) return true;
  }
  for (const r of yesterday.enabled ? yesterday.ranges : []) {
    if (toMin(r.to) < toMin(r.from) && minute < toMin(r.to)) return true;
  }
  return false;
}

/** A deterministic pseudo-random script of absences (whole minutes, never overlapping). */
function script(firstDay: number, days: number): Absence[] {
  let seed = 20250303;
  const rand = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  const out: Absence[] = [];
  const first = new Date(firstDay);
  for (let i = 0; i < days; i++) {
    const at = (h: number, m: number) =>
      local(first.getFullYear(), first.getMonth() + 1, first.getDate() + i, h, m);
    const previousEnd = out.at(-1)?.end ?? 0;
    let cursor = Math.max(at(7, 30 + rand(60)), previousEnd + 15 * MIN);
    const dayEnd = at(22, 30);
    while (cursor < dayEnd) {
      const pick = rand(10);
      const minutes =
        pick < 3
          ? 2 + rand(3)
          : pick < 6
            ? 5 * (2 + rand(5))
            : pick < 8
              ? pick === 6
                ? 2 + rand(3)
                : 5 + rand(40)
              : 20 + rand(120);
      const kind = pick < 6 ? 'idle' : pick < 8 ? 'lock' : 'sleep';
      out.push({ start: cursor, end: cursor + minutes * MIN, kind });
      cursor += (minutes + 15 + rand(100)) * MIN;
    }
    if (i % 7 === 2) {
      const start = Math.max(at(23, 40), cursor);
      out.push({ start, end: at(24 + 8, 20 + rand(60)), kind: 'sleep' });
    }
  }
  return out;
}

interface OracleResult {
  reminders: number[];
  repeats: number[];
}

/**
 * Lock and sleep arrive as events, so their end is seen at once. A return from idle can only be
 * seen at an idle reading, and while the user is away those are taken every 2 minutes from the
 * moment the break was noticed: the sitting timer restarts from that reading (README, "How
 * Unsit tells you are away").
 */
const AWAY_READING_MIN = 2;
function returnSeen(s: Settings, a: Absence): number {
  const B = s.reminders.breakMinutes;
  if (a.kind !== 'idle' || a.end - a.start < B * MIN) return a.end;
  // Readings happen only inside working hours: the first once the break is due, then every
  // 2 minutes, starting over at the next working minute after a gap.
  let nextReading = a.start + B * MIN;
  for (let t = nextReading; t < a.end + 24 * 60 * MIN; t += MIN) {
    if (!oracleWorking(s, t)) {
      nextReading = t + MIN;
      continue;
    }
    if (t < nextReading) continue;
    if (t >= a.end) return t;
    nextReading = t + AWAY_READING_MIN * MIN;
  }
  return a.end;
}

/**
 * Minute-by-minute reading of the sitting timer's rules (docs/decisions.md), written
 * independently of the core.
 */
function oracle(s: Settings, start: number, end: number, observed: Absence[]): OracleResult {
  const B = s.reminders.breakMinutes;
  const absences = observed.map((a) => ({ ...a, end: returnSeen(s, a) }));
  const result: OracleResult = { reminders: [], repeats: [] };
  let sitting = 0;
  let outsideSince: number | null = start;
  let reminder: { first: number; repeat: number | null } | null = null;
  for (let t = start; t < end; t += MIN) {
    const inWork = oracleWorking(s, t);
    const a = absences.find((x) => x.start <= t && t < x.end);
    const awayMin = a ? (t - a.start) / MIN : -1;
    const isBreak = a !== undefined && awayMin >= B;
    if (a && awayMin === B) {
      sitting = 0;
      reminder = null;
    }
    if (!inWork) {
      // A reminder still out when the hours end was ignored: the count starts over.
      if (reminder) sitting = 0;
      reminder = null;
      outsideSince ??= t;
    } else if (outsideSince !== null) {
      if (t - outsideSince >= B * MIN) sitting = 0;
      outsideSince = null;
    }
    // Idle shorter than a break is still sitting at the desk; locked or asleep is not. At the
    // very instant a lock or sleep begins, a timer due then has already fired.
    const canRemind = inWork && (!a || a.start === t || (a.kind === 'idle' && !isBreak));
    if (reminder) {
      if (reminder.repeat !== null && t >= reminder.repeat + 5 * MIN) {
        reminder = null;
        sitting = 0;
      } else if (reminder.repeat === null && t >= reminder.first + 5 * MIN && canRemind) {
        reminder.repeat = t;
        result.repeats.push(t);
      }
    }
    if (!reminder && sitting >= s.reminders.sittingMinutes && canRemind) {
      reminder = { first: t, repeat: null };
      result.reminders.push(t);
    }
    if (inWork && !isBreak) sitting++;
  }
  return result;
}

describe(`four weeks of the reminder service on fake timers under TZ=${zone}`, () => {
  afterEach(() => vi.useRealTimers());

  it('reminds exactly when an independent minute-by-minute oracle says, never outside hours', () => {
    const s = settings();
    const start = local(2025, 3, 3); // a Monday; the weeks include the March DST changes
    const end = local(2025, 3, 30, 12); // stops before the script runs out
    const absences = script(start, 28);
    vi.useFakeTimers({ now: start, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const power = fakePowerMonitor(() => absences);
    const stores = memoryStores();
    const service = createReminderService({
      clock: { now: () => Date.now() },
      settings: s,
      power: power.monitor,
      timerStore: stores.timerStore,
      history: stores.history,
    });
    const got: OracleResult = { reminders: [], repeats: [] };
    power.watch(service);
    service.onReminder((p) => (p.kind === 'first' ? got.reminders : got.repeats).push(Date.now()));
    service.start();

    const actions: { at: number; run: () => void }[] = [];
    for (const a of absences) {
      if (a.kind === 'lock') {
        actions.push({ at: a.start, run: () => power.emit('lock-screen') });
        actions.push({ at: a.end, run: () => power.emit('unlock-screen') });
      } else if (a.kind === 'sleep') {
        actions.push({
          at: a.start,
          run: () => {
            power.emit('suspend');
            vi.setSystemTime(a.end);
            power.emit('resume');
          },
        });
      }
    }
    actions.sort((x, y) => x.at - y.at);
    const idleHours: number[] = [];
    for (const action of actions) {
      if (action.at >= end) break;
      vi.advanceTimersByTime(action.at - Date.now());
      action.run();
    }
    // One long idle hour at the end, inside working hours, to measure wake-ups.
    const idleStart = Math.max(Date.now(), local(2025, 3, 31, 9, 30));
    absences.push({ start: idleStart, end: idleStart + 60 * MIN, kind: 'idle' });
    vi.advanceTimersByTime(idleStart - Date.now());
    const before = service.wakeups();
    vi.advanceTimersByTime(60 * MIN);
    const after = service.wakeups();
    idleHours.push(after.jobFires - before.jobFires, after.idleReads - before.idleReads);
    service.stop();

    const expected = oracle(
      s,
      start,
      end,
      absences.filter((a) => a.start < end),
    );
    const inMonth = (t: number) => t < end;
    expect(got.reminders.filter(inMonth).length).toBeGreaterThan(50);
    // Compared as local times so a failure reads like a timetable.
    const wall = (ts: number[]) => ts.map((t) => new Date(t).toString().slice(0, 21));
    expect(wall(got.reminders.filter(inMonth))).toEqual(wall(expected.reminders));
    expect(wall(got.repeats.filter(inMonth))).toEqual(wall(expected.repeats));
    for (const t of [...got.reminders, ...got.repeats]) expect(oracleWorking(s, t)).toBe(true);
    expect(new Set(got.reminders).size).toBe(got.reminders.length);
    // Wake-ups during an idle hour stay within the budget of 60 (about 12 with a 5 min break).
    expect(idleHours[0]).toBeLessThanOrEqual(60);
    expect(idleHours[1]).toBeLessThanOrEqual(60);
    // A month of fake time is real CPU work: seconds when idle, 100 s seen with every core
    // busy. The limit only stops a hung run.
  }, 300_000);
});
