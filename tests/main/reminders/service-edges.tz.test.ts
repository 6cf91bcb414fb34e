import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineStatus } from '../../../electron/core/schedule/status';
import { memoryStores, serviceOnFakes } from './fakes';

const MIN = 60_000;
const MON = (h: number, mi = 0) => new Date(2025, 0, 13, h, mi).getTime();
const utc = (h: number, mi = 0, s = 0) => Date.UTC(2025, 0, 13, h, mi, s);
const advanceTo = (t: number) => vi.advanceTimersByTime(t - Date.now());

function setup(stores = memoryStores()) {
  const { service, prompts, withdrawn } = serviceOnFakes([], stores);
  const statuses: (EngineStatus & { at: number })[] = [];
  service.onStatus((s) => statuses.push({ ...s, at: Date.now() }));
  const firsts = () => prompts.filter((p) => p.kind === 'first').map((p) => p.at);
  const repeats = () => prompts.filter((p) => p.kind === 'repeat').map((p) => p.at);
  const history = (type: string) => stores.records.filter((r) => r.type === type).map((r) => r.at);
  return { service, stores, prompts, withdrawn, statuses, firsts, repeats, history };
}

/** The person stops touching the machine at `idleFrom` (wall time as the clock reads it). */
function setupIdleFrom(idleFrom: number) {
  const stores = memoryStores();
  const { service } = serviceOnFakes([{ start: idleFrom, end: Infinity, kind: 'idle' }], stores);
  const prompts: number[] = [];
  service.onReminder(() => prompts.push(Date.now()));
  const history = (type: string) => stores.records.filter((r) => r.type === type).map((r) => r.at);
  return { service, firsts: () => prompts, history };
}

const fake = (now: number) =>
  vi.useFakeTimers({ now, toFake: ['Date', 'setTimeout', 'clearTimeout'] });

/** The app runs from `from`, quits at `quitAt`, and starts again at `restartAt` on the same files. */
function restartedAt(from: number, quitAt: number, restartAt: number) {
  fake(from);
  const stores = memoryStores();
  const first = setup(stores);
  first.service.start();
  advanceTo(quitAt);
  first.service.stop();
  advanceTo(restartAt);
  const second = setup(stores);
  second.service.start();
  return second;
}

describe(`reminder service edge cases under TZ=${process.env.TZ ?? 'UTC'}`, () => {
  const savedZone = process.env.TZ;
  afterEach(() => {
    vi.useRealTimers();
    process.env.TZ = savedZone;
  });

  it('New York to Berlin while off hours: counting starts within 15 min of the change', () => {
    process.env.TZ = 'America/New_York';
    fake(utc(11)); // 06:00 in New York; its job is armed for 09:00 there (14:00 UTC)
    const { service, firsts, statuses } = setup();
    service.start();
    advanceTo(utc(11, 20));
    process.env.TZ = 'Europe/Berlin'; // 12:20 there: inside working hours
    advanceTo(utc(11, 36));
    expect(statuses.at(-1)?.phase).toBe('counting');
    advanceTo(utc(13));
    // Counted from the last look at the clock before the change (11:15, looks are 15 min apart
    // off hours), so one reminder, 55 min after the change, inside Berlin hours (08-16 UTC).
    expect(firsts()).toEqual([utc(12, 15)]);
    service.stop();
  });

  it('Berlin to New York with a reminder armed: nothing until the New York day', () => {
    process.env.TZ = 'Europe/Berlin';
    fake(utc(8)); // 09:00 in Berlin
    const { service, firsts, repeats } = setup();
    service.start();
    advanceTo(utc(8, 59, 30));
    process.env.TZ = 'America/New_York'; // 03:59 there
    advanceTo(Date.UTC(2025, 0, 14));
    // New York hours are 14:00-22:00 UTC; the night in between restarted the count.
    expect(firsts()).toEqual([
      utc(15),
      utc(16, 10),
      utc(17, 20),
      utc(18, 30),
      utc(19, 40),
      utc(20, 50),
    ]);
    expect(repeats()).toEqual(firsts().map((t) => t + 5 * MIN));
    service.stop();
  });

  it('a reminder out when the zone changes to off hours is withdrawn within 5 min', () => {
    process.env.TZ = 'Europe/Berlin';
    fake(utc(8));
    const { service, firsts, repeats, withdrawn } = setup();
    service.start();
    advanceTo(utc(9, 2)); // reminded at 10:00 Berlin (09:00 UTC)
    process.env.TZ = 'America/New_York';
    advanceTo(utc(13, 59));
    expect(firsts()).toEqual([utc(9)]);
    expect(repeats()).toEqual([]);
    expect(withdrawn).toHaveLength(1);
    expect(withdrawn[0]).toBeLessThanOrEqual(utc(9, 5));
    service.stop();
  });

  it('wall clock 2 h ahead with no suspend, the person typing: no break, the count goes on', () => {
    fake(MON(9));
    const { service, firsts, history } = setup();
    service.start();
    advanceTo(MON(9, 52)); // 52 min counted; the next idle check is due at 09:55
    vi.setSystemTime(MON(11, 52));
    advanceTo(MON(12, 30));
    // The job fires late (at 11:55 on the new clock), reads no idle time: the 8 minutes left
    // are sat after it, and the reminder goes out at the next pause in input.
    expect(history('natural-break')).toEqual([]);
    expect(firsts()).toHaveLength(1);
    expect(firsts()[0]).toBeGreaterThanOrEqual(MON(12, 3));
    expect(firsts()[0]).toBeLessThanOrEqual(MON(12, 5));
    service.stop();
  });

  it('wall clock 2 h ahead while the person has been idle: that idle time is a break', () => {
    fake(MON(9));
    // Idle from 09:45 on (the jump adds 2 h to the clock, so 11:45 on the new one).
    const idleFrom = MON(11, 45);
    const { service, firsts, history } = setupIdleFrom(idleFrom);
    service.start();
    advanceTo(MON(9, 52));
    vi.setSystemTime(MON(11, 52));
    advanceTo(MON(11, 58));
    expect(history('natural-break').map(Date.parse)).toEqual([MON(11, 55)]);
    expect(firsts()).toEqual([]);
    service.stop();
  });

  it('wall clock 30 min back: the count is kept and nothing fires twice', () => {
    fake(MON(9));
    const { service, firsts } = setup();
    service.start();
    advanceTo(MON(9, 40));
    vi.setSystemTime(MON(9, 10));
    advanceTo(MON(10, 9));
    // 40 min counted before the jump; at most one 5 min check interval is lost after it.
    expect(firsts()).toHaveLength(1);
    expect(firsts()[0]).toBeGreaterThanOrEqual(MON(9, 30));
    expect(firsts()[0]).toBeLessThanOrEqual(MON(9, 35));
    service.stop();
  });
});

