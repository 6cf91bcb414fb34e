import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineStatus } from '../../../electron/core/schedule/status';
import { memoryStores, serviceOnFakes as setup } from './fakes';

const MON = (h: number, mi = 0) => new Date(2025, 0, 13, h, mi).getTime();

const advanceTo = (t: number) => vi.advanceTimersByTime(t - Date.now());

describe(`reminder service on node-schedule under TZ=${process.env.TZ ?? 'UTC'}`, () => {
  afterEach(() => vi.useRealTimers());

  it('prompts with the sitting time and routine length, then repeats once', () => {
    vi.useFakeTimers({ now: MON(8), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { service, prompts } = setup();
    service.start();
    advanceTo(MON(10, 7));
    const minutes = { quick: 2, full: 8 };
    expect(prompts).toEqual([
      { kind: 'first', sittingMinutes: 60, suggests: 'full', minutes, at: MON(10) },
      { kind: 'repeat', sittingMinutes: 65, suggests: 'full', minutes, at: MON(10, 5) },
    ]);
    service.stop();
  });

  it('waits for a pause in typing, looking every 10 s, and never more than 2 minutes', () => {
    vi.useFakeTimers({ now: MON(8), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const typing = [
      { start: MON(9, 59), end: MON(10) + 45_000 },
      { start: MON(11), end: MON(12) },
    ];
    const { service, prompts } = setup([], memoryStores(), typing);
    service.start();
    advanceTo(MON(10) + 40_000);
    expect(prompts).toEqual([]);
    const before = service.wakeups();
    advanceTo(MON(10, 1));
    expect(prompts.map((p) => p.at)).toEqual([MON(10) + 50_000]);
    // One wake-up and one reading, at 10:00:50, the first check after the typing stopped.
    expect(service.wakeups()).toEqual({
      jobFires: before.jobFires + 1,
      idleReads: before.idleReads + 1,
      busyReads: before.busyReads,
    });
    service.skipNext(); // answers it at 10:01: the next is due at 11:01, while typing goes on
    advanceTo(MON(11, 4));
    expect(prompts.map((p) => p.at)).toEqual([MON(10) + 50_000, MON(11, 3)]);
    service.stop();
  });

  it('records "I stood up" and the kind of every reminder and routine in the history', () => {
    vi.useFakeTimers({ now: MON(8), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const stores = memoryStores();
    const { service } = setup([], stores);
    service.start();
    advanceTo(MON(10, 1));
    service.routineStarted('quick');
    advanceTo(MON(10, 3));
    service.routineFinished({ outcome: 'completed', holdsDone: 2, holdCount: 2, durationMs: 1 });
    advanceTo(MON(10, 30));
    service.stoodUp();
    expect(stores.records.map(({ type, kind }) => (kind ? `${type} ${kind}` : type))).toEqual([
      'reminded full',
      'started quick',
      'completed quick',
      'stood-up',
    ]);
    service.stop();
  });

  it('continues the count after a quick restart, and starts again after a long one', () => {
    vi.useFakeTimers({ now: MON(9), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const stores = memoryStores();
    const first = setup([], stores);
    first.service.start();
    advanceTo(MON(9, 40));
    first.service.stop();
    advanceTo(MON(9, 42)); // restarted within the break length
    const second = setup([], stores);
    second.service.start();
    advanceTo(MON(10, 4));
    expect(second.prompts.map((p) => p.at)).toEqual([MON(10)]);
    second.service.stop();
    advanceTo(MON(10, 30)); // off for 25 minutes
    const third = setup([], stores);
    third.service.start();
    advanceTo(MON(11, 31));
    expect(third.prompts.map((p) => p.at)).toEqual([MON(11, 30)]);
    expect(stores.records.filter((r) => r.type === 'natural-break')).toHaveLength(1);
    third.service.stop();
  });

  it('starts fresh from a damaged stored state', () => {
    vi.useFakeTimers({ now: MON(9), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const stores = memoryStores();
    stores.corrupt({ version: 2, sittingMs: 'lots' });
    const { service, prompts } = setup([], stores);
    service.start();
    advanceTo(MON(10, 1));
    expect(prompts.map((p) => p.at)).toEqual([MON(10)]);
    expect(stores.saved()).toMatchObject({ version: 2 });
    service.stop();
  });

  it('fires nothing stale after sleep and nothing twice after the clock is set back', () => {
    vi.useFakeTimers({ now: MON(9), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { service, power, prompts } = setup();
    service.start();
    advanceTo(MON(9, 50));
    power.emit('suspend');
    vi.setSystemTime(MON(12));
    power.emit('resume');
    advanceTo(MON(12, 59));
    expect(prompts).toEqual([]);
    advanceTo(MON(13, 1));
    expect(prompts.map((p) => p.at)).toEqual([MON(13)]);
    vi.setSystemTime(MON(12, 30)); // clock set back after the reminder
    advanceTo(MON(13, 20));
    expect(prompts.filter((p) => p.kind === 'first')).toHaveLength(1);
    service.stop();
  });

  it('takes a job firing long after its time, with no suspend and no idle time, as no break', () => {
    vi.useFakeTimers({ now: MON(9), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { service, prompts, stores } = setup();
    service.start();
    advanceTo(MON(9, 50));
    vi.setSystemTime(MON(11)); // the wall clock jumps; timers run on their own clock
    advanceTo(MON(11, 30));
    expect(stores.records.filter((r) => r.type === 'natural-break')).toEqual([]);
    // 50 min were counted before the jump; the 10 left run from the late wake-up (the job
    // armed for the 09:55 check fires 5 minutes after 11:00 on the new clock).
    const firsts = prompts.filter((p) => p.kind === 'first').map((p) => p.at);
    expect(firsts).toEqual([MON(11, 15)]);
    service.stop();
  });

  it('withdraws on lock past the break, pauses and resumes, and notifies status changes only', () => {
    vi.useFakeTimers({ now: MON(9), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { service, power, prompts, withdrawn } = setup();
    const statuses: EngineStatus[] = [];
    service.onStatus((s) => statuses.push(s));
    service.start();
    advanceTo(MON(10, 1));
    power.emit('lock-screen');
    advanceTo(MON(10, 10));
    expect(withdrawn).toEqual([MON(10, 6)]);
    power.emit('unlock-screen');
    service.pause('rest-of-today');
    expect(service.status()).toMatchObject({
      phase: 'paused',
      pausedUntil: new Date(2025, 0, 14).getTime(),
    });
    advanceTo(MON(17, 30));
    expect(prompts.map((p) => p.at)).toEqual([MON(10)]);
    service.resume();
    expect(service.status().phase).toBe('outside-hours');
    // Idle checks every 5 minutes for 8 hours do not each produce a status notice.
    const phases = statuses.map((st) => st.phase).filter((p, k, all) => p !== all[k - 1]);
    expect(phases).toEqual(['counting', 'due', 'away', 'counting', 'paused', 'outside-hours']);
    expect(statuses.length).toBeLessThan(10);
    service.stop();
  });
});
