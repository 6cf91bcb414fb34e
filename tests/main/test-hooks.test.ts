import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions, NotificationConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { breakMinutes } from '../../electron/core/routine/length';
import { planForBreak } from '../../electron/core/routine/plan';
import { defaultSettings } from '../../electron/core/settings/schema';
import type { BreakKind } from '../../electron/core/routine/types';
import { createReminderNotifier, type NotificationClass } from '../../electron/main/notifications';
import { reminderPrompt } from '../../electron/main/reminders/reminder-service';
import type { ReminderPrompt } from '../../electron/main/reminders/types';
import {
  TEST_HOOKS_ENV,
  TEST_HOOKS_GLOBAL,
  createTestHooks,
  testHooksEnabled,
  type TestHooks,
} from '../../electron/main/test-hooks';

describe('whether the end-to-end test hooks are on', () => {
  it('is never so in an installed build, whatever the environment says', () => {
    expect(testHooksEnabled(true, { [TEST_HOOKS_ENV]: '1' })).toBe(false);
    expect(testHooksEnabled(true, {})).toBe(false);
  });

  it('is so when run from source with the switch set to 1, and only then', () => {
    expect(testHooksEnabled(false, { [TEST_HOOKS_ENV]: '1' })).toBe(true);
    for (const value of [undefined, '', '0', 'true', 'yes']) {
      expect(testHooksEnabled(false, { [TEST_HOOKS_ENV]: value })).toBe(false);
    }
  });
});

class FakeNotification extends EventEmitter {
  static created: FakeNotification[] = [];
  static isSupported = () => true;
  shown = false;
  closed = false;
  constructor(readonly options: NotificationConstructorOptions) {
    super();
    FakeNotification.created.push(this);
  }
  show() {
    this.shown = true;
  }
  close() {
    this.closed = true;
  }
}

const settings = defaultSettings();
const dueReminder = (suggests: BreakKind) =>
  reminderPrompt(settings, {
    kind: 'first',
    sittingMinutes: settings.reminders.sittingMinutes,
    suggests,
  });

function trayTemplate(clicked: string[]): MenuItemConstructorOptions[] {
  return [
    { label: 'Start routine', click: () => clicked.push('start') },
    { type: 'separator' },
    { label: 'Snooze 10 min', enabled: false, click: () => clicked.push('snooze') },
    {
      label: 'Pause reminders',
      submenu: [{ label: 'For 30 minutes', click: () => clicked.push('pause-30') }],
    },
  ];
}

describe('the test hooks, switched off', () => {
  it('hand back the real Menu and Notification and put nothing on the global object', () => {
    const hooks = createTestHooks(false);
    const Menu = { buildFromTemplate: (t: MenuItemConstructorOptions[]) => t };
    const Notification = FakeNotification as unknown as NotificationClass;
    expect(hooks.watchMenu(Menu)).toBe(Menu);
    expect(hooks.watchNotifications(Notification)).toBe(Notification);
    const target = {};
    hooks.install(target, {
      notifier: { show: () => undefined },
      dueReminder,
    });
    expect(Object.getOwnPropertyNames(target)).toEqual([]);
  });
});

