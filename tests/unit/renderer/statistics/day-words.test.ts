import { describe, expect, it } from 'vitest';
import { t } from '../../../english';
import { dayWords } from '../../../../renderer/src/statistics/day-words';
import { periodSentence, stretchingText } from '../../../../renderer/src/statistics/labels';

const day = (status: Parameters<typeof dayWords>[0]['status'], taken = 0) =>
  dayWords({ day: '2025-03-11', status, taken, goal: 4 });

describe('what a calendar day says', () => {
  it('names the date, the breaks and the goal', () => {
    const date = new Intl.DateTimeFormat(undefined, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(2025, 2, 11, 12));
    expect(day('met', 5)).toBe(`${date}: 5 breaks, a goal of 4, goal met`);
    expect(day('partial', 1)).toBe(`${date}: 1 break, a goal of 4`);
    expect(day('missed')).toBe(`${date}: no breaks, a goal of 4`);
    expect(day('today', 2)).toBe(`${date}, today: 2 breaks so far, a goal of 4`);
    expect(day('off')).toBe(`${date}: day off`);
    expect(day('off', 1)).toBe(`${date}: day off, 1 break taken`);
    expect(day('before')).toBe(`${date}: before Unsit recorded anything`);
  });

  it('sums up a period for a chart’s text alternative', () => {
    expect(
      periodSentence({
        occasions: 9,
        taken: 6,
        breaks: { quick: 3, full: 1, 'stood-up': 1, 'natural-break': 1 },
        endedEarly: 1,
        skipped: 2,
        ignored: 0,
      }),
    ).toBe('6 breaks taken of 9 suggested; 1 ended early, 2 skipped, 0 ignored.');
  });

  it('shows time spent stretching in whole minutes, never "0 min" for a few seconds', () => {
    expect(stretchingText(t, 0)).toBe('0 min');
    expect(stretchingText(t, 20_000)).toBe('1 min');
    expect(stretchingText(t, 14 * 60_000 + 20_000)).toBe('14 min');
    expect(stretchingText(t, 75 * 60_000)).toBe('1 h 15 min');
  });
});
