import { afterEach, describe, expect, it } from 'vitest';
import {
  linuxBusyDetectors,
  linuxCamera,
  linuxDoNotDisturb,
  linuxFullScreen,
  linuxIdleInhibitor,
  linuxMicrophone,
  type LinuxBusyDeps,
} from '../../../electron/main/busy/linux';
import {
  alsaStatus,
  dconfDb,
  FAKE_PATH,
  FakeRoot,
  fakeDBus,
  fakeRun,
  SESSION_BUS,
  withBuses,
} from './fakes';

const UNSIT = 5000;
const roots: FakeRoot[] = [];
afterEach(() => roots.splice(0).forEach((r) => r.remove()));

function newRoot() {
  const root = new FakeRoot();
  roots.push(root);
  // Unsit's main process, a helper it started (a child of a zygote child), and the desktop.
  root.process(UNSIT, { comm: 'unsit' });
  root.process(5001, { ppid: UNSIT, comm: 'unsit' });
  root.process(5002, { ppid: 5001, comm: 'unsit' });
  root.process(1200, { comm: 'gnome-shell' });
  return root;
}

function deps(
  root: FakeRoot,
  run = fakeRun({}).run,
  env: LinuxBusyDeps['env'] = {},
  dbus = fakeDBus({}).dbus,
): LinuxBusyDeps {
  return { run, dbus, root: root.dir, env: { PATH: FAKE_PATH, ...env }, ownPids: () => [UNSIT] };
}

describe('camera (/dev/video* held open)', () => {
  it('is busy while another app holds the camera, and free once it lets go', async () => {
    const root = newRoot().file('dev/video0').file('dev/video1');
    const camera = linuxCamera(deps(root));
    expect(await camera.supported()).toBe(true);
    expect(await camera.probe()).toBe(false);
    root.process(3012, { comm: 'zoom', open: ['/home/u/.zoom/log', '/dev/video0'] });
    expect(await camera.probe()).toBe(true);
    roots.pop()!.remove();
    const after = newRoot()
      .file('dev/video0')
      .process(3012, { open: ['/home/u/.zoom/log'] });
    expect(await linuxCamera(deps(after)).probe()).toBe(false);
  });

  it("never counts Unsit's own processes, its helpers' children included", async () => {
    const root = newRoot().file('dev/video0');
    root.process(5003, { ppid: 5002, open: ['/dev/video0'] });
    expect(await linuxCamera(deps(root)).probe()).toBe(false);
  });

  it('does not mistake other devices for a camera, and reads nothing when there is none', async () => {
    const root = newRoot().file('dev/video0');
    root.process(3012, { open: ['/dev/video0.lock', '/dev/snd/pcmC0D0c', '/tmp/dev/video0'] });
    expect(await linuxCamera(deps(root)).probe()).toBe(false);
    const noDevice = newRoot().process(3012, { open: ['/dev/video0'] });
    expect(await linuxCamera(deps(noDevice)).probe()).toBe(false);
  });

  it('skips the scan while every camera is a USB device the kernel has put to sleep', async () => {
    const root = newRoot().file('dev/video0').file('dev/video2');
    root.process(3012, { comm: 'zoom', open: ['/dev/video2'] });
    // video0 and video2: two interfaces of one USB webcam, 1-6.
    const usb = 'sys/devices/pci0000:00/0000:00:14.0/usb1/1-6';
    root.file(`${usb}/1-6:1.0/uevent`).file(`${usb}/1-6:1.2/uevent`);
    root.link(
      'sys/class/video4linux/video0/device',
      `../../../devices/pci0000:00/0000:00:14.0/usb1/1-6/1-6:1.0`,
    );
    root.link(
      'sys/class/video4linux/video2/device',
      `../../../devices/pci0000:00/0000:00:14.0/usb1/1-6/1-6:1.2`,
    );
    const camera = linuxCamera(deps(root));
    // No power status readable: the scan decides, and finds the call.
    expect(await camera.probe()).toBe(true);
    root.file(`${usb}/power/runtime_status`, 'active\n');
    expect(await camera.probe()).toBe(true);
    // Asleep: nobody can be streaming, whatever a process still holds open.
    root.file(`${usb}/power/runtime_status`, 'suspended\n');
    expect(await camera.probe()).toBe(false);
  });

  it('says unsupported where there is no /proc', async () => {
    const empty = new FakeRoot();
    roots.push(empty);
    expect(await linuxCamera(deps(empty)).supported()).toBe(false);
    expect(await linuxCamera(deps(empty)).probe()).toBe(false);
  });
});

