import type { MessageKey, Translate } from '../i18n/translator';

/**
 * The health caution, written once: the routine window shows it before the first routine and
 * both windows show it again as the "Health note". Each point may start with (or hold) a few
 * words shown in bold: its message places them with `{strong}`, so a language can put them
 * wherever its sentence needs them.
 */
export interface CautionPoint {
  /** The text before the bold words, the bold words, and the text after them. */
  before: string;
  strong: string;
  after: string;
}

export interface HealthCaution {
  lead: string;
  points: CautionPoint[];
}

/** The points in order: each message, and the bold words it places, if any. */
const POINTS: readonly (readonly [MessageKey, MessageKey | null])[] = [
  ['caution.notFor', 'caution.notForStrong'],
  ['caution.seeSomeone', null],
  ['caution.knees', 'caution.kneesStrong'],
  ['caution.balance', 'caution.balanceStrong'],
  ['caution.askFirst', 'caution.askFirstStrong'],
  ['caution.slowly', null],
  ['caution.hurts', 'caution.hurtsStrong'],
];

/** A character no message contains, marking where the bold words go. */
const MARK = '\u0000';

/**
 * A message with bold words in it, split around them: `{strong}` in the message (placed where
 * the language puts it) becomes the words of `strongKey`.
 */
export function emphasised(t: Translate, key: MessageKey, strongKey: MessageKey): CautionPoint {
  const [before = '', ...rest] = t(key, { strong: MARK }).split(MARK);
  return { before, strong: t(strongKey), after: rest.join('') };
}

/** The health caution in the translator's language. */
export function healthCaution(t: Translate): HealthCaution {
  return {
    lead: t('caution.lead'),
    points: POINTS.map(([text, strong]) =>
      strong ? emphasised(t, text, strong) : { before: t(text), strong: '', after: '' },
    ),
  };
}
