import { afterEach, describe, expect, it } from 'vitest';
import { busyDetection, createBusyDetectors } from '../../../electron/main/busy/detectors';
import type { BusyDetector } from '../../../electron/main/busy/types';
import { FAKE_PATH, FakeRoot, fakeDBus, fakeRun, SESSION_BUS, withBuses } from './fakes';

const roots: FakeRoot[] = [];
afterEach(() => roots.splice(0).forEach((r) => r.remove()));

function deps(root: string, env: Record<string, string> = {}) {
  return {
    run: fakeRun({}).run,
    dbus: fakeDBus({}).dbus,
    root,
    env: { PATH: FAKE_PATH, ...env },
    ownPids: () => [1],
    execPath: 'C:\\Program Files\\Unsit\\Unsit.exe',
  };
}

describe('createBusyDetectors', () => {
  it('gives each system its own detectors, and none where Unsit knows no way', () => {
    const reasons = (platform: NodeJS.Platform) =>
      createBusyDetectors(platform, deps('/nonexistent')).map((d) => `${d.reason}: ${d.source}`);
    expect(reasons('linux')).toEqual([
      'call: camera in use',
      'call: microphone in use',
      'dnd: Do Not Disturb',
      'fullscreen: full-screen window',
      'fullscreen: an app keeps the screen awake',
    ]);
    expect(reasons('win32')).toEqual([
      'call: camera in use',
      'call: microphone in use',
      'fullscreen: full screen or presentation mode',
      'dnd: Focus Assist / Do not disturb',
    ]);
    expect(reasons('darwin')).toEqual([
      'call: a call app keeps the display awake',
      'fullscreen: an app keeps the display awake',
    ]);
    expect(reasons('freebsd')).toEqual([]);
  });
});

describe('busyDetection: can this system detect it', () => {
  it('says per reason whether any detector can see it, and through what', async () => {
    const root = new FakeRoot();
    roots.push(root);
    withBuses(root.process(42));
    const gnomeOnWayland = createBusyDetectors(
      'linux',
      deps(root.dir, {
        XDG_CURRENT_DESKTOP: 'GNOME',
        XDG_SESSION_TYPE: 'wayland',
        DISPLAY: ':0',
        HOME: '/home/ana',
        ...SESSION_BUS,
      }),
    );
    expect(await busyDetection(gnomeOnWayland)).toEqual({
      call: { detectable: true, sources: ['camera in use'] },
      fullscreen: { detectable: true, sources: ['an app keeps the screen awake'] },
      dnd: { detectable: true, sources: ['Do Not Disturb'] },
    });
  });

  it('macOS cannot see Do Not Disturb (Focus)', async () => {
    const mac = await busyDetection(createBusyDetectors('darwin', deps('/')));
    expect(mac.dnd).toEqual({ detectable: false, sources: [] });
    expect(mac.call.detectable).toBe(true);
  });

  it('a detector whose check fails counts as unsupported', async () => {
    const broken: BusyDetector = {
      reason: 'dnd',
      source: 'Do Not Disturb',
      supported: () => Promise.reject(new Error('no bus')),
      probe: async () => false,
    };
    expect((await busyDetection([broken])).dnd).toEqual({ detectable: false, sources: [] });
  });
});