const PACTL_RECORDING = (pid: number, corked: 'no' | 'yes') => `Source Output #87
\tDriver: PipeWire
\tOwner Module: n/a
\tClient: 86
\tSource: 52
\tSample Specification: float32le 1ch 48000Hz
\tChannel Map: mono
\tFormat: pcm, format.sample_format = "\\"float32le\\""  format.rate = "48000"  format.channels = "1"  format.channel_map = "\\"mono\\""
\tCorked: ${corked}
\tMute: no
\tVolume: mono: 65536 / 100% / 0.00 dB
\t        balance 0.00
\tBuffer Latency: 0 usec
\tSource Latency: 0 usec
\tResample method: PipeWire
\tProperties:
\t\tclient.api = "pipewire-pulse"
\t\tapplication.name = "Firefox"
\t\tapplication.process.id = "${pid}"
\t\tapplication.process.binary = "firefox"
\t\tmedia.name = "AudioStream"
`;

describe('microphone (ALSA capture running, or a PulseAudio/PipeWire recording stream)', () => {
  it('is busy while an ALSA capture substream runs, for anyone but Unsit', async () => {
    const root = newRoot();
    root.file('proc/asound/card0/pcm0p/sub0/status', alsaStatus('RUNNING', 3012));
    root.file('proc/asound/card0/pcm0c/sub0/status', alsaStatus('closed'));
    root.file('proc/asound/card1/pcm0c/sub0/status', alsaStatus('PREPARED', 3012));
    const mic = linuxMicrophone(deps(root));
    expect(await mic.supported()).toBe(true);
    // Playback running and a capture only prepared: not recording.
    expect(await mic.probe()).toBe(false);
    root.file('proc/asound/card1/pcm0c/sub1/status', alsaStatus('RUNNING', 3012));
    expect(await mic.probe()).toBe(true);
    root.file('proc/asound/card1/pcm0c/sub1/status', alsaStatus('RUNNING', 5002));
    expect(await mic.probe()).toBe(false);
  });

  it('asks pactl only when it is installed, and counts a stream that is not corked', async () => {
    const root = newRoot().file('proc/asound/card0/pcm0c/sub0/status', alsaStatus('closed'));
    const missing = fakeRun({ 'pactl list source-outputs': PACTL_RECORDING(3012, 'no') });
    expect(await linuxMicrophone(deps(root, missing.run)).probe()).toBe(false);
    expect(missing.calls).toEqual([]);

    root.tool('pactl');
    expect(await linuxMicrophone(deps(root, missing.run)).probe()).toBe(true);
    expect(missing.calls).toEqual(['pactl list source-outputs']);

    const corked = fakeRun({ 'pactl list source-outputs': PACTL_RECORDING(3012, 'yes') });
    expect(await linuxMicrophone(deps(root, corked.run)).probe()).toBe(false);
    const ours = fakeRun({ 'pactl list source-outputs': PACTL_RECORDING(5001, 'no') });
    expect(await linuxMicrophone(deps(root, ours.run)).probe()).toBe(false);
    const none = fakeRun({ 'pactl list source-outputs': '' });
    expect(await linuxMicrophone(deps(root, none.run)).probe()).toBe(false);
  });

  it('is not busy when pactl fails or times out', async () => {
    const root = newRoot().tool('pactl');
    const timedOut = fakeRun({ 'pactl list source-outputs': new Error('timed out') });
    expect(await linuxMicrophone(deps(root, timedOut.run)).probe()).toBe(false);
  });

  it('says unsupported with neither ALSA nor pactl', async () => {
    expect(await linuxMicrophone(deps(newRoot())).supported()).toBe(false);
  });
});

