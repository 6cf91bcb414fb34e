import { z } from 'zod';
import type { Translate } from '../i18n/translator';
import { MINUTE_MS } from '../time/units';

import { BusyReasonSchema, DETECTED_BUSY_REASONS, type BusyReason } from '../settings/busy-reasons';

// The reasons are named in the settings layer (history records name them too); the detectors
// and the rest of the app import them from here, with the rule.
export { BUSY_REASONS, BusyReasonSchema, DETECTED_BUSY_REASONS } from '../settings/busy-reasons';
export type { BusyReason, DetectedBusyReason } from '../settings/busy-reasons';

/**
 * One stretch of being busy for one reason. `until` is known for a meeting set for a length
 * (and for the simulator's scripted spells); a detected spell has none and ends with the first
 * reading that no longer sees it.
 */
export const BusySpellSchema = z.object({
  reason: BusyReasonSchema,
  since: z.number().int().nonnegative(),
  until: z.number().int().nonnegative().nullable(),
});
export type BusySpell = z.infer<typeof BusySpellSchema>;

/**
 * The rule (docs/decisions.md, "Never interrupt a call"), applied by the timeline:
 * - a reminder (or its repeat) that falls due while busy is held: nothing is shown, no repeat;
 * - sitting goes on counting, and idle time in a call, a presentation or a meeting is no break;
 * - when the last reason ends inside working hours, the held reminder waits for the usual pause
 *   in input, at most `AFTER_BUSY_WAIT_MAX_MS`, and is shown worded for the moment; outside
 *   working hours it is dropped;
 * - Do Not Disturb alone holds a reminder at most `dndLimitMinutes` past the moment it fell
 *   due; then it is shown quietly (a notification without sound, never the window).
 * Detectors are read only while a reminder waits or is held, at most every `BUSY_CHECK_MS`.
 */

/** While a reminder waits or is held, the detectors are read at most this often. */
export const BUSY_CHECK_MS = MINUTE_MS;
/** After the busy state ends, the held reminder waits at most this long for a pause in input. */
export const AFTER_BUSY_WAIT_MAX_MS = MINUTE_MS;

/** What the "Don't interrupt" settings say, as the rule needs it. */
export interface BusyRuleSettings {
  call: boolean;
  fullscreen: boolean;
  dnd: boolean;
  meeting: boolean;
  dndLimitMinutes: number;
}

/** The order reasons are named in when several hold at once: the strongest first. */
const NAMING_ORDER: readonly BusyReason[] = ['call', 'fullscreen', 'meeting', 'dnd'];

/** The reasons holding reminders at `at`: spells in progress whose source is turned on. */
export function holdingReasons(
  settings: BusyRuleSettings,
  spells: readonly BusySpell[],
  at: number,
): BusyReason[] {
  const active = new Set<BusyReason>();
  for (const spell of spells) {
    if (settings[spell.reason] && spell.since <= at && (spell.until === null || spell.until > at))
      active.add(spell.reason);
  }
  return NAMING_ORDER.filter((r) => active.has(r));
}

/** Do Not Disturb alone holds for a limited time; anything else holds without limit. */
export const holdsWithoutLimit = (reasons: readonly BusyReason[]) =>
  reasons.some((r) => r !== 'dnd');

/** People sit still in calls, presentations and meetings: idle then is not a break. */
export const idleIsNoBreak = holdsWithoutLimit;

/** Whether any detector needs to be read under these settings. */
export const detectsAnything = (settings: BusyRuleSettings) =>
  DETECTED_BUSY_REASONS.some((r) => settings[r]);

/** The tray's and the Unsit window's words while a reminder is held. */
export function waitingText(t: Translate, reason: BusyReason): string {
  switch (reason) {
    case 'call':
      return t('busy.waiting.call');
    case 'fullscreen':
      return t('busy.waiting.fullscreen');
    case 'dnd':
      return t('busy.waiting.dnd');
    case 'meeting':
      return t('busy.waiting.meeting');
  }
}

/** The opening of a reminder shown when the busy state ends ("Your call has ended"). */
export function busyEndedText(t: Translate, reason: BusyReason): string {
  switch (reason) {
    case 'call':
      return t('busy.ended.call');
    case 'fullscreen':
      return t('busy.ended.fullscreen');
    case 'dnd':
      return t('busy.ended.dnd');
    case 'meeting':
      return t('busy.ended.meeting');
  }
}

/**
 * The title of a reminder shown once the person is free: "Your call has ended: stand up for 2
 * minutes?", with the planned length of the break it suggests.
 */
export function afterBusyTitle(
  t: Translate,
  prompt: {
    after: BusyReason;
    suggests: 'quick' | 'full';
    minutes: Record<'quick' | 'full', number>;
  },
): string {
  const opening = busyEndedText(t, prompt.after);
  return t('busy.afterTitle', { opening, minutes: prompt.minutes[prompt.suggests] });
}
