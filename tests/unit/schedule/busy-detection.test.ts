import { describe, expect, it } from 'vitest';
import { t } from '../../english';
import {
  BusyDetectionSchema,
  detectionLine,
  noBusyDetection,
  type BusyDetection,
} from '../../../electron/core/schedule/busy-detection';

const LINUX_GNOME_WAYLAND: BusyDetection = {
  call: { detectable: true, sources: ['camera in use', 'microphone in use'] },
  fullscreen: { detectable: true, sources: ['an app keeps the screen awake'] },
  dnd: { detectable: true, sources: ['Do Not Disturb'] },
};
const MAC: BusyDetection = {
  call: { detectable: true, sources: ['a call app keeps the display awake'] },
  fullscreen: { detectable: true, sources: ['an app keeps the display awake'] },
  dnd: { detectable: false, sources: [] },
};

describe('the settings line per kind of busy', () => {
  it('names what this computer reads, in words, when it can tell', () => {
    expect(detectionLine(t, 'call', 'linux', LINUX_GNOME_WAYLAND)).toBe(
      'This computer can tell when another app uses the camera, or when another app records from a microphone.',
    );
    expect(detectionLine(t, 'dnd', 'linux', LINUX_GNOME_WAYLAND)).toBe(
      'This computer can tell when Do Not Disturb is on.',
    );
    expect(detectionLine(t, 'fullscreen', 'darwin', MAC)).toBe(
      'This computer can tell when an app keeps the display awake, as Keynote and videos do.',
    );
  });

  it('says plainly what it cannot see, and points at In a meeting', () => {
    expect(detectionLine(t, 'dnd', 'darwin', MAC)).toBe(
      'macOS does not let apps read Focus: use In a meeting.',
    );
    const none = noBusyDetection();
    expect(detectionLine(t, 'dnd', 'linux', none)).toBe(
      'This desktop does not let apps read Do Not Disturb: use In a meeting.',
    );
    expect(detectionLine(t, 'dnd', 'other', none)).toBe(
      'This system does not let apps read Do Not Disturb: use In a meeting.',
    );
    expect(detectionLine(t, 'call', 'other', none)).toMatch(
      /cannot tell when you are in a call: use In a meeting\.$/,
    );
    expect(detectionLine(t, 'fullscreen', 'linux', none)).toMatch(
      /cannot tell when an app is full screen/,
    );
  });

  it('does not guess before the answer is in, or when it could not be had', () => {
    expect(detectionLine(t, 'call', 'linux', 'pending')).toBe(
      'Checking what this computer can tell…',
    );
    expect(detectionLine(t, 'dnd', 'darwin', 'failed')).toBe(
      'Unsit could not find out whether this computer can tell.',
    );
  });

  it('a meeting set by hand works everywhere, whatever the detectors say', () => {
    for (const known of ['pending', 'failed', MAC] as const) {
      expect(detectionLine(t, 'meeting', 'darwin', known)).toMatch(/^Works on every computer/);
    }
  });
});

describe('the detection reply', () => {
  it('accepts what the detectors answer', () => {
    expect(BusyDetectionSchema.parse(LINUX_GNOME_WAYLAND)).toEqual(LINUX_GNOME_WAYLAND);
    expect(BusyDetectionSchema.parse(noBusyDetection())).toEqual(noBusyDetection());
  });

  it('refuses unknown sources, missing reasons, extra fields and a detectable flag that contradicts its sources', () => {
    const bad: unknown[] = [
      { ...MAC, dnd: { detectable: true, sources: ['telepathy'] } },
      { call: MAC.call, fullscreen: MAC.fullscreen },
      { ...MAC, meeting: { detectable: true, sources: [] } },
      { ...MAC, dnd: { detectable: true, sources: [] } },
      { ...MAC, call: { detectable: false, sources: ['camera in use'] } },
      { ...MAC, call: { detectable: true, sources: 'camera in use' } },
      null,
    ];
    for (const reply of bad) expect(BusyDetectionSchema.safeParse(reply).success).toBe(false);
  });
});
