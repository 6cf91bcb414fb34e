import type { MenuItemConstructorOptions, NotificationConstructorOptions } from 'electron';
import type { BreakKind } from '../core/routine/types';
import type { NotificationClass, NotificationLike } from './notifications';
import type { ReminderPrompt } from './reminders/types';

/**
 * Handles for the end-to-end tests (tests/e2e): a tray menu and an OS notification cannot be
 * clicked from outside the app, and a reminder is due only after an hour of sitting. The tests
 * start Electron with UNSIT_TEST_HOOKS=1 and reach the hooks through Playwright's
 * `electronApp.evaluate`, which runs in the main process. An installed build never has them: the
 * switch is ignored when `app.isPackaged`, and the fuses of a packaged app refuse the inspector
 * Playwright would need anyway.
 */

export const TEST_HOOKS_ENV = 'UNSIT_TEST_HOOKS';
/** Where the hooks are put on the main process's global object. */
export const TEST_HOOKS_GLOBAL = '__unsitTestHooks';

export function testHooksEnabled(
  packaged: boolean,
  env: Record<string, string | undefined>,
): boolean {
  return !packaged && env[TEST_HOOKS_ENV] === '1';
}

/** What a test can do through `globalThis.__unsitTestHooks`. */
export interface TestHooks {
  /** The tray menu as shown now: one label per item, submenu items as "Parent > Item". */
  trayMenu(): string[];
  /** Clicks a tray menu item by that label. Throws when it is missing or disabled. */
  clickTray(label: string): void;
  /** Presents a reminder now, as the reminder service does when a break falls due. */
  fireReminder(suggests?: BreakKind): void;
  /** Whether a reminder notification is on screen (false where the reminder window took over). */
  notificationShown(): boolean;
  /**
   * What the system said of the latest notification: nothing yet ('pending'), 'shown', or
   * 'failed' (the reminder window took over); 'none' before any. Electron reports both
   * asynchronously, so tests poll this before they click.
   */
  notificationState(): 'none' | 'pending' | 'shown' | 'failed';
  /** Clicks the notification on screen: its body, or the button at `actionIndex`. */
  clickNotification(actionIndex?: number): void;
  /** When the tray first got its menu, in ms since the epoch (for the start-up bench). */
  trayReadyAt(): number | null;
}

export interface TestHookDeps {
  notifier: { show(prompt: ReminderPrompt): void };
  /** The reminder the service would present now, suggesting that kind of break. */
  dueReminder(suggests: BreakKind): ReminderPrompt;
}

interface MenuPort {
  buildFromTemplate(template: MenuItemConstructorOptions[]): unknown;
}

export interface TestHookInstaller {
  /** The tray's Menu, watched so its items can be clicked (unchanged when hooks are off). */
  watchMenu<M extends MenuPort>(Menu: M): M;
  /** The Notification class, watched so a shown reminder can be clicked. */
  watchNotifications(Notification: NotificationClass): NotificationClass;
  /** Puts the hooks on `target` (the main process's globalThis); does nothing when off. */
  install(target: object, deps: TestHookDeps): void;
}

// Any of the notifier's listeners; each is called with what Electron would pass it.
type Listener = (...args: never[]) => void;
type Call = (...args: unknown[]) => void;

/** A notification as the notifier sees it, with its listeners kept for `clickNotification`. */
interface Watched {
  listeners: Map<string, Listener[]>;
  shown: boolean;
  closed: boolean;
  /** What Electron reported: its 'show' or 'failed' event. */
  reported: 'pending' | 'shown' | 'failed';
}

function flatten(template: readonly MenuItemConstructorOptions[], prefix = '') {
  const items: { label: string; item: MenuItemConstructorOptions }[] = [];
  for (const item of template) {
    if (item.type === 'separator' || item.label === undefined) continue;
    const label = `${prefix}${item.label}`;
    items.push({ label, item });
    if (Array.isArray(item.submenu)) items.push(...flatten(item.submenu, `${label} > `));
  }
  return items;
}

const OFF: TestHookInstaller = {
  watchMenu: (Menu) => Menu,
  watchNotifications: (Notification) => Notification,
  install: () => undefined,
};

export function createTestHooks(enabled: boolean, now: () => number = Date.now): TestHookInstaller {
  if (!enabled) return OFF;
  let trayTemplate: MenuItemConstructorOptions[] = [];
  let trayReadyAt: number | null = null;
  let latest: Watched | null = null;

  const onScreen = (): Watched | null => (latest && latest.shown && !latest.closed ? latest : null);

  return {
    watchMenu<M extends MenuPort>(Menu: M): M {
      const watched: MenuPort = {
        buildFromTemplate(template) {
          trayTemplate = template;
          trayReadyAt ??= now();
          return Menu.buildFromTemplate(template);
        },
      };
      return watched as M;
    },

    watchNotifications(Notification) {
      class WatchedNotification implements NotificationLike {
        static isSupported(): boolean {
          return Notification.isSupported();
        }
        readonly #inner: NotificationLike;
        readonly #state: Watched = {
          listeners: new Map(),
          shown: false,
          closed: false,
          reported: 'pending',
        };
        constructor(options: NotificationConstructorOptions) {
          this.#inner = new Notification(options);
          // Windows reports a toast it could not show; the reminder window takes over then.
          this.#inner.on('failed', () => {
            this.#state.closed = true;
            this.#state.reported = 'failed';
          });
          this.#inner.on('show', () => {
            if (this.#state.reported === 'pending') this.#state.reported = 'shown';
          });
          latest = this.#state;
        }
        show(): void {
          this.#state.shown = true;
          this.#inner.show();
        }
        close(): void {
          this.#state.closed = true;
          this.#inner.close();
        }
        on(event: 'click' | 'failed' | 'show', listener: () => void): this;
        on(event: 'action', listener: (details: unknown, actionIndex?: number) => void): this;
        on(event: 'click' | 'action' | 'failed' | 'show', listener: Listener): this {
          const list = this.#state.listeners.get(event) ?? [];
          this.#state.listeners.set(event, [...list, listener]);
          this.#inner.on(event as 'click', listener as () => void);
          return this;
        }
      }
      return WatchedNotification;
    },

    install(target, deps) {
      const hooks: TestHooks = {
        trayMenu: () => flatten(trayTemplate).map(({ label }) => label),
        clickTray(label) {
          const found = flatten(trayTemplate).find((entry) => entry.label === label);
          if (!found) throw new Error(`no tray menu item "${label}"`);
          if (found.item.enabled === false)
            throw new Error(`tray menu item "${label}" is disabled`);
          const click = found.item.click as (() => void) | undefined;
          if (!click) throw new Error(`tray menu item "${label}" does nothing when clicked`);
          click();
        },
        fireReminder(suggests = 'quick') {
          deps.notifier.show(deps.dueReminder(suggests));
        },
        notificationShown: () => onScreen() !== null,
        notificationState: () => latest?.reported ?? 'none',
        clickNotification(actionIndex) {
          const shown = onScreen();
          if (!shown) throw new Error('no reminder notification is on screen');
          const event = actionIndex === undefined ? 'click' : 'action';
          // Electron passes an event object first; recent versions put the index in it.
          const args = actionIndex === undefined ? [{}] : [{ actionIndex }, actionIndex];
          for (const listener of shown.listeners.get(event) ?? []) (listener as Call)(...args);
        },
        trayReadyAt: () => trayReadyAt,
      };
      Object.defineProperty(target, TEST_HOOKS_GLOBAL, { value: Object.freeze(hooks) });
    },
  };
}
