// A stand-in for Electron's main-process API, only as much as out/main/index.js and
// electron-store touch. It records what the app did and writes that as JSON to
// $UNSIT_STANDIN_LOG when the process exits. Where Electron only misbehaves quietly when a call
// comes too early or too late (a switch set after 'ready'), the stand-in throws instead.
import { EventEmitter } from 'node:events';
import { app } from './app.mjs';
import { real } from './behaviours.mjs';
import { runScenario } from './scenario.mjs';
import { BrowserWindow, Menu, Notification, Tray, nativeImage } from './ui.mjs';
import { requireNotReady, requireReady, world } from './world.mjs';

export { app, BrowserWindow, Menu, Notification, Tray, nativeImage };

export const ipcMain = {
  handle(channel, listener) {
    if (world.ipcHandlers.has(channel)) {
      throw new Error(`Attempted to register a second handler for '${channel}'`);
    }
    world.ipcHandlers.set(channel, listener);
  },
  removeHandler: (channel) => world.ipcHandlers.delete(channel),
  // electron-store answers its renderer-side helper on this channel.
  on: (channel) => world.ipcListeners.push(channel),
};

export const protocol = {
  registerSchemesAsPrivileged(schemes) {
    requireNotReady('protocol.registerSchemesAsPrivileged');
    world.privilegedSchemes.push(...schemes);
  },
  handle(scheme, handler) {
    requireReady('protocol.handle');
    world.protocolHandlers.set(scheme, handler);
  },
};

const defaultSession = {
  setPermissionRequestHandler: (handler) => (world.session.permissionRequest = handler),
  setPermissionCheckHandler: (handler) => (world.session.permissionCheck = handler),
  webRequest: { onBeforeRequest: (listener) => (world.session.beforeRequest = listener) },
};

export const session = {
  get defaultSession() {
    requireReady('session.defaultSession');
    return defaultSession;
  },
};

// The person is not typing at this moment (a few seconds without input), so a reminder that
// falls due is shown at once rather than after waiting for a pause (docs/decisions.md).
const IDLE_SECONDS = Number(process.env.UNSIT_STANDIN_IDLE_SECONDS ?? 5);

class StandInPowerMonitor extends EventEmitter {
  getSystemIdleTime() {
    return real('idle-stuck-at-zero') ? 0 : IDLE_SECONDS;
  }

  // Electron answers 'locked' on every system; Linux gives no lock-screen event besides.
  getSystemIdleState(threshold) {
    if (real('screen-locked')) return 'locked';
    return this.getSystemIdleTime() >= threshold ? 'idle' : 'active';
  }
}

export const powerMonitor = new StandInPowerMonitor();

export const screen = {
  getPrimaryDisplay() {
    requireReady('screen');
    return { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  },
};

// Electron's net.fetch goes through Chromium's network stack. The stand-in records each request
// and answers as an offline machine would: nothing here ever reaches the network.
export const net = {
  fetch(input) {
    requireReady('net.fetch');
    world.netRequests.push(String(input));
    return Promise.reject(new TypeError('fetch failed (stand-in: offline)'));
  },
};

export const shell = {
  openPath: () => Promise.resolve(''),
  openExternal: () => Promise.resolve(),
};

export const dialog = {
  showErrorBox(title, content) {
    world.errorBoxes.push({ title, content });
  },
};

export default {
  app,
  BrowserWindow,
  Tray,
  Menu,
  nativeImage,
  Notification,
  ipcMain,
  protocol,
  session,
  powerMonitor,
  screen,
  shell,
  dialog,
  net,
};

// The app's top-level code has run by now (the module graph evaluates in one go): become
// ready, let the app's wiring settle, then play the scenario the test asked for, then quit.
setImmediate(() => {
  app.becomeReady();
  setImmediate(() => {
    // An app that ends itself (--self-test) is left to do so.
    if (world.quitting || process.env.UNSIT_STANDIN_SELF_EXIT === '1') return;
    runScenario(world, app).then(
      () => app.quit(),
      (error) => {
        console.error('stand-in scenario failed:', error);
        process.exit(70);
      },
    );
  });
});
