import type { BreakKind } from './types';

/**
 * What each kind of break is called, wherever it is shown (reminders, tray, routine window,
 * settings). Import-free apart from types, so the routine window's bundle stays small.
 */
export const BREAK_NAMES: Readonly<Record<BreakKind, string>> = {
  quick: 'Quick standing stretch',
  full: 'Full hip-flexor routine',
};

/** Short names for menu items and buttons. */
export const BREAK_SHORT_NAMES: Readonly<Record<BreakKind, string>> = {
  quick: 'Quick stretch',
  full: 'Full routine',
};

/** The other kind: what a reminder offers beside the one it suggests. */
export const otherKind = (kind: BreakKind): BreakKind => (kind === 'quick' ? 'full' : 'quick');

/** "Quick standing stretch, about 2 min". */
export function describeBreak(kind: BreakKind, minutes: number): string {
  return `${BREAK_NAMES[kind]}, about ${minutes} min`;
}
