import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { createAppCommands } from '../../electron/main/commands';
import { TOAST_ACTIVATOR_CLSID } from '../../electron/main/app-identity';
import { fitToPlatform, quitInOrder } from '../../electron/main/lifecycle';
import { createWindowManager } from '../../electron/main/windows';
import { windowFactory } from './fakes/electron';

/** The app with a routine running, wired as index.ts wires it; `steps` logs what happens. */
function appWithRoutineRunning() {
  const steps: string[] = [];
  const app = new EventEmitter();
  const reminders = {
    routineStarted: () => steps.push('routine started'),
    routineFinished: (result: { outcome: string }) => steps.push(`routine ${result.outcome}`),
    stoodUp: vi.fn(),
    snooze: vi.fn(),
    skipNext: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    startMeeting: vi.fn(),
    endMeeting: vi.fn(),
  };
  const windows = createWindowManager({
    createWindow: windowFactory().createWindow,
    preloadPath: '/preload.cjs',
    platform: 'linux',
    onClosed: (kind) => kind === 'routine' && commands.routineWindowClosed(),
  });
  const commands = createAppCommands({
    windows,
    reminders,
    holdCount: () => 13,
    now: () => 1_000_000,
    quit: vi.fn(),
  });
  quitInOrder(app, {
    stopPresenting: () => steps.push('reminders hidden'),
    stopReminders: () => steps.push('service stopped'),
    removeTray: () => steps.push('tray removed'),
  });
  commands.startBreak('quick');
  /** What Electron does on quit: 'before-quit', every window closes, then 'will-quit'. */
  const quit = () => {
    app.emit('before-quit');
    windows.closeAll();
    app.emit('will-quit');
  };
  return { steps, quit };
}

describe('quitting', () => {
  it('hides reminders first, records the routine cut short, then stops the service and tray', () => {
    const { steps, quit } = appWithRoutineRunning();
    quit();
    expect(steps).toEqual([
      'routine started',
      'reminders hidden',
      'routine ended-early',
      'service stopped',
      'tray removed',
    ]);
  });
});

describe('fitting the app to its platform', () => {
  const platformApp = () => ({
    dock: { hide: vi.fn() },
    setAppUserModelId: vi.fn(),
    setToastActivatorCLSID: vi.fn(),
    setName: vi.fn(),
    getPath: vi.fn(() => 'C:\\Users\\me\\AppData\\Roaming\\Unsit'),
    setPath: vi.fn(),
  });

  it('hides the Dock icon on macOS: Unsit lives in the menu bar', () => {
    const app = platformApp();
    fitToPlatform(app, 'darwin', true);
    expect(app.dock.hide).toHaveBeenCalledOnce();
    expect(app.setAppUserModelId).not.toHaveBeenCalled();
    expect(app.setToastActivatorCLSID).not.toHaveBeenCalled();
  });

  it("gives Windows the installer's app id, which its notifications are shown under", () => {
    const app = platformApp();
    fitToPlatform(app, 'win32', true);
    expect(app.setAppUserModelId).toHaveBeenCalledWith('app.unsit.desktop');
    expect(app.setToastActivatorCLSID).toHaveBeenCalledWith(TOAST_ACTIVATOR_CLSID);
    expect(app.dock.hide).not.toHaveBeenCalled();
  });

  it('changes nothing on Linux', () => {
    const app = platformApp();
    fitToPlatform(app, 'linux', false);
    expect(app.dock.hide).not.toHaveBeenCalled();
    expect(app.setAppUserModelId).not.toHaveBeenCalled();
  });
});
