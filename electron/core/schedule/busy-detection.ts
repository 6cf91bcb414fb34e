import { z } from 'zod';
import type { MessageKey, Translate } from '../i18n/translator';
import { DETECTED_BUSY_REASONS, type BusyReason, type DetectedBusyReason } from './busy';

/**
 * What the busy detectors (electron/main/busy/) read, named once: each detector's `source` is
 * one of these ids, and the settings window words each for the person through its message
 * ("another app uses the camera"). A new detector needs its id here, with a message, so the
 * window can never show a raw id.
 */
export const BUSY_SOURCE_WORDS = {
  'camera in use': 'settings.busy.source.camera',
  'microphone in use': 'settings.busy.source.microphone',
  'Do Not Disturb': 'settings.busy.source.dnd',
  'full-screen window': 'settings.busy.source.fullScreenWindow',
  'an app keeps the screen awake': 'settings.busy.source.screenAwake',
  'full screen or presentation mode': 'settings.busy.source.presentationMode',
  'Focus Assist / Do not disturb': 'settings.busy.source.focusAssist',
  'a call app keeps the display awake': 'settings.busy.source.callDisplayAwake',
  'an app keeps the display awake': 'settings.busy.source.displayAwake',
} as const satisfies Record<string, MessageKey>;

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

function cannotSee(t: Translate, reason: DetectedBusyReason, platform: PlatformName): string {
  switch (reason) {
    case 'call':
      return t('settings.busy.cannotSee.call');
    case 'fullscreen':
      return t('settings.busy.cannotSee.fullscreen');
    case 'dnd':
      if (platform === 'darwin') return t('settings.busy.cannotSee.focus');
      if (platform === 'linux') return t('settings.busy.cannotSee.dndDesktop');
      return t('settings.busy.cannotSee.dndSystem');
  }
}

/**
 * The line under each source in the settings' "Don't interrupt" section: whether this computer
 * can see it, and through what. While the answer is not known it says so rather than guess.
 */
export function detectionLine(
  t: Translate,
  reason: BusyReason,
  platform: PlatformName,
  known: DetectionKnown,
): string {
  if (reason === 'meeting') return t('settings.busy.meetingWorks');
  if (known === 'pending') return t('settings.busy.checking');
  if (known === 'failed') return t('settings.busy.checkFailed');
  const { sources } = known[reason];
  if (sources.length === 0) return cannotSee(t, reason, platform);
  const [first, ...others] = sources.map((source) => t(BUSY_SOURCE_WORDS[source]));
  const whens = others.reduce(
    (text, other) => t('settings.busy.canSee.orWhen', { before: text, other }),
    first ?? '',
  );
  return t('settings.busy.canSee', { whens });
}
