import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../renderer/src/routine/keyboard';

describe('player keys', () => {
  const playing = { waiting: false, largeView: false, onControl: false };
  const key = (
    k: string,
    context: Partial<typeof playing> = {},
    mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {},
  ) =>
    commandForKey(
      { key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods },
      { ...playing, ...context },
    );

  it('maps Space, the arrows, F and Escape, and leaves shortcuts with modifiers alone', () => {
    expect(
      [' ', 'ArrowLeft', 'ArrowRight', 'f', 'F', 'Escape', 'Enter', 'a'].map((k) => key(k)),
    ).toEqual([
      'toggle-pause',
      'previous',
      'next',
      'toggle-large-view',
      'toggle-large-view',
      'end',
      null,
      null,
    ]);
    expect(key('ArrowLeft', {}, { altKey: true })).toBeNull();
    expect(key(' ', {}, { ctrlKey: true })).toBeNull();
    expect(key('f', {}, { metaKey: true })).toBeNull();
  });

  it('lets Space and Enter say "in position" while a set-up waits', () => {
    expect(key(' ', { waiting: true })).toBe('in-position');
    expect(key('Enter', { waiting: true })).toBe('in-position');
    // Enter on a focused button presses that button instead.
    expect(key('Enter', { waiting: true, onControl: true })).toBeNull();
    expect(key(' ', { waiting: true, onControl: true })).toBe('in-position');
  });

  it('leaves the large view with Escape before Escape ends the routine', () => {
    expect(key('Escape', { largeView: true })).toBe('leave-large-view');
    expect(key('Escape', { largeView: false })).toBe('end');
  });
});