describe(`restarts and routines under TZ=${process.env.TZ ?? 'UTC'}`, () => {
  afterEach(() => vi.useRealTimers());

  it('restarted 3 min after a reminder: its repeat comes, then it counts as ignored', () => {
    const second = restartedAt(MON(9), MON(10, 1), MON(10, 4));
    advanceTo(MON(11, 11));
    expect(second.repeats()).toEqual([MON(10, 5)]);
    expect(second.firsts()).toEqual([MON(11, 10)]);
    expect(second.history('ignored').map(Date.parse)).toEqual([MON(10, 10)]);
    second.service.stop();
  });

  it('restarted 3 h after a reminder: nothing at start, a fresh count', () => {
    const second = restartedAt(MON(9), MON(10, 1), MON(13, 1));
    advanceTo(MON(14, 2));
    expect(second.prompts.map((p) => p.at)).toEqual([MON(14, 1)]);
    expect(second.history('natural-break')).toHaveLength(1);
    second.service.stop();
  });

  it('starts fresh from a state written by a newer version', () => {
    fake(MON(9));
    const stores = memoryStores();
    const first = setup(stores);
    first.service.start();
    advanceTo(MON(9, 50));
    first.service.stop();
    stores.corrupt({ ...(stores.saved() as object), version: 3 });
    const second = setup(stores);
    second.service.start();
    advanceTo(MON(10, 51));
    expect(second.firsts()).toEqual([MON(10, 50)]);
    second.service.stop();
  });

  it('a routine started from the tray answers the open reminder', () => {
    fake(MON(9));
    const { service, firsts, repeats, withdrawn, history } = setup();
    service.start();
    advanceTo(MON(10, 2));
    service.routineStarted('full');
    expect(withdrawn).toEqual([MON(10, 2)]);
    advanceTo(MON(10, 11));
    service.routineFinished({
      outcome: 'completed',
      holdsDone: 13,
      holdCount: 13,
      durationMs: 9 * MIN,
    });
    advanceTo(MON(11, 12));
    expect(repeats()).toEqual([]);
    expect(firsts()).toEqual([MON(10), MON(11, 11)]);
    expect(history('started')).toHaveLength(1);
    expect(history('ignored')).toEqual([]);
    service.stop();
  });

  it('a routine that never reports holds reminders back for an hour, then the count goes on', () => {
    fake(MON(9));
    const { service, firsts } = setup();
    service.start();
    advanceTo(MON(10, 2));
    service.routineStarted('full');
    advanceTo(MON(11, 3));
    // Deliberate: 62 min were sat before it; the routine's hour counted neither way.
    expect(firsts()).toEqual([MON(10), MON(11, 2)]);
    service.stop();
  });

  it('a routine cut short by a restart of the app ends early instead of blocking reminders', () => {
    fake(MON(9));
    const stores = memoryStores();
    const first = setup(stores);
    first.service.start();
    advanceTo(MON(9, 30));
    first.service.routineStarted('full');
    advanceTo(MON(9, 33));
    first.service.stop();
    advanceTo(MON(9, 35));
    const second = setup(stores);
    second.service.start();
    expect(second.history('ended-early')).toHaveLength(1);
    advanceTo(MON(10, 6));
    // 30 min before the routine, none during it or while the app was down, 30 from 09:35.
    expect(second.firsts()).toEqual([MON(10, 5)]);
    second.service.stop();
  });
});

describe(`a record the history refuses under TZ=${process.env.TZ ?? 'UTC'}`, () => {
  afterEach(() => vi.useRealTimers());

  it('is reported, and the timer keeps its schedule: the next wake-up is armed', () => {
    fake(MON(9));
    const stores = memoryStores();
    const errors: unknown[] = [];
    stores.history.append = () => {
      throw new Error('Sitting minutes over a day.');
    };
    const { service, prompts } = serviceOnFakes([], stores, [], undefined, {
      onError: (error) => errors.push(error),
    });
    service.start();
    advanceTo(MON(10, 1)); // the reminder's record is refused
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('Sitting minutes over a day.');
    expect(service.armed()).not.toBeNull();
    advanceTo(MON(10, 6));
    // The repeat still came on time, its record refused in turn.
    expect(prompts.map((p) => [p.kind, p.at])).toEqual([
      ['first', MON(10)],
      ['repeat', MON(10, 5)],
    ]);
    expect(errors).toHaveLength(2);
    expect(stores.saved()).toMatchObject({ reminder: { firstAt: MON(10) } });
    service.stop();
  });
});
