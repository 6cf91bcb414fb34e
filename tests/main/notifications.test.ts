import { EventEmitter } from 'node:events';
import type { NotificationConstructorOptions } from 'electron';
import { fakeTrayCommands } from './fakes/tray-commands';
import { describe, expect, it, vi } from 'vitest';
import {
  createReminderNotifier,
  type NotificationClass,
  type ReminderAnswers,
} from '../../electron/main/notifications';
import type { ReminderPrompt } from '../../electron/main/reminders/types';

const minutes = { quick: 2, full: 8 };
const FIRST: ReminderPrompt = { kind: 'first', sittingMinutes: 62, suggests: 'quick', minutes };
const REPEAT: ReminderPrompt = { kind: 'repeat', sittingMinutes: 67, suggests: 'quick', minutes };
const FULL: ReminderPrompt = { kind: 'first', sittingMinutes: 61, suggests: 'full', minutes };

function setup({
  platform = 'darwin' as NodeJS.Platform,
  supported = true,
  style = 'notification' as 'notification' | 'window',
} = {}) {
  const shown: FakeNotification[] = [];
  class FakeNotification extends EventEmitter {
    static isSupported = () => supported;
    visible = false;
    constructor(readonly options: NotificationConstructorOptions) {
      super();
      shown.push(this);
    }
    show() {
      this.visible = true;
    }
    close() {
      if (!this.visible) return;
      this.visible = false;
      this.emit('close', {});
    }
  }
  const answers = {
    ...fakeTrayCommands(),
    startBreak: vi.fn<ReminderAnswers['startBreak']>(),
    stoodUp: vi.fn(),
    snooze: vi.fn(),
    skipNext: vi.fn(),
  };
  const fallback = { show: vi.fn(), hide: vi.fn() };
  const notifier = createReminderNotifier({
    Notification: FakeNotification as unknown as NotificationClass,
    platform,
    answers,
    fallback,
    style: () => style,
    snoozeMinutes: () => 10,
  });
  return { notifier, shown, answers, fallback };
}

