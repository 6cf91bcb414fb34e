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
    const routes = [
      ['lock-screen', handlers.lock],
      ['unlock-screen', handlers.unlock],
      ['suspend', handlers.suspend],
      ['resume', handlers.resume],
      ['shutdown', handlers.shutdown],
    ] as const;
    // One event at a time, so an event sent to the wrong handler shows.
    for (const [event, handler] of routes) {
      power.emit(event);
      expect(handler, event).toHaveBeenCalledTimes(1);
      const others = Object.values(handlers).filter((h) => h !== handler);
      for (const other of others) expect(other, event).not.toHaveBeenCalled();
      handler.mockClear();
    }
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
