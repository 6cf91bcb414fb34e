import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EngineStatus } from '../../../electron/core/schedule/status';
import { defaultSettings } from '../../../electron/core/settings/schema';
import { createIdleReader } from '../../../electron/main/power/power-events';
import {
  LOCKED_CHECK_MS,
  createReminderService,
} from '../../../electron/main/reminders/reminder-service';
import { memoryStores } from './fakes';

// Linux gives Electron no lock-screen event: a lock shows only in the idle state readings.
const MIN = 60_000;
const MON = (h: number, mi = 0) => new Date(2025, 0, 13, h, mi).getTime();
const advanceTo = (t: number) => vi.advanceTimersByTime(t - Date.now());

function linuxDesk() {
  const desk = { locked: false, idleSeconds: 1 };
  const monitor = {
    on: () => undefined,
    removeListener: () => undefined,
    getSystemIdleTime: () => desk.idleSeconds,
    getSystemIdleState: () => (desk.locked ? ('locked' as const) : ('active' as const)),
  };
  const stores = memoryStores();
  const service = createReminderService({
    clock: { now: () => Date.now() },
    settings: defaultSettings(),
    power: monitor,
    idle: createIdleReader(monitor, { platform: 'linux' }),
    timerStore: stores.timerStore,
    history: stores.history,
  });
  const prompts: number[] = [];
  const statuses: (EngineStatus & { at: number })[] = [];
  service.onReminder(() => prompts.push(Date.now()));
  service.onStatus((s) => statuses.push({ ...s, at: Date.now() }));
  return { desk, service, prompts, statuses };
}

describe(`a locked screen on Linux under TZ=${process.env.TZ ?? 'UTC'}`, () => {
  afterEach(() => vi.useRealTimers());

  it('is an absence from the reading that finds it, and ends at the first look after unlocking', () => {
    vi.useFakeTimers({ now: MON(9), toFake: ['Date', 'setTimeout', 'clearTimeout'] });
    const { desk, service, prompts, statuses } = linuxDesk();
    service.start();
    advanceTo(MON(9, 30));
    desk.locked = true;
    // Past the sitting limit: the reminder would have gone out to an empty desk.
    advanceTo(MON(10, 30));
    expect(prompts).toEqual([]);
    const away = statuses.find((s) => s.phase === 'away');
    expect(away?.at).toBeGreaterThanOrEqual(MON(9, 30));
    expect(away?.at).toBeLessThanOrEqual(MON(9, 30) + 15 * MIN);
    desk.locked = false;
    const unlockedAt = Date.now();
    advanceTo(unlockedAt + LOCKED_CHECK_MS);
    const back = statuses.filter((s) => s.at > unlockedAt);
    expect(back.map((s) => s.phase)).toEqual(['counting']);
    // The hour away was a break: the next reminder is a full sitting stretch after the return.
    expect(back[0]?.nextReminderAt).toBeGreaterThanOrEqual(
      unlockedAt + defaultSettings().reminders.sittingMinutes * MIN,
    );
    service.stop();
  });
});