describe('reminder notifications', () => {
  it('keeps a Windows toast on screen until answered, instead of the Action Center', () => {
    const windows = setup({ platform: 'win32' });
    windows.notifier.show(FIRST);
    expect(windows.shown[0]?.options.timeoutType).toBe('never');
    for (const platform of ['darwin', 'linux'] as const) {
      const other = setup({ platform });
      other.notifier.show(FIRST);
      expect(other.shown[0]?.options.timeoutType).toBeUndefined();
    }
  });

  it('names the suggested break and its length, and how long the user sat', () => {
    const { notifier, shown } = setup();
    notifier.show(FIRST);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.visible).toBe(true);
    expect(shown[0]?.options.body).toBe(
      'Quick standing stretch, about 2 min. You have been sitting for 62 min.',
    );
    notifier.show(FULL);
    expect(shown[1]?.options.body).toMatch(/^Full hip-flexor routine, about 8 min\./);
  });

  it('starts the suggested kind when clicked, once', () => {
    const { notifier, shown, answers } = setup();
    notifier.show(FIRST);
    shown[0]?.emit('click');
    shown[0]?.emit('click');
    notifier.show(FULL);
    shown[1]?.emit('click');
    expect(answers.startBreak.mock.calls).toEqual([['quick'], ['full']]);
    expect(notifier.current()).toBeNull();
  });

  it('lists every answer on macOS, most useful first, and maps each to what it does', () => {
    const { notifier, shown, answers } = setup({ platform: 'darwin' });
    notifier.show(FIRST);
    expect(shown[0]?.options.actions?.map((a) => a.text)).toEqual([
      'Start',
      'I stood up',
      'Snooze 10 min',
      'Full routine instead, about 8 min',
      'Skip',
    ]);
    shown[0]?.emit('action', { actionIndex: 1 }, 1);
    expect(answers.stoodUp).toHaveBeenCalledTimes(1);

    notifier.show(REPEAT);
    shown[1]?.emit('action', { actionIndex: 3 }, 3);
    expect(answers.startBreak.mock.calls).toEqual([['full']]);

    notifier.show(FULL);
    expect(shown[2]?.options.actions?.[3]?.text).toBe('Quick stretch instead, about 2 min');
    // Older Electron versions only pass the index as the second argument.
    shown[2]?.emit('action', undefined, 0);
    expect(answers.startBreak.mock.calls).toEqual([['full'], ['full']]);

    notifier.show(FIRST);
    shown[3]?.emit('action', { actionIndex: 2 }, 2);
    notifier.show(FIRST);
    shown[4]?.emit('action', { actionIndex: 4 }, 4);
    expect(answers.snooze).toHaveBeenCalledTimes(1);
    expect(answers.skipNext).toHaveBeenCalledTimes(1);
  });

  it('shows the three most useful buttons on Windows; the rest stay in the tray', () => {
    const { notifier, shown, answers } = setup({ platform: 'win32' });
    notifier.show(FIRST);
    expect(shown[0]?.options.actions?.map((a) => a.text)).toEqual([
      'Start',
      'I stood up',
      'Snooze 10 min',
    ]);
    shown[0]?.emit('action', { actionIndex: 0 }, 0);
    expect(answers.startBreak.mock.calls).toEqual([['quick']]);
  });

  it('adds no buttons on Linux, where the body click starts the suggested break', () => {
    const { notifier, shown } = setup({ platform: 'linux' });
    notifier.show(FIRST);
    expect(shown[0]?.options.actions).toBeUndefined();
  });

  it("does nothing when the user dismisses it: repeats are the service's job", () => {
    const { notifier, shown, answers } = setup();
    notifier.show(FIRST);
    shown[0]?.emit('close', {});
    expect(answers.startBreak).not.toHaveBeenCalled();
    expect(answers.snooze).not.toHaveBeenCalled();
    expect(answers.skipNext).not.toHaveBeenCalled();
  });

  it('replaces the first reminder with the repeat, and ignores clicks on the old one', () => {
    const { notifier, shown, answers } = setup();
    notifier.show(FIRST);
    notifier.show(REPEAT);
    expect(shown[0]?.visible).toBe(false);
    expect(shown[1]?.options.title).not.toBe(shown[0]?.options.title);
    shown[0]?.emit('click');
    expect(answers.startBreak).not.toHaveBeenCalled();
    expect(notifier.current()).toEqual(REPEAT);
  });

  it('on Windows, hands the repeat to the reminder window: the first toast may have been swallowed', () => {
    const { notifier, shown, fallback } = setup({ platform: 'win32' });
    notifier.show(FIRST);
    expect(shown).toHaveLength(1);
    expect(fallback.show).not.toHaveBeenCalled();
    // Do Not Disturb drops a toast without a word: the repeat must not go the same way.
    notifier.show(REPEAT);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.visible).toBe(false);
    expect(fallback.show).toHaveBeenCalledTimes(1);
    expect(notifier.current()).toEqual(REPEAT);
    // macOS keeps its notification for the repeat.
    const mac = setup({ platform: 'darwin' });
    mac.notifier.show(FIRST);
    mac.notifier.show(REPEAT);
    expect(mac.shown).toHaveLength(2);
    expect(mac.fallback.show).not.toHaveBeenCalled();
  });

  it('closes the notification when the reminder is withdrawn', () => {
    const { notifier, shown, answers } = setup();
    notifier.show(FIRST);
    notifier.withdraw();
    expect(shown[0]?.visible).toBe(false);
    expect(notifier.current()).toBeNull();
    shown[0]?.emit('click');
    expect(answers.startBreak).not.toHaveBeenCalled();
  });

  it('uses the reminder window where notifications are not supported', () => {
    const { notifier, shown, fallback } = setup({ supported: false });
    notifier.show(FIRST);
    expect(shown).toHaveLength(0);
    expect(fallback.show).toHaveBeenCalledTimes(1);
    expect(notifier.current()).toEqual(FIRST);
  });

  it('uses the reminder window when the user chose it', () => {
    const { notifier, shown, fallback } = setup({ style: 'window' });
    notifier.show(FIRST);
    expect(shown).toHaveLength(0);
    expect(fallback.show).toHaveBeenCalledTimes(1);
  });

  it('falls back to the window when the system fails to show the notification', () => {
    const { notifier, shown, fallback } = setup({ platform: 'win32' });
    notifier.show(FIRST);
    shown[0]?.emit('failed', {}, 'toast error');
    expect(fallback.show).toHaveBeenCalledTimes(1);
    expect(notifier.current()).toEqual(FIRST);
  });

  it('takes answers from the reminder window and hides it first', () => {
    const { notifier, fallback, answers } = setup({ style: 'window' });
    notifier.show(FIRST);
    notifier.answer('snooze');
    expect(fallback.hide).toHaveBeenCalled();
    expect(answers.snooze).toHaveBeenCalledTimes(1);
    notifier.answer('start-suggested');
    expect(answers.startBreak).not.toHaveBeenCalled();
  });

  it('maps each answer of the reminder window, "start" to the suggested kind', () => {
    const { notifier, answers } = setup({ style: 'window' });
    for (const choice of [
      'start-suggested',
      'start-quick',
      'start-full',
      'stood-up',
      'skip-next',
    ] as const) {
      notifier.show(FULL);
      notifier.answer(choice);
    }
    expect(answers.startBreak.mock.calls).toEqual([['full'], ['quick'], ['full']]);
    expect(answers.stoodUp).toHaveBeenCalledTimes(1);
    expect(answers.skipNext).toHaveBeenCalledTimes(1);
  });
});
