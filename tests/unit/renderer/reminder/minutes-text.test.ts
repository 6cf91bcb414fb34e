import { describe, expect, it } from 'vitest';
import { minutesText } from '../../../../renderer/src/reminder/minutes-text';

describe("the reminder window's minutes", () => {
  it('stays in minutes below two hours', () => {
    expect(minutesText(45)).toBe('45 min');
    expect(minutesText(62)).toBe('62 min');
    expect(minutesText(119)).toBe('119 min');
  });

  it('reads long sittings as hours and minutes', () => {
    expect(minutesText(120)).toBe('2 h');
    expect(minutesText(245)).toBe('4 h 5 min');
  });

  it('rounds to whole minutes and never shows a negative time', () => {
    expect(minutesText(44.6)).toBe('45 min');
    expect(minutesText(-3)).toBe('0 min');
  });
});
