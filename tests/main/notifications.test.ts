import { EventEmitter } from 'node:events';
import type { NotificationConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  createReminderNotifier,
  type NotificationClass,
  type ReminderAnswers,
} from '../../electron/main/notifications';
import type { ReminderPrompt } from '../../electron/main/reminders/types';

const FIRST: ReminderPrompt = { kind: 'first', sittingMinutes: 62, routineMinutes: 8 };
const REPEAT: ReminderPrompt = { kind: 'repeat', sittingMinutes: 67, routineMinutes: 8 };

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
  const answers: ReminderAnswers = { startRoutine: vi.fn(), snooze: vi.fn(), skip: vi.fn() };
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
  it('tells how long the user sat and how long the routine takes', () => {
    const { notifier, shown } = setup();
    notifier.show(FIRST);
    expect(shown).toHaveLength(1);
    expect(shown[0]?.visible).toBe(true);
    expect(shown[0]?.options.body).toContain('62 min');
    expect(shown[0]?.options.body).toContain('~8 min');
  });

  it('starts the routine when clicked, once', () => {
    const { notifier, shown, answers } = setup();
    notifier.show(FIRST);
    shown[0]?.emit('click');
    shown[0]?.emit('click');
    expect(answers.startRoutine).toHaveBeenCalledTimes(1);
    expect(notifier.current()).toBeNull();
  });

  it('offers Start, Snooze and Skip buttons on macOS and maps each to its answer', () => {
    const { notifier, shown, answers } = setup({ platform: 'darwin' });
    notifier.show(FIRST);
    expect(shown[0]?.options.actions?.map((a) => a.text)).toEqual([
      'Start',
      'Snooze 10 min',
      'Skip',
    ]);
    shown[0]?.emit('action', { actionIndex: 1 }, 1);
    expect(answers.snooze).toHaveBeenCalledTimes(1);

    notifier.show(REPEAT);
    shown[1]?.emit('action', { actionIndex: 2 }, 2);
    expect(answers.skip).toHaveBeenCalledTimes(1);

    notifier.show(FIRST);
    // Older Electron versions only pass the index as the second argument.
    shown[2]?.emit('action', undefined, 0);
    expect(answers.startRoutine).toHaveBeenCalledTimes(1);
  });

  it('adds no buttons on Linux, where the body click starts the routine', () => {
    const { notifier, shown } = setup({ platform: 'linux' });
    notifier.show(FIRST);
    expect(shown[0]?.options.actions).toBeUndefined();
  });

  it("does nothing when the user dismisses it: repeats are the service's job", () => {
    const { notifier, shown, answers } = setup();
    notifier.show(FIRST);
    shown[0]?.emit('close', {});
    expect(answers.startRoutine).not.toHaveBeenCalled();
    expect(answers.snooze).not.toHaveBeenCalled();
    expect(answers.skip).not.toHaveBeenCalled();
  });

  it('replaces the first reminder with the repeat, and ignores clicks on the old one', () => {
    const { notifier, shown, answers } = setup();
    notifier.show(FIRST);
    notifier.show(REPEAT);
    expect(shown[0]?.visible).toBe(false);
    expect(shown[1]?.options.title).not.toBe(shown[0]?.options.title);
    shown[0]?.emit('click');
    expect(answers.startRoutine).not.toHaveBeenCalled();
    expect(notifier.current()).toEqual(REPEAT);
  });

  it('closes the notification when the reminder is withdrawn', () => {
    const { notifier, shown, answers } = setup();
    notifier.show(FIRST);
    notifier.withdraw();
    expect(shown[0]?.visible).toBe(false);
    expect(notifier.current()).toBeNull();
    shown[0]?.emit('click');
    expect(answers.startRoutine).not.toHaveBeenCalled();
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
    notifier.answer('start');
    expect(answers.startRoutine).not.toHaveBeenCalled();
  });
});
