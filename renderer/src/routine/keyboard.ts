export type PlayerCommand =
  | 'toggle-pause'
  | 'in-position'
  | 'previous'
  | 'next'
  | 'end'
  | 'toggle-large-view'
  | 'leave-large-view';

/** What the player shows when the key is pressed. */
export interface KeyContext {
  /** A set-up waits for "I'm in position". */
  waiting: boolean;
  largeView: boolean;
  /** Focus is on a button or link, which Enter presses by itself. */
  onControl: boolean;
}

/**
 * The player command a key asks for, or null when the key means nothing to the player. Space
 * and Enter say "I'm in position" while a set-up waits; otherwise Space pauses and resumes.
 * Escape leaves the large view first and only then ends the routine.
 */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
  context: KeyContext,
): PlayerCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case ' ':
    case 'Spacebar':
      return context.waiting ? 'in-position' : 'toggle-pause';
    case 'Enter':
      return context.waiting && !context.onControl ? 'in-position' : null;
    case 'ArrowLeft':
      return 'previous';
    case 'ArrowRight':
      return 'next';
    case 'f':
    case 'F':
      return 'toggle-large-view';
    case 'Escape':
      return context.largeView ? 'leave-large-view' : 'end';
    default:
      return null;
  }
}
