import { describe, expect, it } from 'vitest';
import { macBusyDetectors } from '../../../electron/main/busy/macos';
import { fakeRun } from './fakes';

const PMSET = 'pmset -g assertions';
const UNSIT = 700;

/** `pmset -g assertions` in the shape macOS prints it, with `holders` listed by process. */
function pmset(holders: string[]): string {
  return [
    '2026-12-06 10:15:02 +0100 ',
    'Assertion status system-wide:',
    '   BackgroundTask                 0',
    '   ApplePushServiceTask           0',
    '   UserIsActive                   1',
    `   PreventUserIdleDisplaySleep    ${holders.some((h) => h.includes('PreventUserIdleDisplaySleep')) ? 1 : 0}`,
    '   PreventSystemSleep             0',
    '   ExternalMedia                  0',
    '   PreventUserIdleSystemSleep     1',
    '   NetworkClientActive            0',
    'Listed by owning process:',
    '   pid 151(WindowServer): [0x0000a1b2000999e1] 00:00:00 UserIsActive named: "com.apple.iohideventsystem.queue.tickle serviceID:100000477 product:Apple Internal Keyboard / Trackpad eventType:11"',
    '\tTimeout will fire in 600 secs Action=TimeoutActionRelease',
    '   pid 96(powerd): [0x0000a1b200019112] 01:02:11 PreventUserIdleSystemSleep named: "Powerd - Prevent sleep while display is on"',
    ...holders,
    'Kernel Assertions: 0x4=USB',
    '   id=500  level=255 0x4=USB mod=06/12/2026, 09:13 description=com.apple.usb.externaldevice.14100000 owner=USB3.1 Hub',
    'Idle sleep preventers: IODisplayWrangler',
    '',
  ].join('\n');
}

function probes(output: string | Error) {
  const fake = fakeRun({ [PMSET]: output });
  const [call, fullscreen] = macBusyDetectors({ run: fake.run, ownPids: () => [UNSIT, 701] });
  return {
    fake,
    both: async () => ({
      call: await call!.probe(),
      fullscreen: await fullscreen!.probe(),
    }),
  };
}

describe('macOS: who keeps the display awake', () => {
  it('a call app is a call', async () => {
    const zoom =
      '   pid 812(zoom.us): [0x0000a1b2000c1d2e] 00:24:10 PreventUserIdleDisplaySleep named: "Zoom is in a meeting"';
    expect(await probes(pmset([zoom])).both()).toEqual({ call: true, fullscreen: false });
  });

  it("a browser's WebRTC call is a call; its video is a film", async () => {
    const meet =
      '   pid 903(Google Chrome Helper (Renderer)): [0x0000a1b2000c1d30] 00:05:00 PreventUserIdleDisplaySleep named: "WebRTC has active PeerConnections"';
    expect(await probes(pmset([meet])).both()).toEqual({ call: true, fullscreen: false });
    const video =
      '   pid 903(Google Chrome): [0x0000a1b2000c1d31] 00:05:00 PreventUserIdleDisplaySleep named: "Video Wake Lock"';
    expect(await probes(pmset([video])).both()).toEqual({ call: false, fullscreen: true });
  });

  it('Keynote presenting is a presentation', async () => {
    const keynote =
      '   pid 640(Keynote): [0x0000a1b2000c1d40] 00:10:00 PreventUserIdleDisplaySleep named: "Keynote playing slideshow"';
    expect(await probes(pmset([keynote])).both()).toEqual({ call: false, fullscreen: true });
  });

  it('only display-sleep assertions count, not system sleep', async () => {
    const audio =
      '   pid 299(coreaudiod): [0x0000a1b2000c1d50] 00:10:00 PreventUserIdleSystemSleep named: "com.apple.audio.AppleUSBAudioEngine:Jabra:1.context.preventuseridlesleep"';
    expect(await probes(pmset([audio, '\tCreated for PID: 812. '])).both()).toEqual({
      call: false,
      fullscreen: false,
    });
  });

  it("ignores Unsit's own assertions, direct or held on its behalf, and keep-awake tools", async () => {
    const own =
      '   pid 701(Unsit Helper): [0x0000a1b2000c1d60] 00:01:00 PreventUserIdleDisplaySleep named: "Unsit routine"';
    const onBehalf = [
      '   pid 151(WindowServer): [0x0000a1b2000c1d61] 00:01:00 PreventUserIdleDisplaySleep named: "Display on for video"',
      '\tCreated for PID: 700. ',
    ];
    const caffeinate =
      '   pid 4100(caffeinate): [0x0000a1b2000c1d62] 03:00:00 PreventUserIdleDisplaySleep named: "caffeinate command-line tool"';
    expect(await probes(pmset([own, ...onBehalf, caffeinate])).both()).toEqual({
      call: false,
      fullscreen: false,
    });
  });

  it('asks pmset once for both detectors probed together, and is not busy when it fails', async () => {
    const p = probes(pmset([]));
    const [call, fullscreen] = macBusyDetectors({ run: p.fake.run, ownPids: () => [] });
    await Promise.all([call!.probe(), fullscreen!.probe()]);
    expect(p.fake.calls).toEqual([PMSET]);
    expect(await probes(new Error('pmset: timed out')).both()).toEqual({
      call: false,
      fullscreen: false,
    });
  });
});
