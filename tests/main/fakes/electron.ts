import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions } from 'electron';
import type { EngineStatus } from '../../../electron/core/schedule/status';

/** Fakes of the Electron objects the adapters receive. They never import 'electron'. */

let nextContentsId = 1;

export class FakeEvent {
  defaultPrevented = false;
  preventDefault(): void {
    this.defaultPrevented = true;
  }
}

export class FakeContents extends EventEmitter {
  readonly id = nextContentsId++;
  readonly mainFrame = { processId: 7, routingId: this.id, url: '', parent: null };
  windowOpenHandler: (() => { action: string }) | null = null;

  setWindowOpenHandler(handler: () => { action: 'deny' }): void {
    this.windowOpenHandler = handler;
  }

  /** Emits a preventable event as Electron would and says whether it was prevented. */
  attempt(
    event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect' | 'will-attach-webview',
  ) {
    const fake = new FakeEvent();
    this.emit(event, fake, 'https://example.com/');
    return fake.defaultPrevented;
  }
}

export class FakeWindow extends EventEmitter {
  readonly webContents = new FakeContents();
  readonly loaded: string[] = [];
  visible = false;
  focused = false;
  shownInactive = false;
  minimized = false;
  destroyed = false;
  menuRemoved = false;
  position: [number, number] | null = null;
  fullScreen = false;
  failLoad = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
  }

  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    this.webContents.mainFrame.url = url;
    return this.failLoad ? Promise.reject(new Error('load failed')) : Promise.resolve();
  }
  show(): void {
    this.visible = true;
    this.focused = true;
  }
  showInactive(): void {
    this.visible = true;
    this.shownInactive = true;
  }
  focus(): void {
    this.focused = true;
  }
  restore(): void {
    this.minimized = false;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setFullScreen(flag: boolean): void {
    this.fullScreen = flag;
  }
  removeMenu(): void {
    this.menuRemoved = true;
  }
  setPosition(x: number, y: number): void {
    this.position = [x, y];
  }
  /**
   * Electron closes asynchronously: the page's beforeunload runs first, then 'close', then the
   * window is destroyed and emits 'closed'. `close()` only asks; `finishClosing()` completes it.
   * With `closeAtOnce` (the default) both happen together, as the tests before this one expect.
   */
  closeAtOnce = true;
  closeRequested = false;
  close(): void {
    if (this.destroyed) return;
    this.closeRequested = true;
    if (this.closeAtOnce) this.finishClosing();
  }
  finishClosing(): void {
    if (this.destroyed) return;
    this.emit('close');
    this.destroy();
  }
  /** Destroyed at once, no 'close' event (Electron's destroy()). */
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.visible = false;
    this.emit('closed');
  }
  /** The page's renderer process crashed or was killed. */
  crash(reason = 'crashed'): void {
    this.webContents.emit('render-process-gone', {}, { reason, exitCode: 1 });
  }
  /** The page finished loading (it may not have painted yet). */
  finishLoad(): void {
    this.webContents.emit('did-finish-load');
  }
  /** The page finished its first paint. */
  becomeReady(): void {
    this.emit('ready-to-show');
  }
}

/** Creates FakeWindows and remembers them in order. */
export function windowFactory() {
  const created: FakeWindow[] = [];
  return {
    created,
    createWindow: (options: BrowserWindowConstructorOptions) => {
      const window = new FakeWindow(options);
      created.push(window);
      return window;
    },
  };
}

export function status(overrides: Partial<EngineStatus> = {}): EngineStatus {
  return {
    phase: 'counting',
    sittingMs: 0,
    nextReminderAt: null,
    pausedUntil: null,
    hoursResumeAt: null,
    skipNext: false,
    completedToday: 0,
    heldBy: null,
    meeting: null,
    ...overrides,
  };
}
