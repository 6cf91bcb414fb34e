import { describe, expect, it, vi } from 'vitest';
import { applyChromiumSwitches } from '../../electron/main/chromium-switches';

describe('Chromium switches', () => {
  it('lets the routine speak on Linux through speech-dispatcher', () => {
    const appendSwitch = vi.fn();
    applyChromiumSwitches({ appendSwitch }, 'linux');
    expect(appendSwitch).toHaveBeenCalledWith('enable-speech-dispatcher');
  });

  it('adds nothing where the system voices work without it', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      const appendSwitch = vi.fn();
      applyChromiumSwitches({ appendSwitch }, platform);
      expect(appendSwitch).not.toHaveBeenCalled();
    }
  });
});
