// What the app did to the stand-in, written as JSON to $UNSIT_STANDIN_LOG when the process exits.
import { writeFileSync } from 'node:fs';
import { report } from './report.mjs';

export const world = {
  ready: false,
  // The virtual clock ($UNSIT_STANDIN_CLOCK) and the real timers (register.mjs).
  clock: null,
  realTimers: null,
  quitting: false,
  // Set by app.setPath('userData') before ready.
  userDataPath: undefined,
  lockData: null,
  switches: [],
  sandboxEnabled: false,
  loginItem: null,
  privilegedSchemes: [],
  protocolHandlers: new Map(),
  session: { permissionRequest: null, permissionCheck: null, beforeRequest: null },
  windows: [],
  // Windows asked to close that have not yet (behaviour 'async-close').
  pendingCloses: [],
  // The system's time zone, as the next look at it would find it (behaviour 'zone-cached').
  systemZone: null,
  trays: [],
  // undefined until the app sets one (Electron would then build its default menu).
  applicationMenu: undefined,
  notifications: [],
  ipcHandlers: new Map(),
  ipcListeners: [],
  errorBoxes: [],
  appEvents: [],
  steps: [],
  netRequests: [],
};

process.on('exit', (code) => {
  const path = process.env.UNSIT_STANDIN_LOG;
  if (path) writeFileSync(path, JSON.stringify(report(world, code), null, 2));
});

export function requireReady(what) {
  if (!world.ready) throw new Error(`stand-in: ${what} cannot be used before the app is ready`);
}

export function requireNotReady(what) {
  if (world.ready) throw new Error(`stand-in: ${what} has no effect once the app is ready`);
}
