import { EventEmitter } from 'node:events';
import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { EngineStatus } from '../../electron/core/schedule/status';
import { createTray } from '../../electron/main/tray';
import { status } from './fakes/electron';
import { fakeTrayCommands } from './fakes/tray-commands';
import { english } from '../english';

class FakeImage {
  template = false;
  constructor(readonly path: string) {}
  setTemplateImage(on: boolean) {
    this.template = on;
  }
}

class FakeTray extends EventEmitter {
  static instances: FakeTray[] = [];
  images: string[] = [];
  tooltips: string[] = [];
  menus: MenuItemConstructorOptions[][] = [];
  popups = 0;
  destroyed = false;
  constructor(image: NativeImage) {
    super();
    this.images.push((image as unknown as FakeImage).path);
    FakeTray.instances.push(this);
  }
  setImage(image: NativeImage) {
    this.images.push((image as unknown as FakeImage).path);
  }
  setToolTip(text: string) {
    this.tooltips.push(text);
  }
  setContextMenu(menu: unknown) {
    this.menus.push(menu as MenuItemConstructorOptions[]);
  }
  popUpContextMenu() {
    this.popups += 1;
  }
  destroy() {
    this.destroyed = true;
  }
}

const NOW = new Date(2025, 2, 10, 13, 0).getTime();

function setup(initial: EngineStatus, platform: NodeJS.Platform = 'linux') {
  FakeTray.instances = [];
  let current = initial;
  let now = NOW;
  let today = { taken: 1, occasions: 2, goal: 4 };
  const commands = fakeTrayCommands();
  const controller = createTray({
    electron: {
      Tray: FakeTray,
      // The "menu" is the template itself, so tests can click its items.
      Menu: { buildFromTemplate: (template) => template },
      nativeImage: { createFromPath: (path) => new FakeImage(path) as unknown as NativeImage },
    },
    iconDir: '/icons',
    platform,
    commands,
    status: () => current,
    now: () => now,
    translator: () => english,
    snoozeMinutes: () => 10,
    today: () => today,
  });
  const tray = FakeTray.instances[0] as FakeTray;
  return {
    controller,
    tray,
    commands,
    setStatus: (next: EngineStatus) => {
      current = next;
    },
    setNow: (ms: number) => {
      now = ms;
    },
    setToday: (next: typeof today) => {
      today = next;
    },
  };
}

function flat(menu: MenuItemConstructorOptions[] | undefined): MenuItemConstructorOptions[] {
  return (menu ?? []).flatMap((item) => [
    item,
    ...flat(item.submenu as MenuItemConstructorOptions[] | undefined),
  ]);
}

function click(menu: MenuItemConstructorOptions[] | undefined, label: string) {
  const item = flat(menu).find((i) => i.label === label);
  if (!item?.click) throw new Error(`no clickable item "${label}"`);
  (item.click as () => void)();
}

