// Windows, tray, menus and notifications: recorded, never shown.
import { EventEmitter } from 'node:events';
import { app } from './app.mjs';
import { real } from './behaviours.mjs';
import { requireReady, world } from './world.mjs';

let nextContentsId = 1;

class StandInWebContents extends EventEmitter {
  id = nextContentsId++;
  mainFrame = { processId: 1, routingId: this.id };
  windowOpenHandler = null;

  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  webContents = new StandInWebContents();
  urls = [];
  shown = null;
  closing = false;
  destroyed = false;

  constructor(options) {
    requireReady('BrowserWindow');
    super();
    this.options = options;
    world.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  loadURL(url) {
    this.urls.push(url);
    setImmediate(() => {
      if (this.destroyed) return;
      this.webContents.emit('did-finish-load');
      // Electron emits ready-to-show once, after the first page rendered; on Wayland maybe never.
      if (this.urls.length === 1 && !real('no-ready-to-show')) this.emit('ready-to-show');
    });
    return Promise.resolve();
  }

  show() {
    this.shown = 'focused';
  }
  showInactive() {
    this.shown = 'inactive';
  }
  focus() {}
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  removeMenu() {}
  setFullScreen(flag) {
    this.fullScreen = flag;
  }
  setPosition(x, y) {
    this.position = [x, y];
  }

  close() {
    if (this.destroyed || this.closing) return;
    this.closing = true;
    const finish = () => {
      if (this.destroyed) return;
      this.emit('close', { preventDefault: () => undefined });
      this.destroy();
    };
    // Real Electron asks the page first (beforeunload, pagehide): the window goes a while later,
    // here when the scenario plays { "closesFinish": true } (or after a second).
    if (real('async-close')) {
      world.pendingCloses.push(finish);
      setTimeout(finish, 1_000);
    } else finish();
  }

  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
}

export class Tray extends EventEmitter {
  tooltip = null;
  menu = null;
  destroyed = false;

  constructor(image) {
    requireReady('Tray');
    super();
    this.image = image;
    world.trays.push(this);
  }

  setImage(image) {
    this.image = image;
  }
  setToolTip(text) {
    this.tooltip = text;
  }
  setContextMenu(menu) {
    this.menu = menu;
  }
  popUpContextMenu() {}
  destroy() {
    this.destroyed = true;
  }
}

export const Menu = {
  buildFromTemplate: (template) => ({ template }),
  setApplicationMenu(menu) {
    requireReady('Menu.setApplicationMenu');
    world.applicationMenu = menu?.template ?? null;
  },
};

export const nativeImage = {
  createFromPath: (path) => ({ path, setTemplateImage: () => undefined }),
};

export class Notification extends EventEmitter {
  shown = false;
  closed = false;

  // $UNSIT_STANDIN_NOTIFICATIONS=unsupported plays a desktop without a notification service.
  static isSupported() {
    return process.env.UNSIT_STANDIN_NOTIFICATIONS !== 'unsupported';
  }

  constructor(options) {
    requireReady('Notification');
    super();
    this.options = options;
    this.at = Date.now();
    world.notifications.push(this);
  }
  show() {
    this.shown = true;
    // Under Do Not Disturb a toast is dropped and nothing is reported.
    if (real('notification-silent')) return;
    setImmediate(() => this.emit('show', {}));
    // A toast Windows could not show reports it a while after show(), between two test steps.
    if (real('notification-fails-late')) {
      setTimeout(() => !this.closed && this.emit('failed', {}, 'toast could not be shown'), 50);
    }
  }
  close() {
    this.closed = true;
  }
}
