import type { MessageKey, Translate } from '../i18n/translator';
import type { Side, Stretch, StretchId } from './types';

/*
 * Imports only types, so the routine window's bundle stays small; the words come from the
 * catalogue main sends the window.
 */

/** A stretch's words in one language. */
export interface StretchWords {
  name: string;
  /** One line saying what this stretch is for. */
  summary: string;
  /** How to get into position, in order. */
  setup: string[];
  /** What to keep in mind while holding. */
  cues: string[];
  /** The one cue that matters most: spoken when a hold starts and shown in the large view. */
  keyCue: string;
  /**
   * The set-up's safety line: spoken with the set-up and shown in the large view until the hold
   * starts.
   */
  safety: string;
  /**
   * For sided stretches: which leg "works" (is stretched) for a given side, e.g. side 'left' ->
   * "Left knee down, right foot forward".
   */
  legRoles?: Record<Side, string>;
  /** For sided stretches: the large view's short label, naming what the stretched leg does. */
  sideLabels?: Record<Side, string>;
  /** For two-sided stretches: what both legs do, e.g. "Soles together, knees out to the sides". */
  bothLegs?: string;
}

// Keys built from an id and a line number: every one that can be built is checked to exist in
// tests/unit/routine/catalogue.test.ts.
const key = (id: StretchId, rest: string): MessageKey => `stretch.${id}.${rest}` as MessageKey;

/** A stretch's name, where nothing else of it is needed (settings, end screen). */
export const stretchName = (t: Translate, id: StretchId): string => t(key(id, 'name'));

const lines = (t: Translate, id: StretchId, what: 'setup' | 'cue', count: number): string[] =>
  Array.from({ length: count }, (_, i) => t(key(id, `${what}${i + 1}`)));

/** Every word of a stretch, in the translator's language. */
export function stretchWords(t: Translate, stretch: Stretch): StretchWords {
  const { id } = stretch;
  const words: StretchWords = {
    name: stretchName(t, id),
    summary: t(key(id, 'summary')),
    setup: lines(t, id, 'setup', stretch.setupLines),
    cues: lines(t, id, 'cue', stretch.cueLines),
    keyCue: t(key(id, 'keyCue')),
    safety: t(key(id, 'safety')),
  };
  if (stretch.sided) {
    words.legRoles = { left: t(key(id, 'legRole.left')), right: t(key(id, 'legRole.right')) };
    words.sideLabels = {
      left: t(key(id, 'sideLabel.left')),
      right: t(key(id, 'sideLabel.right')),
    };
  } else {
    words.bothLegs = t(key(id, 'bothLegs'));
  }
  return words;
}