describe('tray', () => {
  it('starts with the icon, tooltip and menu of the current status', () => {
    const { tray } = setup(status({ nextReminderAt: NOW + 23 * 60_000 }));
    expect(tray.images).toEqual(['/icons/tray-counting.png']);
    expect(tray.tooltips).toEqual(['Next stretch in 23 min']);
    expect(tray.menus).toHaveLength(1);
  });

  it('uses template images on macOS', () => {
    const { tray } = setup(status({ phase: 'paused', pausedUntil: NOW + 3_600_000 }), 'darwin');
    expect(tray.images).toEqual(['/icons/tray-pausedTemplate.png']);
  });

  it('runs the right command for each menu item', () => {
    const { tray, commands } = setup(status({ phase: 'due' }));
    const menu = tray.menus[0];
    click(menu, 'Quick stretch');
    click(menu, 'Full routine');
    click(menu, 'I stood up');
    click(menu, 'Snooze 10 min');
    click(menu, 'Skip this break');
    click(menu, 'For 30 minutes');
    click(menu, 'For 1 hour');
    click(menu, 'For 2 hours');
    click(menu, 'For the rest of today');
    click(menu, 'Statistics…');
    click(menu, 'Settings…');
    click(menu, 'Quit Unsit');
    expect(vi.mocked(commands.startBreak).mock.calls).toEqual([['quick'], ['full']]);
    expect(commands.stoodUp).toHaveBeenCalledTimes(1);
    expect(commands.snooze).toHaveBeenCalledTimes(1);
    expect(commands.skipNext).toHaveBeenCalledTimes(1);
    expect(vi.mocked(commands.pause).mock.calls).toEqual([
      [{ minutes: 30 }],
      [{ minutes: 60 }],
      [{ minutes: 120 }],
      ['rest-of-today'],
    ]);
    expect(commands.openStatistics).toHaveBeenCalledTimes(1);
    expect(commands.openSettings).toHaveBeenCalledTimes(1);
    expect(commands.quit).toHaveBeenCalledTimes(1);
    expect(commands.resume).not.toHaveBeenCalled();
  });

  it('offers Resume while paused and it resumes', () => {
    const { tray, commands } = setup(status({ phase: 'paused', pausedUntil: NOW + 60_000 }));
    click(tray.menus[0], 'Resume reminders');
    expect(commands.resume).toHaveBeenCalledTimes(1);
  });

  it('shows the status line and the breaks of the day as disabled items', () => {
    const { tray } = setup(status({ nextReminderAt: NOW + 30 * 60_000 }));
    const items = flat(tray.menus[0]);
    const statusLine = items.find((i) => i.label === 'Next stretch at 13:30');
    const count = items.find((i) => i.label === 'Today: 1 of 2 breaks');
    expect(statusLine?.enabled).toBe(false);
    expect(count?.enabled).toBe(false);
  });

  it('rebuilds nothing when a refresh finds the same status', () => {
    const { controller, tray } = setup(status({ nextReminderAt: NOW + 23 * 60_000 }));
    controller.refresh();
    controller.refresh();
    expect(tray.menus).toHaveLength(1);
    expect(tray.images).toHaveLength(1);
    expect(tray.tooltips).toHaveLength(1);
  });

  it('rebuilds the menu and swaps the icon when the status changes', () => {
    const { controller, tray, setStatus } = setup(status({ nextReminderAt: NOW + 60_000 }));
    setStatus(status({ phase: 'due' }));
    controller.refresh();
    expect(tray.menus).toHaveLength(2);
    expect(tray.images).toEqual(['/icons/tray-counting.png', '/icons/tray-due.png']);
    expect(tray.tooltips.at(-1)).toBe('Break due now');
  });

  it('updates only the tooltip when time passes, on hover', () => {
    const { tray, setNow } = setup(status({ nextReminderAt: NOW + 23 * 60_000 }));
    setNow(NOW + 10 * 60_000);
    tray.emit('mouse-enter');
    expect(tray.tooltips).toEqual(['Next stretch in 23 min', 'Next stretch in 13 min']);
    expect(tray.menus).toHaveLength(1);
  });

  it('updates the breaks of the day once after outcomes recorded together, without a timer', async () => {
    vi.useFakeTimers();
    try {
      const { controller, tray, setToday } = setup(status({ nextReminderAt: NOW + 60_000 }));
      setToday({ taken: 2, occasions: 2, goal: 4 });
      controller.refreshSoon();
      controller.refreshSoon();
      expect(tray.menus).toHaveLength(1);
      expect(vi.getTimerCount()).toBe(0);
      await Promise.resolve();
      expect(tray.menus).toHaveLength(2);
      expect(flat(tray.menus[1]).some((i) => i.label === 'Today: 2 of 2 breaks')).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('opens the menu on a left click on Windows', () => {
    const { tray } = setup(status(), 'win32');
    tray.emit('click');
    expect(tray.popups).toBe(1);
  });

  describe('on Linux, which reports no pointer over the icon', () => {
    const MIN = 60_000;
    /** A tray whose clock is the fake timers' clock, as the real one reads the system time. */
    function linuxTray(initial: EngineStatus) {
      vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
      const tray = setup(initial, 'linux');
      return tray;
    }

    it('refreshes the countdown by itself, at most every 5 minutes, on the minute', () => {
      try {
        const { tray, setNow } = linuxTray(status({ nextReminderAt: NOW + 23 * MIN + 20_000 }));
        expect(tray.tooltips).toEqual(['Next stretch in 24 min']);
        // One timeout armed, nothing sooner than 5 minutes.
        expect(vi.getTimerCount()).toBe(1);
        setNow(NOW + 5 * MIN);
        vi.advanceTimersByTime(5 * MIN);
        expect(tray.tooltips).toEqual(['Next stretch in 24 min']);
        setNow(NOW + 5 * MIN + 20_000);
        vi.advanceTimersByTime(20_000);
        expect(tray.tooltips).toEqual(['Next stretch in 24 min', 'Next stretch in 18 min']);
        // And again five minutes on; the menu, whose status line holds a clock time, stays.
        setNow(NOW + 10 * MIN + 20_000);
        vi.advanceTimersByTime(5 * MIN);
        expect(tray.tooltips.at(-1)).toBe('Next stretch in 13 min');
        expect(tray.menus).toHaveLength(1);
      } finally {
        vi.useRealTimers();
      }
    });

    it('arms nothing while the words cannot change by themselves', () => {
      try {
        for (const still of [
          status({ phase: 'paused', pausedUntil: NOW + 90 * MIN }),
          status({ phase: 'outside-hours', hoursResumeAt: NOW + 20 * 60 * MIN }),
          status({ phase: 'due' }),
          status({ nextReminderAt: NOW + 4 * MIN }),
        ]) {
          linuxTray(still);
          expect(vi.getTimerCount()).toBe(0);
          vi.useRealTimers();
        }
      } finally {
        vi.useRealTimers();
      }
    });

    it('re-arms from each change of status, and stops with a pause', () => {
      try {
        const { controller, tray, setStatus } = linuxTray(
          status({ nextReminderAt: NOW + 30 * MIN }),
        );
        expect(vi.getTimerCount()).toBe(1);
        setStatus(status({ phase: 'paused', pausedUntil: NOW + 60 * MIN }));
        controller.refresh();
        expect(vi.getTimerCount()).toBe(0);
        vi.advanceTimersByTime(60 * MIN);
        expect(tray.tooltips).toEqual(['Next stretch in 30 min', 'Paused until 14:00']);
      } finally {
        vi.useRealTimers();
      }
    });

    it('leaves no timer behind when the tray is removed', () => {
      try {
        const { controller } = linuxTray(status({ nextReminderAt: NOW + 30 * MIN }));
        controller.destroy();
        expect(vi.getTimerCount()).toBe(0);
        controller.refresh();
        expect(vi.getTimerCount()).toBe(0);
      } finally {
        vi.useRealTimers();
      }
    });

    it('arms no timer on Windows or macOS, where hovering refreshes it', () => {
      try {
        for (const platform of ['win32', 'darwin'] as const) {
          vi.useFakeTimers({ now: NOW, toFake: ['Date', 'setTimeout', 'clearTimeout'] });
          setup(status({ nextReminderAt: NOW + 30 * MIN }), platform);
          expect(vi.getTimerCount()).toBe(0);
          vi.useRealTimers();
        }
      } finally {
        vi.useRealTimers();
      }
    });
  });

  it('removes the icon on destroy', () => {
    const { controller, tray } = setup(status());
    controller.destroy();
    expect(tray.destroyed).toBe(true);
  });
});
