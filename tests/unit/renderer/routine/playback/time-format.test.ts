import { describe, expect, it } from 'vitest';
import {
  formatMinutesSeconds,
  msUntilNextWholeSecond,
  wholeSecondsLeft,
} from '../../../../../renderer/src/routine/playback/time-format';

describe('countdown formatting', () => {
  it('shows whole seconds rounded up, as a countdown reads', () => {
    expect(wholeSecondsLeft(29_300)).toBe(30);
    expect(wholeSecondsLeft(29_000)).toBe(29);
    expect(wholeSecondsLeft(1)).toBe(1);
    expect(wholeSecondsLeft(0)).toBe(0);
    expect(wholeSecondsLeft(-50)).toBe(0);
  });

  it('formats minutes and seconds', () => {
    expect(formatMinutesSeconds(522_000)).toBe('8:42');
    expect(formatMinutesSeconds(9_300)).toBe('0:10');
    expect(formatMinutesSeconds(0)).toBe('0:00');
  });

  it('knows when the shown second changes next', () => {
    expect(msUntilNextWholeSecond(29_300)).toBe(300);
    expect(msUntilNextWholeSecond(29_000)).toBe(1_000);
    expect(msUntilNextWholeSecond(0)).toBe(0);
  });
});
