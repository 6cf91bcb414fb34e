import type { Translate } from '../i18n/translator';
import type { BreakKind } from './types';

/**
 * What each kind of break is called, wherever it is shown (reminders, tray, routine window,
 * settings). Imports only types, so the routine window's bundle stays small.
 */
export const breakName = (t: Translate, kind: BreakKind): string =>
  kind === 'quick' ? t('break.name.quick') : t('break.name.full');

/** Short names for menu items and buttons. */
export const breakShortName = (t: Translate, kind: BreakKind): string =>
  kind === 'quick' ? t('break.shortName.quick') : t('break.shortName.full');

/** The other kind: what a reminder offers beside the one it suggests. */
export const otherKind = (kind: BreakKind): BreakKind => (kind === 'quick' ? 'full' : 'quick');

/** "Quick standing stretch, about 2 min". */
export function describeBreak(t: Translate, kind: BreakKind, minutes: number): string {
  return t('break.described', { name: breakName(t, kind), minutes });
}
