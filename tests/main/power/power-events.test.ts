import { describe, expect, it, vi } from 'vitest';
import { createIdleReader, watchPower } from '../../../electron/main/power/power-events';
import { fakePowerMonitor } from '../reminders/fakes';

describe('power events adapter', () => {
  it('routes each powerMonitor event to its handler and unsubscribes all of them', () => {
    const power = fakePowerMonitor(() => []);
    const handlers = {
      suspend: vi.fn(),
      resume: vi.fn(),
      lock: vi.fn(),
      unlock: vi.fn(),
      shutdown: vi.fn(),
    };
    const detach = watchPower(power.monitor, handlers);
    power.emit('lock-screen');
    power.emit('unlock-screen');
    power.emit('suspend');
    power.emit('resume');
    power.emit('shutdown');
    for (const h of Object.values(handlers)) expect(h).toHaveBeenCalledTimes(1);
    detach();
    expect(power.listenerCount()).toBe(0);
  });

  it('counts idle reads', () => {
    const reader = createIdleReader({
      on: vi.fn(),
      removeListener: vi.fn(),
      getSystemIdleTime: () => 42,
    });
    expect(reader.read()).toBe(42);
    expect(reader.reads()).toBe(1);
  });
});
