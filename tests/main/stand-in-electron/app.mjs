import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { real } from './behaviours.mjs';
import { requireNotReady, requireReady, world } from './world.mjs';

// $UNSIT_STANDIN_RESOURCES plays a packaged app: Electron then sets process.resourcesPath.
const resources = process.env.UNSIT_STANDIN_RESOURCES;
if (resources) process.resourcesPath = resources;

class StandInApp extends EventEmitter {
  isPackaged = Boolean(resources);
  name = 'Unsit';
  commandLine = {
    appendSwitch: (name, value) => {
      requireNotReady('commandLine.appendSwitch');
      world.switches.push(value === undefined ? [name] : [name, value]);
    },
    // Chromium's switches come from the command line; Electron answers "" for one not given.
    getSwitchValue: (name) => {
      const prefix = `--${name}=`;
      const given = process.argv.findLast((arg) => arg.startsWith(prefix));
      return given === undefined ? '' : given.slice(prefix.length);
    },
  };
  // Electron has app.dock on macOS only.
  dock = process.platform === 'darwin' ? { hide: () => undefined } : undefined;
  #resolveReady = () => undefined;
  #ready = new Promise((resolve) => (this.#resolveReady = resolve));

  emit(event, ...args) {
    world.appEvents.push(event);
    return super.emit(event, ...args);
  }

  whenReady() {
    return this.#ready;
  }

  becomeReady() {
    world.ready = true;
    this.emit('ready');
    this.#resolveReady();
  }

  isReady() {
    return world.ready;
  }

  getPath(name) {
    if (name === 'temp') return tmpdir();
    if (name !== 'userData') throw new Error(`stand-in: app.getPath('${name}') is not stood in`);
    return world.userDataPath ?? process.env.UNSIT_STANDIN_USER_DATA;
  }

  // Electron takes a new userData folder only before 'ready'.
  setPath(name, path) {
    requireNotReady('app.setPath');
    if (name !== 'userData') throw new Error(`stand-in: app.setPath('${name}') is not stood in`);
    world.userDataPath = path;
  }

  // A run from source on Windows goes by a name of its own (electron/main/app-identity.ts).
  setName(name) {
    this.name = name;
  }

  getVersion() {
    return '0.0.0-stand-in';
  }

  // Electron only answers correctly once ready (on Windows it does not before).
  getLocale() {
    requireReady('app.getLocale');
    return 'en-US';
  }

  // The system's languages, most preferred first (UNSIT_STANDIN_LANGUAGES, comma-separated).
  getPreferredSystemLanguages() {
    requireReady('app.getPreferredSystemLanguages');
    return (process.env.UNSIT_STANDIN_LANGUAGES ?? 'en-US').split(',').filter(Boolean);
  }

  enableSandbox() {
    requireNotReady('app.enableSandbox');
    world.sandboxEnabled = true;
  }

  setAppUserModelId() {}
  setToastActivatorCLSID() {}

  // Login items of macOS and Windows; Linux uses an autostart file instead.
  setLoginItemSettings(settings) {
    world.loginItem = settings;
  }

  getLoginItemSettings() {
    // macOS 13+: turned off in System Settings, the app stays registered but will not start.
    if (real('login-item-off-by-user')) return { openAtLogin: false, status: 'requires-approval' };
    const openAtLogin = world.loginItem?.openAtLogin ?? false;
    return { openAtLogin, status: openAtLogin ? 'enabled' : 'not-registered' };
  }

  requestSingleInstanceLock(data) {
    world.lockData = data ?? null;
    return process.env.UNSIT_STANDIN_LOCK !== 'held';
  }

  /** Electron's order: before-quit, every window closes, will-quit, quit, then the exit. */
  quit() {
    if (world.quitting) return;
    world.quitting = true;
    setImmediate(() => {
      this.emit('before-quit');
      for (const window of world.windows) window.close();
      this.emit('will-quit');
      this.emit('quit');
      process.exit(0);
    });
  }

  /** This process only: the stand-in runs the whole app in one (the detectors' own pids). */
  getAppMetrics() {
    return [{ pid: process.pid, type: 'Browser' }];
  }

  exit(code = 0) {
    process.exit(code);
  }
}

export const app = new StandInApp();
