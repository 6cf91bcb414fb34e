import { afterEach, describe, expect, it, vi } from 'vitest';
import type { DetectedBusyReason } from '../../../electron/core/schedule/busy';
import type { BusyReader } from '../../../electron/main/reminders/reminder-service';
import { memoryStores, serviceOnFakes } from './fakes';

const MON = (h: number, mi = 0) => new Date(2025, 0, 13, h, mi).getTime();
const HOUR = 3_600_000;
/** The detectors' answers are promises: let them settle between timers. */
const advanceTo = (t: number) => vi.advanceTimersByTimeAsync(t - Date.now());

/** A reader whose detectors see a call from `from` to `to`; it records when it was read. */
function fakeReader(from: number, to: number) {
  const reads: number[] = [];
  const wanted: boolean[] = [];
  let signal: (() => void) | null = null;
  const reader: BusyReader = {
    read: () => {
      reads.push(Date.now());
      const now = Date.now();
      const seen: DetectedBusyReason[] = now >= from && now < to ? ['call'] : [];
      return Promise.resolve(seen);
    },
    setWanted: (w) => void wanted.push(w),
    onChange: (listener) => {
      signal = listener;
      return () => (signal = null);
    },
  };
  return { reader, reads, wanted, signal: () => signal?.() };
}

describe('the reminder service while the person is busy', () => {
  afterEach(() => vi.useRealTimers());

  it('holds a reminder through a call, reading once a minute, and offers it when the call ends', async () => {
    vi.useFakeTimers({ now: MON(8), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const busy = fakeReader(MON(9, 50), MON(11, 20));
    const stores = memoryStores();
    const { service, prompts } = serviceOnFakes([], stores, [], busy.reader);
    const statuses: (string | null)[] = [];
    service.onStatus((s) => statuses.push(s.heldBy));
    service.start();
    await advanceTo(MON(9, 59));
    expect(busy.reads).toEqual([]); // never read while the count runs
    await advanceTo(MON(10, 10));
    expect(prompts).toEqual([]);
    expect(service.status().heldBy).toBe('call');
    expect(statuses).toContain('call');
    expect(busy.reads[0]).toBe(MON(10));
    expect(busy.wanted.at(-1)).toBe(true);
    expect(stores.records.find((r) => r.type === 'held')).toMatchObject({ reason: 'call' });
    // A whole hour of the call: wake-ups stay within the budget of 60.
    const before = service.wakeups();
    await advanceTo(MON(11, 10));
    const after = service.wakeups();
    expect(after.jobFires - before.jobFires).toBeLessThanOrEqual(60);
    expect(after.busyReads - before.busyReads).toBeLessThanOrEqual(60);
    expect(after.idleReads - before.idleReads).toBe(0);
    await advanceTo(MON(11, 22));
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatchObject({ kind: 'first', after: 'call', sittingMinutes: 140 });
    expect(prompts[0]!.at).toBeLessThanOrEqual(MON(11, 20) + 60_000);
    expect(busy.wanted.at(-1)).toBe(false);
    service.stop();
  });

  it('a detector signal ends the hold at once, without waiting for the minute', async () => {
    vi.useFakeTimers({ now: MON(8), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const end = MON(10, 5) + 20_000;
    const busy = fakeReader(MON(9, 50), end);
    const { service, prompts } = serviceOnFakes([], memoryStores(), [], busy.reader);
    service.start();
    await advanceTo(end);
    busy.signal();
    await vi.advanceTimersByTimeAsync(1);
    expect(prompts.map((p) => p.at)).toEqual([end]);
    service.stop();
  });

  it('a clock set 2 h forward during a call, the person typing, is no break and does not end the hold', async () => {
    vi.useFakeTimers({ now: MON(8), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    // The call goes on past the jump, by the new clock's reading.
    const busy = fakeReader(MON(9, 50), MON(12, 40));
    const stores = memoryStores();
    const { service, prompts } = serviceOnFakes([], stores, [], busy.reader);
    service.start();
    await advanceTo(MON(10, 10));
    expect(service.status().heldBy).toBe('call');
    vi.setSystemTime(MON(12, 10));
    await advanceTo(MON(12, 30));
    // The jump was not time away: no break, and the reminder is still held for the call.
    expect(stores.records.filter((r) => r.type === 'natural-break')).toEqual([]);
    expect(service.status().heldBy).toBe('call');
    expect(prompts).toEqual([]);
    // When the call ends, the reminder it held is offered for the sitting actually done: 70 min
    // before the jump (from 09:00) and 30 after it, never the 2 h the clock skipped.
    await advanceTo(MON(12, 42));
    expect(prompts).toHaveLength(1);
    expect(prompts[0]).toMatchObject({ kind: 'first', after: 'call' });
    expect(prompts[0]!.sittingMinutes).toBeGreaterThanOrEqual(95);
    expect(prompts[0]!.sittingMinutes).toBeLessThanOrEqual(101);
    service.stop();
  });

  it('a meeting set by hand holds for its length; ending it offers the reminder', async () => {
    vi.useFakeTimers({ now: MON(8), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { service, prompts } = serviceOnFakes();
    service.start();
    await advanceTo(MON(9, 45));
    service.startMeeting(30);
    expect(service.status().meeting).toEqual({ until: MON(10, 15) });
    await advanceTo(MON(10, 16));
    expect(prompts.map((p) => [p.at, p.after])).toEqual([[MON(10, 15), 'meeting']]);
    service.startMeeting(null);
    await advanceTo(MON(12));
    expect(service.status().meeting).toEqual({ until: null });
    service.endMeeting();
    expect(service.status().meeting).toBeNull();
    await advanceTo(MON(12) + HOUR / 60);
    service.stop();
  });
});