describe('the test hooks, switched on', () => {
  function setUp() {
    FakeNotification.created = [];
    let clock = 1_000;
    const installer = createTestHooks(true, () => clock);
    const built: MenuItemConstructorOptions[][] = [];
    const Menu = installer.watchMenu({
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => {
        built.push(template);
        return { template };
      },
    });
    const answers: string[] = [];
    const notifier = createReminderNotifier({
      Notification: installer.watchNotifications(FakeNotification as unknown as NotificationClass),
      platform: 'win32',
      answers: {
        startBreak: (kind) => answers.push(`start ${kind}`),
        stoodUp: () => answers.push('stood-up'),
        snooze: () => answers.push('snooze'),
        skipNext: () => answers.push('skip'),
        pause: () => answers.push('pause'),
        resume: () => answers.push('resume'),
        startMeeting: () => answers.push('meeting'),
        endMeeting: () => answers.push('meeting-end'),
        openStatistics: () => answers.push('statistics'),
        openSettings: () => answers.push('settings'),
        restartToUpdate: () => answers.push('restart-to-update'),
        openReleasePage: () => answers.push('release-page'),
        quit: () => answers.push('quit'),
      },
      fallback: { show: () => answers.push('window'), hide: () => undefined },
      style: () => 'notification',
      snoozeMinutes: () => 10,
    });
    const shownPrompts: ReminderPrompt[] = [];
    const target: Record<string, unknown> = {};
    installer.install(target, {
      notifier: {
        show: (prompt) => {
          shownPrompts.push(prompt);
          notifier.show(prompt);
        },
      },
      dueReminder,
    });
    const hooks = target[TEST_HOOKS_GLOBAL] as TestHooks;
    return { hooks, Menu, built, answers, shownPrompts, advance: (ms: number) => (clock += ms) };
  }

  it('list and click the tray menu the tray last built, submenus included', () => {
    const { hooks, Menu, built } = setUp();
    const clicked: string[] = [];
    Menu.buildFromTemplate(trayTemplate(clicked));
    expect(built).toHaveLength(1);
    expect(hooks.trayMenu()).toEqual([
      'Start routine',
      'Snooze 10 min',
      'Pause reminders',
      'Pause reminders > For 30 minutes',
    ]);
    hooks.clickTray('Start routine');
    hooks.clickTray('Pause reminders > For 30 minutes');
    expect(clicked).toEqual(['start', 'pause-30']);
  });

  it('refuse to click what a user could not', () => {
    const { hooks, Menu } = setUp();
    const clicked: string[] = [];
    Menu.buildFromTemplate(trayTemplate(clicked));
    expect(() => hooks.clickTray('Snooze 10 min')).toThrow(/disabled/);
    expect(() => hooks.clickTray('Quit Unsit')).toThrow(/no tray menu item/);
    expect(clicked).toEqual([]);
  });

  it('note when the tray first got its menu', () => {
    const { hooks, Menu, advance } = setUp();
    expect(hooks.trayReadyAt()).toBeNull();
    Menu.buildFromTemplate(trayTemplate([]));
    advance(500);
    Menu.buildFromTemplate(trayTemplate([]));
    expect(hooks.trayReadyAt()).toBe(1_000);
  });

  it('fire a reminder through the notifier with the sitting time and break lengths of the settings', () => {
    const { hooks, shownPrompts } = setUp();
    hooks.fireReminder();
    hooks.fireReminder('full');
    const minutes = {
      quick: breakMinutes(planForBreak(settings, 'quick')),
      full: breakMinutes(planForBreak(settings, 'full')),
    };
    const { sittingMinutes } = settings.reminders;
    expect(shownPrompts).toEqual([
      { kind: 'first', sittingMinutes, suggests: 'quick', minutes },
      { kind: 'first', sittingMinutes, suggests: 'full', minutes },
    ]);
    // The second reminder replaced the first on screen.
    expect(FakeNotification.created).toHaveLength(2);
    expect(FakeNotification.created[0]?.closed).toBe(true);
    expect(hooks.notificationShown()).toBe(true);
  });

  it('click the notification on screen, or one of its buttons, as the notifier hears it', () => {
    const { hooks, answers } = setUp();
    hooks.fireReminder();
    hooks.clickNotification();
    expect(answers).toEqual(['start quick']);
    // Answered: the notification is closed, so there is nothing left to click.
    expect(hooks.notificationShown()).toBe(false);
    expect(() => hooks.clickNotification()).toThrow(/no reminder notification/);

    hooks.fireReminder('full');
    hooks.clickNotification(2);
    expect(answers).toEqual(['start quick', 'snooze']);
  });

  it('say no notification is shown once Windows reported it could not show the toast', () => {
    const { hooks, answers } = setUp();
    hooks.fireReminder();
    FakeNotification.created[0]?.emit('failed');
    expect(answers).toEqual(['window']);
    expect(hooks.notificationShown()).toBe(false);
    expect(hooks.notificationState()).toBe('failed');
  });

  it('say a notification is pending until the system reports it shown, as Electron does later', () => {
    const { hooks } = setUp();
    expect(hooks.notificationState()).toBe('none');
    hooks.fireReminder();
    expect(hooks.notificationState()).toBe('pending');
    FakeNotification.created[0]?.emit('show');
    expect(hooks.notificationState()).toBe('shown');
  });
});
