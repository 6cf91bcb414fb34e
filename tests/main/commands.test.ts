import { fakeTrayCommands } from './fakes/tray-commands';
import { describe, expect, it, vi } from 'vitest';
import { createAppCommands, runUserCommand } from '../../electron/main/commands';
import { createWindowManager } from '../../electron/main/windows';
import { windowFactory } from './fakes/electron';

function setup() {
  let now = 1_000_000;
  const factory = windowFactory();
  const reminders = {
    routineStarted: vi.fn(),
    routineFinished: vi.fn(),
    stoodUp: vi.fn(),
    snooze: vi.fn(),
    skipNext: vi.fn(),
    pause: vi.fn(),
    resume: vi.fn(),
    startMeeting: vi.fn(),
    endMeeting: vi.fn(),
  };
  const quit = vi.fn();
  const windows = createWindowManager({
    createWindow: factory.createWindow,
    preloadPath: '/preload.cjs',
    platform: 'linux',
    onClosed: (kind) => kind === 'routine' && commands.routineWindowClosed(),
  });
  const commands = createAppCommands({
    windows,
    reminders,
    holdCount: (kind: 'quick' | 'full') => (kind === 'quick' ? 2 : 13),
    now: () => now,
    quit,
  });
  return {
    commands,
    reminders,
    quit,
    created: factory.created,
    advance: (ms: number) => (now += ms),
  };
}

describe('app commands', () => {
  it('opens the routine and tells the reminder service once, even when asked twice', () => {
    const { commands, reminders, created } = setup();
    commands.startBreak('quick');
    commands.startBreak('full');
    expect(created).toHaveLength(1);
    expect(created[0]?.loaded).toEqual(['app://unsit/routine.html']);
    // One routine at a time: the window already open keeps the kind it was opened for.
    expect(reminders.routineStarted.mock.calls).toEqual([['quick']]);
    expect(commands.currentBreak()).toBe('quick');
  });

  it('knows the kind of each routine it opens, for the window and for its result', () => {
    const { commands, reminders, created } = setup();
    commands.startBreak('full');
    created[0]?.close();
    commands.startBreak('quick');
    expect(commands.currentBreak()).toBe('quick');
    created[1]?.close();
    // Each closed before reporting: ended early with none of that kind's holds.
    expect(reminders.routineFinished.mock.calls.map(([r]) => r.holdCount)).toEqual([13, 2]);
  });

  it('passes the reported result on and asks nothing more when the window closes', () => {
    const { commands, reminders, created } = setup();
    commands.startBreak('full');
    const result = { outcome: 'completed', holdsDone: 13, holdCount: 13, durationMs: 1 } as const;
    commands.routineReported(result);
    created[0]?.close();
    expect(reminders.routineFinished.mock.calls).toEqual([[result]]);
  });

  it('counts a routine closed before it reported as ended early with no holds', () => {
    const { commands, reminders, created, advance } = setup();
    commands.startBreak('full');
    advance(90_000);
    created[0]?.close();
    expect(reminders.routineFinished).toHaveBeenCalledWith({
      outcome: 'ended-early',
      holdsDone: 0,
      holdCount: 13,
      durationMs: 90_000,
    });
  });

  it('does what each launch asks for; a launch for the routine gets the full one', () => {
    const { commands, reminders, created } = setup();
    commands.launch('tray-only');
    expect(created).toHaveLength(0);
    commands.launch('open-settings');
    commands.launch('start-routine');
    expect(created.map((w) => w.loaded[0])).toEqual([
      'app://unsit/settings.html',
      'app://unsit/routine.html',
    ]);
    expect(reminders.routineStarted.mock.calls).toEqual([['full']]);
  });

  it('opens the Unsit window for a plain launch, and starts no routine', () => {
    const { commands, reminders, created } = setup();
    commands.launch('open-home');
    commands.launch('open-home');
    expect(created.map((w) => w.loaded[0])).toEqual(['app://unsit/home.html']);
    expect(reminders.routineStarted).not.toHaveBeenCalled();
    // A launch while the window is open brings it to the front.
    created[0]?.becomeReady();
    created[0]!.focused = false;
    commands.launch('open-home');
    expect(created[0]?.focused).toBe(true);
    expect(created).toHaveLength(1);
  });

  it('opens the statistics window from the tray, once', () => {
    const { commands, created } = setup();
    commands.openStatistics();
    commands.openStatistics();
    expect(created.map((w) => w.loaded[0])).toEqual(['app://unsit/statistics.html']);
  });

  it('forwards "I stood up", snooze, skip, pause, resume and quit', () => {
    const { commands, reminders, quit } = setup();
    commands.stoodUp();
    expect(reminders.stoodUp).toHaveBeenCalledTimes(1);
    commands.snooze();
    commands.skipNext();
    commands.pause('rest-of-today');
    commands.resume();
    commands.quit();
    expect(reminders.snooze).toHaveBeenCalledTimes(1);
    expect(reminders.skipNext).toHaveBeenCalledTimes(1);
    expect(reminders.pause).toHaveBeenCalledWith('rest-of-today');
    expect(reminders.resume).toHaveBeenCalledTimes(1);
    expect(quit).toHaveBeenCalledTimes(1);
  });
});

describe('one dispatcher for every door', () => {
  it('starts a meeting for its length, one with no end, and ends it', () => {
    const commands = fakeTrayCommands();
    runUserCommand('meeting-30', commands);
    runUserCommand('meeting-90', commands);
    runUserCommand('meeting-open', commands);
    runUserCommand('meeting-end', commands);
    expect(vi.mocked(commands.startMeeting).mock.calls).toEqual([[30], [90], [null]]);
    expect(commands.endMeeting).toHaveBeenCalledTimes(1);
  });

  it('runs the update commands through the same dispatcher', () => {
    const commands = fakeTrayCommands();
    runUserCommand('restart-to-update', commands);
    runUserCommand('open-release-page', commands);
    expect(commands.restartToUpdate).toHaveBeenCalledTimes(1);
    expect(commands.openReleasePage).toHaveBeenCalledTimes(1);
    expect(commands.quit).not.toHaveBeenCalled();
  });

  it('starts what a reminder suggests, and the named kinds whatever it suggests', () => {
    const commands = fakeTrayCommands();
    runUserCommand('start-suggested', commands, 'quick');
    runUserCommand('start-full', commands, 'quick');
    runUserCommand('start-quick', commands, 'full');
    expect(vi.mocked(commands.startBreak).mock.calls).toEqual([['quick'], ['full'], ['quick']]);
  });
});
