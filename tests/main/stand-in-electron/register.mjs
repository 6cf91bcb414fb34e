// `node --import ./register.mjs app.js`: the app's `import ... from 'electron'` gets the stand-in.
import { register } from 'node:module';
import FakeTimers from '@sinonjs/fake-timers';
import { real } from './behaviours.mjs';
import { world } from './world.mjs';

register('./hooks.mjs', import.meta.url);

// $UNSIT_STANDIN_CLOCK (ms since the epoch): the app runs on a virtual clock that starts then
// and moves only when a scenario step { "advance": ms } moves it. Date and the timers are
// virtual; I/O (files, sockets, the tools the detectors start) stays real, and the stand-in
// keeps the real timers for its own waiting.
world.realTimers = { setTimeout, setImmediate };
if (process.env.UNSIT_STANDIN_CLOCK) {
  world.clock = FakeTimers.install({
    now: Number(process.env.UNSIT_STANDIN_CLOCK),
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
}

// $UNSIT_STANDIN_PLATFORM=win32|darwin|linux plays Electron on that system. Main reads the
// system once, from process.platform (electron/main/index.ts), as it does in real Electron; the
// stand-in only makes the process report it, before the app or the stand-in's own modules load.
// Node itself (node:path, the file system) stays the machine's, so only what the app decides from
// process.platform changes: toast options, the repeat's door, the tray's click, the login item.
const PLATFORMS = ['win32', 'darwin', 'linux'];
const played = process.env.UNSIT_STANDIN_PLATFORM;
if (played !== undefined && played !== '') {
  if (!PLATFORMS.includes(played)) throw new Error(`stand-in: no platform called '${played}'`);
  Object.defineProperty(process, 'platform', { value: played, enumerable: true });
}

// 'zone-cached': the process does not see the system's zone through TZ; the zone the run starts
// with ($TZ) is "the system's". Like Electron's main process, it keeps the zone it started with
// until it deletes or writes TZ; then it finds the system's current one, which a scenario step
// { "systemZone": "…" } changes.
if (real('zone-cached')) {
  const env = process.env;
  world.systemZone = env.TZ ?? 'UTC';
  const hidden = (key) => key === 'TZ' && !world.zoneSetByApp;
  process.env = new Proxy(env, {
    get: (target, key) => (hidden(key) ? undefined : Reflect.get(target, key)),
    has: (target, key) => !hidden(key) && Reflect.has(target, key),
    ownKeys: (target) => Reflect.ownKeys(target).filter((key) => !hidden(key)),
    getOwnPropertyDescriptor: (target, key) =>
      hidden(key) ? undefined : Reflect.getOwnPropertyDescriptor(target, key),
    set(target, key, value) {
      if (key === 'TZ') world.zoneSetByApp = true;
      return Reflect.set(target, key, value);
    },
    deleteProperty(target, key) {
      if (key !== 'TZ') return Reflect.deleteProperty(target, key);
      // Node looks at the zone again; with no TZ it would find the system's.
      world.zoneSetByApp = false;
      target.TZ = world.systemZone;
      return true;
    },
  });
}
