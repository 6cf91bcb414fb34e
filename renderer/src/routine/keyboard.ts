export type PlayerCommand = 'toggle-pause' | 'previous' | 'next' | 'end';

/** The player command a key asks for, or null when the key means nothing to the player. */
export function commandForKey(
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'ctrlKey' | 'metaKey'>,
): PlayerCommand | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case ' ':
    case 'Spacebar':
      return 'toggle-pause';
    case 'ArrowLeft':
      return 'previous';
    case 'ArrowRight':
      return 'next';
    case 'Escape':
      return 'end';
    default:
      return null;
  }
}