const KDE_INHIBITED = 'session org.freedesktop.Notifications org.freedesktop.DBus.Properties.Get';
const XFCE_DND = 'xfconf-query -c xfce4-notifyd -p /do-not-disturb';

describe('Do Not Disturb, as each desktop keeps it', () => {
  it("GNOME: banners turned off in dconf's database, read without starting a process", async () => {
    const root = newRoot();
    const env = { XDG_CURRENT_DESKTOP: 'ubuntu:GNOME', HOME: '/home/ana' };
    const asked = fakeRun({});
    const dnd = linuxDoNotDisturb(deps(root, asked.run, env));
    expect(await dnd.supported()).toBe(true);
    // No database yet: every setting has its default, banners on.
    expect(await dnd.probe()).toBe(false);
    root.file('home/ana/.config/dconf/user', dconfDb({ showBanners: false }));
    expect(await dnd.probe()).toBe(true);
    root.file('home/ana/.config/dconf/user', dconfDb({ showBanners: true }));
    expect(await dnd.probe()).toBe(false);
    expect(asked.calls).toEqual([]);
    // XDG_CONFIG_HOME wins over HOME.
    root.file('cfg/dconf/user', dconfDb({ showBanners: false }));
    const moved = linuxDoNotDisturb(deps(root, asked.run, { ...env, XDG_CONFIG_HOME: '/cfg' }));
    expect(await moved.probe()).toBe(true);
  });

  it("KDE: the notification server's Inhibited property, asked over the session bus", async () => {
    const root = withBuses(newRoot());
    const env = { XDG_CURRENT_DESKTOP: 'KDE', ...SESSION_BUS };
    const on = fakeDBus({ [KDE_INHIBITED]: [true] });
    const dnd = linuxDoNotDisturb(deps(root, undefined, env, on.dbus));
    expect(await dnd.supported()).toBe(true);
    expect(await dnd.probe()).toBe(true);
    expect(on.calls[0]).toMatchObject({
      bus: 'session',
      path: '/org/freedesktop/Notifications',
      signature: 'ss',
      body: ['org.freedesktop.Notifications', 'Inhibited'],
    });
    const off = fakeDBus({ [KDE_INHIBITED]: [false] });
    expect(await linuxDoNotDisturb(deps(root, undefined, env, off.dbus)).probe()).toBe(false);
    // The notification server is not running, or the bus is slow.
    const gone = fakeDBus({ [KDE_INHIBITED]: new Error('timed out') });
    expect(await linuxDoNotDisturb(deps(root, undefined, env, gone.dbus)).probe()).toBe(false);
  });

  it("Xfce: notifyd's do-not-disturb", async () => {
    const root = newRoot().tool('xfconf-query');
    const env = { XDG_CURRENT_DESKTOP: 'XFCE' };
    expect(
      await linuxDoNotDisturb(deps(root, fakeRun({ [XFCE_DND]: 'true\n' }).run, env)).probe(),
    ).toBe(true);
    expect(
      await linuxDoNotDisturb(deps(root, fakeRun({ [XFCE_DND]: 'false\n' }).run, env)).probe(),
    ).toBe(false);
  });

  it('is unsupported, and asks nothing, on other desktops or without the tool or bus', async () => {
    const root = withBuses(newRoot()).tool('xfconf-query');
    root.file('home/ana/.config/dconf/user', dconfDb({ showBanners: false }));
    const asked = fakeRun({ [XFCE_DND]: 'true\n' });
    const bus = fakeDBus({ [KDE_INHIBITED]: [true] });
    const other = linuxDoNotDisturb(
      deps(
        root,
        asked.run,
        { XDG_CURRENT_DESKTOP: 'sway', HOME: '/home/ana', ...SESSION_BUS },
        bus.dbus,
      ),
    );
    expect(await other.supported()).toBe(false);
    expect(await other.probe()).toBe(false);
    for (const env of [
      { XDG_CURRENT_DESKTOP: 'XFCE' },
      { XDG_CURRENT_DESKTOP: 'KDE' },
      { XDG_CURRENT_DESKTOP: 'KDE', DBUS_SESSION_BUS_ADDRESS: 'unix:path=/run/user/1000/gone' },
    ]) {
      const without = linuxDoNotDisturb(deps(newRoot(), asked.run, env, bus.dbus));
      expect(await without.supported(), JSON.stringify(env)).toBe(false);
      expect(await without.probe(), JSON.stringify(env)).toBe(false);
    }
    const noHome = linuxDoNotDisturb(deps(root, asked.run, { XDG_CURRENT_DESKTOP: 'GNOME' }));
    expect(await noHome.supported()).toBe(false);
    expect(asked.calls).toEqual([]);
    expect(bus.calls).toEqual([]);
  });
});

