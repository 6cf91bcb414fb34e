import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings } from '../../../electron/core/settings/schema';
import type { DetectedBusyReason } from '../../../electron/core/schedule/busy';
import { createBusyMonitor, PROBE_TIMEOUT_MS } from '../../../electron/main/busy/monitor';
import type { BusyDetector } from '../../../electron/main/busy/types';

/** A detector whose answers the test sets; it counts its probes and watchers. */
const SOURCE_OF = {
  call: 'camera in use',
  fullscreen: 'full-screen window',
  dnd: 'Do Not Disturb',
} as const satisfies Record<DetectedBusyReason, BusyDetector['source']>;

function fakeDetector(
  reason: DetectedBusyReason,
  opts: { supported?: boolean; watch?: boolean } = {},
) {
  const calls = { probes: 0, watching: 0, supportedAsked: 0 };
  let busy: boolean | 'hang' | 'throw' = false;
  let onChange: (() => void) | null = null;
  const detector: BusyDetector = {
    reason,
    source: SOURCE_OF[reason],
    supported: () => {
      calls.supportedAsked++;
      return Promise.resolve(opts.supported ?? true);
    },
    probe: () => {
      calls.probes++;
      if (busy === 'hang') return new Promise<boolean>(() => {});
      if (busy === 'throw') return Promise.reject(new Error('tool missing'));
      return Promise.resolve(busy);
    },
    ...(opts.watch
      ? {
          watch: (listener: () => void) => {
            calls.watching++;
            onChange = listener;
            return () => {
              calls.watching--;
              onChange = null;
            };
          },
        }
      : {}),
  };
  return {
    detector,
    calls,
    set: (next: typeof busy) => void (busy = next),
    change: () => onChange?.(),
  };
}

describe('the busy monitor', () => {
  afterEach(() => vi.useRealTimers());

  it('reads only the supported detectors whose source is turned on, and names what they see', async () => {
    const call = fakeDetector('call');
    const dnd = fakeDetector('dnd');
    const fullscreen = fakeDetector('fullscreen', { supported: false });
    const settings = { ...defaultSettings().busy, dnd: false };
    const monitor = createBusyMonitor({
      detectors: [call.detector, dnd.detector, fullscreen.detector],
      settings: () => settings,
    });
    call.set(true);
    dnd.set(true);
    expect(await monitor.read()).toEqual(['call']);
    expect(dnd.calls.probes).toBe(0);
    expect(fullscreen.calls.probes).toBe(0);
    call.set(false);
    expect(await monitor.read()).toEqual([]);
    // Support is asked once, at the first need.
    expect(call.calls.supportedAsked).toBe(1);
    expect(await monitor.capabilities()).toEqual({ call: true, fullscreen: false, dnd: true });
  });

  it('a probe that fails or hangs answers "not busy" within its time limit', async () => {
    vi.useFakeTimers();
    const call = fakeDetector('call');
    const dnd = fakeDetector('dnd');
    const monitor = createBusyMonitor({
      detectors: [call.detector, dnd.detector],
      settings: () => defaultSettings().busy,
    });
    call.set('hang');
    dnd.set('throw');
    const reading = monitor.read();
    await vi.advanceTimersByTimeAsync(PROBE_TIMEOUT_MS);
    expect(await reading).toEqual([]);
  });

  it('watches signals only while readings are wanted, and passes them on', async () => {
    const dnd = fakeDetector('dnd', { watch: true });
    const monitor = createBusyMonitor({
      detectors: [dnd.detector],
      settings: () => defaultSettings().busy,
    });
    const heard = vi.fn();
    monitor.onChange(heard);
    monitor.setWanted(true);
    await vi.waitFor(() => expect(dnd.calls.watching).toBe(1));
    dnd.change();
    expect(heard).toHaveBeenCalledTimes(1);
    monitor.setWanted(false);
    expect(dnd.calls.watching).toBe(0);
    dnd.change();
    expect(heard).toHaveBeenCalledTimes(1);
    monitor.stop();
  });
});
