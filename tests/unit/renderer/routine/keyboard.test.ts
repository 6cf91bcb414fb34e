import { describe, expect, it } from 'vitest';
import { commandForKey } from '../../../../renderer/src/routine/keyboard';

describe('player keys', () => {
  const key = (k: string, mods: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) =>
    commandForKey({ key: k, altKey: false, ctrlKey: false, metaKey: false, ...mods });

  it('maps Space, the arrows and Escape, and leaves shortcuts with modifiers alone', () => {
    expect([' ', 'ArrowLeft', 'ArrowRight', 'Escape', 'a'].map((k) => key(k))).toEqual([
      'toggle-pause',
      'previous',
      'next',
      'end',
      null,
    ]);
    expect(key('ArrowLeft', { altKey: true })).toBeNull();
    expect(key(' ', { ctrlKey: true })).toBeNull();
  });
});
