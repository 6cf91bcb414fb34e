import { z } from 'zod';
import { DETECTED_BUSY_REASONS, type BusyReason, type DetectedBusyReason } from './busy';

/**
 * What the busy detectors (electron/main/busy/) read, named once: each detector's `source` is
 * one of these, and the settings window words each for the person ("another app uses the
 * camera"). A new detector needs its name here, so the window can never show a raw name.
 */
export const BUSY_SOURCE_WORDS = {
  'camera in use': 'another app uses the camera',
  'microphone in use': 'another app records from a microphone',
  'Do Not Disturb': 'Do Not Disturb is on',
  'full-screen window': 'the window in front is full screen',
  'an app keeps the screen awake': 'an app keeps the screen awake, as videos, calls and slides do',
  'full screen or presentation mode': 'an app is full screen or in presentation mode',
  'Focus Assist / Do not disturb': 'Focus Assist or Do not disturb is on',
  'a call app keeps the display awake': 'a call app keeps the display awake',
  'an app keeps the display awake': 'an app keeps the display awake, as Keynote and videos do',
} as const satisfies Record<string, string>;

export type BusySource = keyof typeof BUSY_SOURCE_WORDS;
export const BUSY_SOURCES = Object.keys(BUSY_SOURCE_WORDS) as [BusySource, ...BusySource[]];

const DetectionEntrySchema = z
  .object({
    detectable: z.boolean(),
    sources: z.array(z.enum(BUSY_SOURCES)).max(BUSY_SOURCES.length),
  })
  .strict()
  .refine((entry) => entry.detectable === entry.sources.length > 0, {
    message: 'a reason is detectable exactly when some source sees it',
  });

/**
 * Per reason a detector can see: whether this system lets Unsit see it, and through what. Main
 * checks its reply against this schema, and the settings window checks what it receives.
 */
export const BusyDetectionSchema = z
  .object({
    call: DetectionEntrySchema,
    fullscreen: DetectionEntrySchema,
    dnd: DetectionEntrySchema,
  })
  .strict();
export type BusyDetection = Record<
  DetectedBusyReason,
  { detectable: boolean; sources: BusySource[] }
>;

/** Nothing detectable: a system without detectors, where only a meeting set by hand holds. */
export function noBusyDetection(): BusyDetection {
  return Object.fromEntries(
    DETECTED_BUSY_REASONS.map((r) => [r, { detectable: false, sources: [] }]),
  ) as unknown as BusyDetection;
}

/** The systems the settings window words things for (as `SettingsView['platform']`). */
export type PlatformName = 'darwin' | 'win32' | 'linux' | 'other';

/** What the settings window knows of detection: not yet, could not ask, or the answer. */
export type DetectionKnown = 'pending' | 'failed' | BusyDetection;

const IN_A_MEETING = 'use In a meeting';

function cannotSee(reason: DetectedBusyReason, platform: PlatformName): string {
  switch (reason) {
    case 'call':
      return `This computer cannot tell when you are in a call: ${IN_A_MEETING}.`;
    case 'fullscreen':
      return `This computer cannot tell when an app is full screen: ${IN_A_MEETING}.`;
    case 'dnd':
      if (platform === 'darwin') return `macOS does not let apps read Focus: ${IN_A_MEETING}.`;
      if (platform === 'linux') {
        return `This desktop does not let apps read Do Not Disturb: ${IN_A_MEETING}.`;
      }
      return `This system does not let apps read Do Not Disturb: ${IN_A_MEETING}.`;
  }
}

/**
 * The line under each source in the settings' "Don't interrupt" section: whether this computer
 * can see it, and through what. While the answer is not known it says so rather than guess.
 */
export function detectionLine(
  reason: BusyReason,
  platform: PlatformName,
  known: DetectionKnown,
): string {
  if (reason === 'meeting')
    return 'Works on every computer: set it from the tray or the Unsit window.';
  if (known === 'pending') return 'Checking what this computer can tell…';
  if (known === 'failed') return 'Unsit could not find out whether this computer can tell.';
  const { sources } = known[reason];
  if (sources.length === 0) return cannotSee(reason, platform);
  return `This computer can tell when ${sources.map((s) => BUSY_SOURCE_WORDS[s]).join(', or when ')}.`;
}
