// Windows, tray, menus and notifications: recorded, never shown.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { app } from './app.mjs';
import { real } from './behaviours.mjs';
import { requireReady, world } from './world.mjs';

let nextContentsId = 1;

class StandInWebContents extends EventEmitter {
  id = nextContentsId++;
  mainFrame = { processId: 1, routingId: this.id };
  windowOpenHandler = null;

  /** What main pushed to the page: [channel, payload], in order. */
  sent = [];

  constructor(window) {
    super();
    this.window = window;
  }

  setWindowOpenHandler(handler) {
    this.windowOpenHandler = handler;
  }

  send(channel, payload) {
    this.sent.push([channel, payload]);
  }

  // Only the self-test's page probe is stood in: see probePage.
  executeJavaScript(code) {
    if (!code.includes('window.unsit')) throw new Error('stand-in: only the page probe runs');
    return probePage(this.window);
  }
}

/**
 * What a page would report about itself (electron/main/self-test.ts): its CSP meta tag, read
 * from the page the app's protocol serves; the API the built preload exposes, by running it
 * against a stand-in contextBridge; rendered, unless $UNSIT_STANDIN_BROKEN_PAGE names the page
 * (a script that failed under the CSP, say).
 */
async function probePage(window) {
  const url = window.urls.at(-1);
  const handler = world.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
  const response = await handler(new Request(url));
  const html = response.ok ? await response.text() : '';
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1];
  const exposed = {};
  const preload = readFileSync(window.options.webPreferences.preload, 'utf8');
  const electron = {
    contextBridge: { exposeInMainWorld: (name, value) => (exposed[name] = value) },
    ipcRenderer: { invoke: () => Promise.resolve() },
  };
  const load = new Function('require', 'module', 'exports', preload);
  const module = { exports: {} };
  load((id) => (id === 'electron' ? electron : {}), module, module.exports);
  const page = new URL(url).pathname.replace(/^\/|\.html$/g, '');
  return {
    csp: csp?.replaceAll('&#39;', "'").replaceAll('&quot;', '"') ?? null,
    api: exposed.unsit ? Object.keys(exposed.unsit) : null,
    rendered: /<div id="app">/.test(html) && process.env.UNSIT_STANDIN_BROKEN_PAGE !== page,
  };
}

export class BrowserWindow extends EventEmitter {
  webContents = new StandInWebContents(this);
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
  setSize(width, height) {
    this.size = [width, height];
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
