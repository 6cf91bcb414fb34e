import { vi } from 'vitest';
import type { TrayCommands } from '../../../electron/main/tray';

/** Every tray command as a spy, for tests that check which one a menu item or a window ran. */
export function fakeTrayCommands(): TrayCommands {
  return {
    startBreak: vi.fn(),
    stoodUp: vi.fn(),
    snooze: vi.fn(),
    skipNext: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    startMeeting: vi.fn(),
    endMeeting: vi.fn(),
    openStatistics: vi.fn(),
    openSettings: vi.fn(),
    restartToUpdate: vi.fn(),
    openReleasePage: vi.fn(),
    quit: vi.fn(),
  };
}
