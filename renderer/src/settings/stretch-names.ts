import type { MessageKey, Translate } from '../../../electron/core/i18n/translator';
import type { StretchId } from '../../../electron/core/routine/types';

/** Each stretch's name in the catalogue, the same words the routine window and the voice use. */
const NAME_KEYS = {
  'kneeling-lunge': 'stretch.kneeling-lunge.name',
  'kneeling-side': 'stretch.kneeling-side.name',
  butterfly: 'stretch.butterfly.name',
  'standing-quad': 'stretch.standing-quad.name',
} as const satisfies Record<StretchId, MessageKey>;

/** A stretch's name in the window's language. */
export function stretchName(t: Translate, id: StretchId): string {
  return t(NAME_KEYS[id]);
}
