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
import { alsaStatus, dconfDb, FAKE_PATH, FakeRoot, fakeRun } from './fakes';

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
): LinuxBusyDeps {
  return { run, root: root.dir, env: { PATH: FAKE_PATH, ...env }, ownPids: () => [UNSIT] };
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

const KDE_INHIBITED =
  'gdbus call --session --dest org.freedesktop.Notifications --object-path /org/freedesktop/Notifications --method org.freedesktop.DBus.Properties.Get org.freedesktop.Notifications Inhibited';
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

  it("KDE: the notification server's Inhibited property", async () => {
    const root = newRoot().tool('gdbus');
    const env = { XDG_CURRENT_DESKTOP: 'KDE' };
    const on = fakeRun({ [KDE_INHIBITED]: '(<true>,)\n' });
    expect(await linuxDoNotDisturb(deps(root, on.run, env)).probe()).toBe(true);
    const off = fakeRun({ [KDE_INHIBITED]: '(<false>,)\n' });
    expect(await linuxDoNotDisturb(deps(root, off.run, env)).probe()).toBe(false);
    // No session bus: gdbus fails.
    const noBus = fakeRun({ [KDE_INHIBITED]: new Error('Cannot autolaunch D-Bus') });
    expect(await linuxDoNotDisturb(deps(root, noBus.run, env)).probe()).toBe(false);
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

  it('is unsupported, and asks nothing, on other desktops or without the tool', async () => {
    const root = newRoot().tool('gdbus').tool('xfconf-query');
    root.file('home/ana/.config/dconf/user', dconfDb({ showBanners: false }));
    const asked = fakeRun({ [KDE_INHIBITED]: '(<true>,)\n', [XFCE_DND]: 'true\n' });
    const other = linuxDoNotDisturb(
      deps(root, asked.run, { XDG_CURRENT_DESKTOP: 'sway', HOME: '/home/ana' }),
    );
    expect(await other.supported()).toBe(false);
    expect(await other.probe()).toBe(false);
    for (const desktop of ['KDE', 'XFCE']) {
      const noTool = linuxDoNotDisturb(
        deps(newRoot(), asked.run, { XDG_CURRENT_DESKTOP: desktop }),
      );
      expect(await noTool.supported(), desktop).toBe(false);
      expect(await noTool.probe(), desktop).toBe(false);
    }
    const noHome = linuxDoNotDisturb(deps(root, asked.run, { XDG_CURRENT_DESKTOP: 'GNOME' }));
    expect(await noHome.supported()).toBe(false);
    expect(asked.calls).toEqual([]);
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

const GNOME_INHIBITED =
  'gdbus call --session --dest org.gnome.SessionManager --object-path /org/gnome/SessionManager --method org.gnome.SessionManager.IsInhibited 8';
const LOGIND_INHIBITORS =
  'gdbus call --system --dest org.freedesktop.login1 --object-path /org/freedesktop/login1 --method org.freedesktop.login1.Manager.ListInhibitors';
const LOGIND_BASE =
  "('handle-power-key:handle-suspend-key:handle-lid-switch', 'GNOME Shell', 'GNOME handling keypresses', 'block', uint32 1000, uint32 1200), ('sleep', 'GNOME Shell', 'GNOME needs to lock the screen', 'delay', uint32 1000, uint32 1200)";

describe('an app keeps the screen awake (idle inhibitors)', () => {
  it("GNOME: the session manager's idle flag", async () => {
    const root = newRoot().tool('gdbus');
    const env = { XDG_CURRENT_DESKTOP: 'GNOME' };
    const on = fakeRun({ [GNOME_INHIBITED]: '(true,)\n' });
    const detector = linuxIdleInhibitor(deps(root, on.run, env));
    expect(detector.reason).toBe('fullscreen');
    expect(await detector.supported()).toBe(true);
    expect(await detector.probe()).toBe(true);
    const off = fakeRun({ [GNOME_INHIBITED]: '(false,)\n' });
    expect(await linuxIdleInhibitor(deps(root, off.run, env)).probe()).toBe(false);
  });

  it("elsewhere: logind's idle inhibitors that block, other than Unsit's", async () => {
    const root = newRoot().tool('gdbus');
    const env = { XDG_CURRENT_DESKTOP: 'XFCE' };
    const answer = (extra: string) =>
      fakeRun({ [LOGIND_INHIBITORS]: `([${LOGIND_BASE}${extra}],)\n` }).run;
    expect(await linuxIdleInhibitor(deps(root, answer(''), env)).probe()).toBe(false);
    const video = ", ('idle', 'firefox', 'audio-playing', 'block', uint32 1000, uint32 3012)";
    expect(await linuxIdleInhibitor(deps(root, answer(video), env)).probe()).toBe(true);
    const quoted = `, ('sleep:idle', "mpv", "can't sleep: playing", 'block', uint32 1000, uint32 3013)`;
    expect(await linuxIdleInhibitor(deps(root, answer(quoted), env)).probe()).toBe(true);
    const delay = ", ('idle', 'firefox', 'audio-playing', 'delay', uint32 1000, uint32 3012)";
    expect(await linuxIdleInhibitor(deps(root, answer(delay), env)).probe()).toBe(false);
    const ours = ", ('idle', 'unsit', 'routine', 'block', uint32 1000, uint32 5002)";
    expect(await linuxIdleInhibitor(deps(root, answer(ours), env)).probe()).toBe(false);
    expect(await linuxIdleInhibitor(deps(root, fakeRun({}).run, env)).probe()).toBe(false);
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