const ACTIVE = 'xprop -root _NET_ACTIVE_WINDOW';
const STATE = 'xprop -id 0x3a00007 _NET_WM_STATE _NET_WM_PID';
const X11 = { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0' };

describe('full screen (the active X11 window)', () => {
  const answers = (state: string) =>
    fakeRun({ [ACTIVE]: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n', [STATE]: state });

  it("is busy while the active window is full screen, unless it is Unsit's", async () => {
    const root = newRoot().tool('xprop');
    const full = answers(
      '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN, _NET_WM_STATE_FOCUSED\n_NET_WM_PID(CARDINAL) = 3012\n',
    );
    const detector = linuxFullScreen(deps(root, full.run, X11));
    expect(await detector.supported()).toBe(true);
    expect(await detector.probe()).toBe(true);
    expect(full.calls).toEqual([ACTIVE, STATE]);

    const maximised = answers(
      '_NET_WM_STATE(ATOM) = _NET_WM_STATE_MAXIMIZED_VERT, _NET_WM_STATE_MAXIMIZED_HORZ\n_NET_WM_PID(CARDINAL) = 3012\n',
    );
    expect(await linuxFullScreen(deps(root, maximised.run, X11)).probe()).toBe(false);
    const noState = answers('_NET_WM_STATE:  not found.\n_NET_WM_PID(CARDINAL) = 3012\n');
    expect(await linuxFullScreen(deps(root, noState.run, X11)).probe()).toBe(false);
    const ours = answers(
      '_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n_NET_WM_PID(CARDINAL) = 5000\n',
    );
    expect(await linuxFullScreen(deps(root, ours.run, X11)).probe()).toBe(false);
  });

  it('is not busy with no active window', async () => {
    const root = newRoot().tool('xprop');
    const none = fakeRun({ [ACTIVE]: '_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n' });
    expect(await linuxFullScreen(deps(root, none.run, X11)).probe()).toBe(false);
    expect(none.calls).toEqual([ACTIVE]);
  });

  it('says unsupported on Wayland, without a display, or without xprop', async () => {
    const root = newRoot().tool('xprop');
    const run = answers('_NET_WM_STATE(ATOM) = _NET_WM_STATE_FULLSCREEN\n');
    for (const env of [
      { XDG_SESSION_TYPE: 'wayland', DISPLAY: ':0' },
      { DISPLAY: ':0', WAYLAND_DISPLAY: 'wayland-0' },
      { XDG_SESSION_TYPE: 'x11' },
    ]) {
      const detector = linuxFullScreen(deps(root, run.run, env));
      expect(await detector.supported(), JSON.stringify(env)).toBe(false);
      expect(await detector.probe(), JSON.stringify(env)).toBe(false);
    }
    expect(run.calls).toEqual([]);
    expect(await linuxFullScreen(deps(newRoot(), run.run, X11)).supported()).toBe(false);
  });
});

const GNOME_INHIBITED = 'session org.gnome.SessionManager org.gnome.SessionManager.IsInhibited';
const LOGIND_INHIBITORS =
  'system org.freedesktop.login1 org.freedesktop.login1.Manager.ListInhibitors';
/** What logind lists on a GNOME desktop at rest: its key handling and its sleep delay. */
const LOGIND_BASE = [
  [
    'handle-power-key:handle-suspend-key:handle-lid-switch',
    'GNOME Shell',
    'GNOME handling keypresses',
    'block',
    1000,
    1200,
  ],
  ['sleep', 'GNOME Shell', 'GNOME needs to lock the screen', 'delay', 1000, 1200],
];

describe('an app keeps the screen awake (idle inhibitors)', () => {
  it("GNOME: the session manager's idle flag", async () => {
    const root = withBuses(newRoot());
    const env = { XDG_CURRENT_DESKTOP: 'GNOME', ...SESSION_BUS };
    const on = fakeDBus({ [GNOME_INHIBITED]: [true] });
    const detector = linuxIdleInhibitor(deps(root, undefined, env, on.dbus));
    expect(detector.reason).toBe('fullscreen');
    expect(await detector.supported()).toBe(true);
    expect(await detector.probe()).toBe(true);
    expect(on.calls[0]).toMatchObject({ signature: 'u', body: [8] });
    const off = fakeDBus({ [GNOME_INHIBITED]: [false] });
    expect(await linuxIdleInhibitor(deps(root, undefined, env, off.dbus)).probe()).toBe(false);
  });

  it("elsewhere: logind's idle inhibitors that block, other than Unsit's", async () => {
    const root = withBuses(newRoot());
    const env = { XDG_CURRENT_DESKTOP: 'XFCE' };
    const probe = (...extra: (string | number)[][]) =>
      linuxIdleInhibitor(
        deps(
          root,
          undefined,
          env,
          fakeDBus({ [LOGIND_INHIBITORS]: [[...LOGIND_BASE, ...extra]] }).dbus,
        ),
      ).probe();
    expect(await probe()).toBe(false);
    expect(await probe(['idle', 'firefox', 'audio-playing', 'block', 1000, 3012])).toBe(true);
    expect(await probe(['sleep:idle', 'mpv', "can't sleep: playing", 'block', 1000, 3013])).toBe(
      true,
    );
    expect(await probe(['idle', 'firefox', 'audio-playing', 'delay', 1000, 3012])).toBe(false);
    expect(await probe(['idle', 'unsit', 'routine', 'block', 1000, 5002])).toBe(false);
    expect(await linuxIdleInhibitor(deps(root, undefined, env)).probe()).toBe(false);
  });

  it('says unsupported where the bus is not there', async () => {
    const root = newRoot();
    const gnome = linuxIdleInhibitor(deps(root, undefined, { XDG_CURRENT_DESKTOP: 'GNOME' }));
    expect(await gnome.supported()).toBe(false);
    const other = linuxIdleInhibitor(deps(root, undefined, { XDG_CURRENT_DESKTOP: 'XFCE' }));
    expect(await other.supported()).toBe(false);
  });
});

describe('the Linux set', () => {
  it('has a detector for each reason, each of which answers without throwing', async () => {
    const root = newRoot();
    const detectors = linuxBusyDetectors(
      deps(root, fakeRun({}).run, { XDG_CURRENT_DESKTOP: 'GNOME' }),
    );
    expect(detectors.map((d) => d.reason).sort()).toEqual([
      'call',
      'call',
      'dnd',
      'fullscreen',
      'fullscreen',
    ]);
    for (const d of detectors) await expect(d.probe()).resolves.toBe(false);
  });
});
