// Steps a test asks the stand-in to play once the app is ready, as JSON in
// $UNSIT_STANDIN_SCENARIO. Each step's result is appended to world.steps; then the app quits.
//   { "fetch": "app://unsit/x.html" }          ask the registered protocol handler for a URL
//   { "secondInstance": ["unsit", "--flag"] }  another launch, as Electron reports it
//   { "trayClick": "Label" }                   click a tray menu item by its label
//   { "navigate": "https://…" }                a page tries to navigate or open a window
//   { "request": "https://…" }                 a page requests a URL (session filter)
//   { "permission": "media" }                  a page asks for a permission
//   { "invoke": "unsit:…", "from": "settings", "args": [] }
//                                              the open window showing settings.html invokes
//   { "notification": "click" }                wait (up to `within` ms, default 20000) until a
//   { "notification": "action", "actionIndex": 1 }  notification is on screen, then click it or
//   { "notification": "wait" }                 one of its buttons, or leave it there
//   { "waitForWindow": "reminder" }            wait (likewise) until reminder.html is shown
//   { "openWindows": true }                    which pages are open now
//   { "hook": "clickTray", "args": ["Full routine"] }
//                                              call one of the end-to-end test hooks
//   { "crash": "routine", "reason": "oom" }    the renderer of the window showing routine.html
//                                              goes away (Electron's render-process-gone)
//   { "systemZone": "Asia/Tokyo" }             the system's time zone changes (see world.mjs)
//   { "power": "resume" }                      powerMonitor emits this event
//   { "closesFinish": true }                   windows asked to close finish closing
//   { "advance": 60000 }                       the virtual clock moves on (see below)
//   { "writeFile": "~/path", "content": "…" }  a file the system keeps changes (a fake tool's
//                                              answer, a desktop setting); ~ is the run's $HOME
//   { "tray": true }                           the tray's tooltip and menu labels now

import { powerMonitor } from './electron.mjs';
import { world as standInWorld } from './world.mjs';

import { writeFileSync } from 'node:fs';

// The real timers, even under the virtual clock (register.mjs).
const realSetImmediate = (...args) =>
  (standInWorld.realTimers?.setImmediate ?? setImmediate)(...args);
const realSetTimeout = (...args) => (standInWorld.realTimers?.setTimeout ?? setTimeout)(...args);
const realNow = performance.now.bind(performance);
const settle = () => new Promise((resolve) => realSetImmediate(resolve));
// Only a limit for a step that never happens; a loaded machine may take seconds.
const WAIT_MS = 20_000;

/** Polls until `find` returns something or `within` ms passed; resolves to it or undefined. */
async function waitFor(find, within = WAIT_MS) {
  const deadline = realNow() + within;
  for (;;) {
    const found = find();
    if (found || realNow() >= deadline) return found || undefined;
    await new Promise((resolve) => realSetTimeout(resolve, 10));
  }
}

/**
 * Waits until the real I/O the app started has finished: no child process runs (a detector's
 * tool) and no file or socket request is pending, then a few turns more for the promises that
 * carry the answers. Not a wait for time: the virtual clock stands still meanwhile.
 */
async function ioSettled() {
  const busy = () =>
    process
      .getActiveResourcesInfo()
      .some((r) => r === 'ProcessWrap' || r.startsWith('FSReq') || r === 'GetAddrInfoReqWrap');
  const deadline = realNow() + WAIT_MS;
  while (busy() && realNow() < deadline) await new Promise((r) => realSetTimeout(r, 1));
  for (let i = 0; i < 5; i += 1) await settle();
}

// Moves the virtual clock a second at a time, letting the real I/O each second started finish
// first: a detector's probe is given 2 s of the app's time, so it never times out merely
// because the clock was moved past it in one go.
const ADVANCE_STEP_MS = 1000;

async function advanceStep(world, ms) {
  if (!world.clock) throw new Error('stand-in: { advance } needs $UNSIT_STANDIN_CLOCK');
  for (let left = ms; left > 0; left -= ADVANCE_STEP_MS) {
    await world.clock.tickAsync(Math.min(ADVANCE_STEP_MS, left));
    await ioSettled();
  }
  return { advance: ms, now: Date.now() };
}

function trayStep(world) {
  const tray = world.trays.at(-1);
  const labels = (items) =>
    (items ?? []).flatMap((item) => [item.label ?? '', ...labels(item.submenu)]);
  return { tray: true, tooltip: tray?.tooltip ?? null, labels: labels(tray?.menu?.template) };
}

const liveWindowAt = (world, page) =>
  world.windows.find((w) => !w.destroyed && w.urls.at(-1) === `app://unsit/${page}.html`);

function findItem(template, label) {
  for (const item of template ?? []) {
    if (item.label === label) return item;
    const inner = findItem(item.submenu, label);
    if (inner) return inner;
  }
  return undefined;
}

async function fetchStep(world, url) {
  const handler = world.protocolHandlers.get(new URL(url).protocol.slice(0, -1));
  if (!handler) return { fetch: url, status: null };
  const response = await handler(new Request(url));
  return {
    fetch: url,
    status: response.status,
    headers: Object.fromEntries(response.headers),
    body: await response.text(),
  };
}

