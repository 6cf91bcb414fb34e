import { afterEach, describe, expect, it, vi } from 'vitest';
import { rulesFromSettings } from '../../electron/core/history/day-rules';
import type { StoredHistory } from '../../electron/core/history/schema';
import { buildStatistics, todayCount } from '../../electron/core/history/statistics';
import type { OutcomeRecord } from '../../electron/core/history/records';
import { defaultSettings } from '../../electron/core/settings/schema';
import { memoryStores, serviceOnFakes } from './reminders/fakes';

// Monday 13 January 2025, local time: no DST change near it in any zone the suites run under.
const MON = (h: number, mi = 0) => new Date(2025, 0, 13, h, mi).getTime();
const advanceTo = (t: number) => vi.advanceTimersByTime(t - Date.now());

describe(`statistics of a day the reminder engine recorded, under TZ=${process.env.TZ ?? 'UTC'}`, () => {
  afterEach(() => vi.useRealTimers());

  it('counts what the person did with each reminder, and the stretches they sat', () => {
    vi.useFakeTimers({ now: MON(8), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    // Away from 14:30 to 14:50: a natural break before the reminder.
    const stores = memoryStores();
    const { service } = serviceOnFakes(
      [{ start: MON(14, 30), end: MON(14, 50), kind: 'idle' }],
      stores,
    );
    service.start();
    advanceTo(MON(10, 1)); // reminded at 10:00 (the full routine, the first of the day)
    service.routineStarted('full');
    advanceTo(MON(10, 9));
    service.routineFinished({
      outcome: 'completed',
      holdsDone: 13,
      holdCount: 13,
      durationMs: 480_000,
    });
    advanceTo(MON(11, 10)); // reminded at 11:09
    service.snooze();
    advanceTo(MON(11, 20)); // back after 10 more minutes
    service.stoodUp();
    advanceTo(MON(12, 21)); // reminded at 12:20
    service.skipNext();
    advanceTo(MON(13, 22)); // reminded at 13:21, repeated 13:26, ignored 13:31
    advanceTo(MON(14, 0));
    service.routineStarted('quick'); // from the tray, before any reminder
    advanceTo(MON(14, 1));
    service.routineFinished({
      outcome: 'ended-early',
      holdsDone: 1,
      holdCount: 2,
      durationMs: 60_000,
    });
    advanceTo(MON(17, 30)); // natural break at 14:35; reminded about 15:50, ignored; hours end at 17:00
    service.stop();

    const history: StoredHistory = {
      goals: [],
      days: [],
      records: stores.records as OutcomeRecord[],
    };
    const rules = rulesFromSettings(defaultSettings(), '2025-01-13');
    const { today } = buildStatistics({ history, now: MON(18), rules });
    expect(stores.records.map((r) => r.type)).toEqual([
      ...['reminded', 'started', 'completed'],
      ...['reminded', 'snoozed', 'reminded', 'stood-up'],
      ...['reminded', 'skipped'],
      ...['reminded', 'repeated', 'ignored'],
      ...['started', 'ended-early'],
      'natural-break',
      ...['reminded', 'repeated', 'ignored'],
      'hours-ended',
    ]);
    expect(today).toMatchObject({
      // The full routine at 10:00; "I stood up" after a snooze; skipped; ignored; a quick
      // stretch ended at half its holds from the tray; a natural break; ignored.
      occasions: 7,
      taken: 4,
      breaks: { full: 1, 'stood-up': 1, quick: 1, 'natural-break': 1 },
      completed: { full: 1, quick: 0 },
      skipped: 1,
      ignored: 2,
      stretchingMs: 540_000,
    });
    expect(todayCount(history, MON(18), rules)).toEqual({ taken: 4, occasions: 7, goal: 4 });
    // The longest sitting ran from "I stood up" at 11:20 to the quick stretch at 14:00, through a
    // skipped and an ignored reminder that each restarted the engine's count.
    const sat = (type: string) =>
      history.records.find((r) => r.type === type)?.sittingMinutes ?? Number.NaN;
    expect(today.longestSittingMinutes).toBe(sat('skipped') + sat('ignored') + sat('ended-early'));
    expect(today.longestSittingMinutes).toBeGreaterThanOrEqual(159);
  });
});
