import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import type { ReminderWindowPort } from './notifications';
import {
  APP_ORIGIN,
  guardWebContents,
  secureWebPreferences,
  type GuardableContents,
} from './security';

import type { WindowKind } from '../core/ipc/contract';

export type { WindowKind };

/** The windows that open on request and come to the front when asked again. */
export type OpenableKind = Exclude<WindowKind, 'reminder'>;

/** Identifies a frame across IPC events (Electron hands out WebFrameMain objects). */
export interface FrameIdentity {
  processId: number;
  routingId: number;
}

/** The parts of BrowserWindow the manager uses. */
/** Why a page's renderer process went away (Electron's `render-process-gone` details). */
export interface GoneDetails {
  reason: string;
}

export interface WindowLike {
  readonly webContents: GuardableContents & {
    readonly id: number;
    readonly mainFrame: FrameIdentity;
    once(event: 'did-finish-load', listener: () => void): unknown;
    on(
      event: 'render-process-gone',
      listener: (event: unknown, details: GoneDetails) => void,
    ): unknown;
  };
  loadURL(url: string): Promise<void>;
  show(): void;
  showInactive(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  close(): void;
  /** Closes at once, without asking the page (for a page whose renderer is gone). */
  destroy(): void;
  setFullScreen(flag: boolean): void;
  removeMenu(): void;
  setPosition(x: number, y: number): void;
  once(event: 'ready-to-show', listener: () => void): unknown;
  on(event: 'close' | 'closed', listener: () => void): unknown;
}

export interface WindowManagerOptions {
  createWindow(options: BrowserWindowConstructorOptions): WindowLike;
  preloadPath: string;
  platform: NodeJS.Platform;
  /** DevTools in the windows: pass `!app.isPackaged`. Off unless asked for. */
  devTools?: boolean;
  /** Where the reminder window goes: the bottom-right corner of this area. */
  workArea?: () => Rectangle;
  /** Told after a window closed and was forgotten. */
  onClosed?: (kind: WindowKind) => void;
  /** Told when a window's page crashed or was killed; the window is then closed. */
  onGone?: (kind: WindowKind, reason: string) => void;
  /**
   * A Wayland session: the compositor places windows and decides which is on top and which has
   * the focus, so the reminder window is neither placed nor kept on top (docs/decisions.md).
   */
  wayland?: boolean;
  /** The Unsit window carries the note on how to get a tray icon, and opens taller for it. */
  homeHasTrayHelp?: () => boolean;
  /** The Unsit window carries the history's notice, and opens taller for it. */
  homeHasHistoryNotice?: () => boolean;
  /** The Unsit window carries the update line (and its button), and opens taller for it. */
  homeHasUpdate?: () => boolean;
}

export interface OpenWindow {
  kind: WindowKind;
  window: WindowLike;
}

export interface WindowManager extends ReminderWindowPort {
  /** Opens the window, or brings it to the front when it is already open. */
  open(kind: OpenableKind): void;
  close(kind: WindowKind): void;
  isOpen(kind: WindowKind): boolean;
  /** The open window whose web contents has this id. */
  findByContentsId(contentsId: number): OpenWindow | undefined;
  closeAll(): void;
}

const REMINDER_SIZE = { width: 400, height: 284 };
const REMINDER_MARGIN = 16;
/** The Unsit window, and the extra height its note on the tray icon and the history's notice take. */
export const HOME_SIZE = { width: 360, height: 470 };
export const HOME_TRAY_HELP_HEIGHT = 150;
export const HOME_NOTICE_HEIGHT = 190;
export const HOME_UPDATE_HEIGHT = 100;

interface WindowChoices {
  preloadPath: string;
  devTools: boolean;
  wayland: boolean;
  homeHasTrayHelp: boolean;
  homeHasHistoryNotice: boolean;
  homeHasUpdate: boolean;
}

function optionsFor(
  kind: WindowKind,
  {
    preloadPath,
    devTools,
    wayland,
    homeHasTrayHelp,
    homeHasHistoryNotice,
    homeHasUpdate,
  }: WindowChoices,
): BrowserWindowConstructorOptions {
  const common: BrowserWindowConstructorOptions = {
    show: false,
    title: 'Unsit',
    autoHideMenuBar: true,
    fullscreenable: false,
  };
  switch (kind) {
    case 'routine':
      return {
        ...common,
        // The large view asks main for full screen (setFullScreen); the page's own Fullscreen
        // API stays off, as the session grants no permission at all.
        fullscreenable: true,
        width: 480,
        height: 640,
        minWidth: 400,
        minHeight: 560,
        // Holds are timed in the page; a covered window must keep its timers running.
        webPreferences: secureWebPreferences(preloadPath, {
          backgroundThrottling: false,
          devTools,
        }),
      };
    case 'statistics':
      return {
        ...common,
        // Wide enough for a year of days side by side.
        width: 760,
        height: 640,
        minWidth: 560,
        minHeight: 480,
        webPreferences: secureWebPreferences(preloadPath),
      };
    case 'settings':
      return {
        ...common,
        width: 720,
        height: 640,
        minWidth: 560,
        minHeight: 480,
        webPreferences: secureWebPreferences(preloadPath, { devTools }),
      };
    case 'home': {
      const height =
        HOME_SIZE.height +
        (homeHasTrayHelp ? HOME_TRAY_HELP_HEIGHT : 0) +
        (homeHasHistoryNotice ? HOME_NOTICE_HEIGHT : 0) +
        (homeHasUpdate ? HOME_UPDATE_HEIGHT : 0);
      return {
        ...common,
        // The page is laid out for exactly this much room, whatever the frame takes.
        useContentSize: true,
        width: HOME_SIZE.width,
        height,
        minWidth: HOME_SIZE.width,
        minHeight: height,
        maximizable: false,
        webPreferences: secureWebPreferences(preloadPath, { devTools }),
      };
    }
    case 'reminder':
      return {
        ...common,
        ...REMINDER_SIZE,
        resizable: false,
        minimizable: false,
        maximizable: false,
        // Wayland has no way to ask for this; Electron would only pretend it worked.
        alwaysOnTop: !wayland,
        skipTaskbar: true,
        webPreferences: secureWebPreferences(preloadPath, { devTools }),
      };
  }
}

function pageUrl(kind: WindowKind): string {
  return `${APP_ORIGIN}/${kind}.html`;
}

/**
 * Windows exist only while they are shown: each is created on demand and destroyed when
 * closed, so no renderer process runs while no window is open. Closing one never quits the app.
 */
export function createWindowManager(options: WindowManagerOptions): WindowManager {
  const open = new Map<WindowKind, WindowLike>();

  const placeReminder = (window: WindowLike): void => {
    const area = options.workArea?.();
    // On Wayland the compositor places windows; a position would be ignored.
    if (!area || options.wayland) return;
    window.setPosition(
      Math.round(area.x + area.width - REMINDER_SIZE.width - REMINDER_MARGIN),
      Math.round(area.y + area.height - REMINDER_SIZE.height - REMINDER_MARGIN),
    );
  };

  // Which load is the latest per window: a reload aborts the one before, which must not count.
  const latestLoad = new WeakMap<WindowLike, number>();
  const load = (window: WindowLike, url: string): void => {
    const generation = (latestLoad.get(window) ?? 0) + 1;
    latestLoad.set(window, generation);
    window.loadURL(url).catch(() => {
      // A page that cannot load would leave a hidden window behind; close it instead.
      if (latestLoad.get(window) === generation && !window.isDestroyed()) window.close();
    });
  };

  /**
   * Forgets a window as soon as it starts closing: Electron closes asynchronously (the page's
   * beforeunload and pagehide run first), and a window on its way out must not be reused.
   */
  const closing = new WeakSet<WindowLike>();
  const forget = (kind: WindowKind, window: WindowLike): void => {
    if (open.get(kind) !== window) return;
    open.delete(kind);
    closing.add(window);
  };

  const create = (kind: WindowKind, url: string): WindowLike => {
    const window = options.createWindow(
      optionsFor(kind, {
        preloadPath: options.preloadPath,
        devTools: options.devTools ?? false,
        wayland: options.wayland ?? false,
        homeHasTrayHelp: options.homeHasTrayHelp?.() ?? false,
        homeHasHistoryNotice: options.homeHasHistoryNotice?.() ?? false,
        homeHasUpdate: options.homeHasUpdate?.() ?? false,
      }),
    );
    open.set(kind, window);
    guardWebContents(window.webContents);
    if (options.platform !== 'darwin') window.removeMenu();
    window.on('close', () => forget(kind, window));
    // Only the window that was the open one of its kind reports its end, never an older one
    // that finishes closing after a new window of the same kind opened.
    window.on('closed', () => {
      forget(kind, window);
      if (closing.delete(window)) options.onClosed?.(kind);
    });
    // A crashed or killed page leaves a blank window behind: close it and say why.
    window.webContents.on('render-process-gone', (_event, details) => {
      forget(kind, window);
      options.onGone?.(kind, details.reason);
      if (!window.isDestroyed()) window.destroy();
    });
    let shown = false;
    const reveal = (): void => {
      if (shown || window.isDestroyed()) return;
      shown = true;
      // Never takes the focus from the person's work; on Wayland the compositor has the last
      // word, and the reminder waits for a pause in typing anyway (docs/decisions.md).
      if (kind === 'reminder') window.showInactive();
      else window.show();
    };
    window.once('ready-to-show', reveal);
    // On Linux, Electron 38 and later may never send ready-to-show to a hidden window of a
    // native Wayland client (electron/electron#48859): the loaded page shows it instead. Elsewhere
    // ready-to-show comes, and the load alone would show an unpainted window.
    if (options.platform === 'linux') window.webContents.once('did-finish-load', reveal);
    if (kind === 'reminder') placeReminder(window);
    load(window, url);
    return window;
  };

  const live = (kind: WindowKind): WindowLike | undefined => {
    const window = open.get(kind);
    if (window && window.isDestroyed()) {
      open.delete(kind);
      return undefined;
    }
    return window;
  };

  const close = (kind: WindowKind): void => {
    const window = live(kind);
    if (!window) return;
    forget(kind, window);
    window.close();
  };

  return {
    open(kind) {
      const existing = live(kind);
      if (!existing) {
        create(kind, pageUrl(kind));
        return;
      }
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
    },
    show() {
      const existing = live('reminder');
      if (!existing) {
        create('reminder', pageUrl('reminder'));
        return;
      }
      // A repeat reloads the page (it asks main for the reminder on load) without taking focus.
      load(existing, pageUrl('reminder'));
      existing.showInactive();
    },
    hide: () => close('reminder'),
    close,
    isOpen: (kind) => live(kind) !== undefined,
    findByContentsId(contentsId) {
      for (const kind of open.keys()) {
        const window = live(kind);
        if (window && window.webContents.id === contentsId) return { kind, window };
      }
      return undefined;
    },
    closeAll() {
      for (const kind of [...open.keys()]) close(kind);
    },
  };
}