function navigateStep(world, url) {
  return {
    navigate: url,
    windows: world.windows.map((window) => {
      let prevented = false;
      window.webContents.emit('will-navigate', { preventDefault: () => (prevented = true) }, url);
      const opened = window.webContents.windowOpenHandler?.({ url }) ?? null;
      return { prevented, windowOpen: opened?.action ?? null };
    }),
  };
}

function requestStep(world, url) {
  let cancel = null;
  world.session.beforeRequest?.({ url }, (response) => (cancel = response.cancel));
  return { request: url, cancel };
}

function permissionStep(world, permission) {
  let granted = null;
  world.session.permissionRequest?.(null, permission, (answer) => (granted = answer));
  return { permission, granted, checked: world.session.permissionCheck?.() ?? null };
}

function trayClickStep(world, label) {
  const item = findItem(world.trays.at(-1)?.menu?.template, label);
  item?.click?.();
  return { trayClick: label, found: item !== undefined };
}

async function invokeStep(world, { invoke, from, args = [] }) {
  const page = `app://unsit/${from}.html`;
  const window = liveWindowAt(world, from);
  const handler = world.ipcHandlers.get(invoke);
  if (!window || !handler) return { invoke, from, error: 'no such window or handler' };
  const { webContents } = window;
  const event = {
    sender: webContents,
    senderFrame: { ...webContents.mainFrame, url: page, parent: null },
  };
  try {
    return { invoke, from, result: (await handler(event, ...args)) ?? null };
  } catch (error) {
    return { invoke, from, error: String(error) };
  }
}

async function notificationStep(world, { notification: event, actionIndex, within }) {
  const shown = await waitFor(() => world.notifications.find((n) => n.shown && !n.closed), within);
  if (!shown) return { notification: event, found: false };
  // Recent Electron passes a details object; older versions passed the index as a second argument.
  if (event === 'action') shown.emit('action', { actionIndex, selectionIndex: -1 }, actionIndex);
  else if (event !== 'wait') shown.emit(event, {});
  return { notification: event, found: true, title: shown.options?.title ?? null };
}

async function waitForWindowStep(world, { waitForWindow: page, within }) {
  const window = await waitFor(() => {
    const live = liveWindowAt(world, page);
    return live?.shown ? live : undefined;
  }, within);
  return { waitForWindow: page, found: window !== undefined, shown: window?.shown ?? null };
}

function hookStep({ hook, args = [] }) {
  const hooks = globalThis.__unsitTestHooks;
  if (!hooks) return { hook, error: 'no test hooks' };
  try {
    return { hook, result: hooks[hook](...args) ?? null };
  } catch (error) {
    return { hook, error: String(error) };
  }
}

async function play(world, app, step) {
  if ('fetch' in step) return fetchStep(world, step.fetch);
  if ('navigate' in step) return navigateStep(world, step.navigate);
  if ('request' in step) return requestStep(world, step.request);
  if ('permission' in step) return permissionStep(world, step.permission);
  if ('trayClick' in step) return trayClickStep(world, step.trayClick);
  if ('invoke' in step) return invokeStep(world, step);
  if ('notification' in step) return notificationStep(world, step);
  if ('waitForWindow' in step) return waitForWindowStep(world, step);
  if ('hook' in step) return hookStep(step);
  if ('crash' in step) {
    const window = liveWindowAt(world, step.crash);
    window?.webContents.emit('render-process-gone', {}, { reason: step.reason ?? 'crashed' });
    return { crash: step.crash, found: window !== undefined };
  }
  if ('closesFinish' in step) {
    const pending = world.pendingCloses.splice(0);
    pending.forEach((finish) => finish());
    return { closesFinish: pending.length };
  }
  if ('systemZone' in step) {
    world.systemZone = step.systemZone;
    return { systemZone: step.systemZone };
  }
  if ('power' in step) {
    powerMonitor.emit(step.power);
    return { power: step.power };
  }
  if ('advance' in step) return advanceStep(world, step.advance);
  if ('writeFile' in step) {
    const path = step.writeFile.replace(/^~(?=\/)/, process.env.HOME);
    writeFileSync(path, step.content ?? '');
    return { writeFile: step.writeFile };
  }
  if ('tray' in step) return trayStep(world);
  if ('openWindows' in step) {
    return { openWindows: world.windows.filter((w) => !w.destroyed).map((w) => w.urls.at(-1)) };
  }
  if ('secondInstance' in step) {
    app.emit('second-instance', {}, step.secondInstance, process.cwd(), step.data ?? {});
    return { secondInstance: step.secondInstance };
  }
  throw new Error(`stand-in: unknown scenario step ${JSON.stringify(step)}`);
}

export async function runScenario(world, app) {
  const steps = JSON.parse(process.env.UNSIT_STANDIN_SCENARIO ?? '[]');
  for (const step of steps) {
    world.steps.push(await play(world, app, step));
    await settle();
  }
}
