import { describe, expect, it } from 'vitest';
import { english, englishIn, t } from '../../../english';
import { catalogueFor } from '../../../../electron/core/i18n/catalogues';
import { PSEUDO_LOCALE } from '../../../../electron/core/i18n/locales';
import { createTranslator } from '../../../../electron/core/i18n/translator';
import { dayWords } from '../../../../renderer/src/statistics/day-words';
import {
  dayRange,
  periodSentence,
  stretchingText,
} from '../../../../renderer/src/statistics/labels';

const day = (status: Parameters<typeof dayWords>[1]['status'], taken = 0, speaks = english) =>
  dayWords(speaks, { day: '2025-03-11', status, taken, goal: 4 });

describe('what a calendar day says', () => {
  it('names the date, the breaks and the goal', () => {
    // The engine's own long date for en-GB (its punctuation differs between ICU versions).
    const date = new Intl.DateTimeFormat('en-GB', {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    }).format(new Date(2025, 2, 11, 12));
    expect(date).toMatch(/^Tuesday,? 11 March 2025$/);
    expect(day('met', 5)).toBe(`${date}: 5 breaks, a goal of 4, goal met`);
    expect(day('partial', 1)).toBe(`${date}: 1 break, a goal of 4`);
    expect(day('missed')).toBe(`${date}: no breaks, a goal of 4`);
    expect(day('today', 2)).toBe(`${date}, today: 2 breaks so far, a goal of 4`);
    expect(day('off')).toBe(`${date}: day off`);
    expect(day('off', 1)).toBe(`${date}: day off, 1 break taken`);
    expect(day('before')).toBe(`${date}: before Unsit recorded anything`);
    expect(day('future')).toBe(`${date}: still to come`);
  });

  it('writes the date as the locale does, with its month and weekday names', () => {
    expect(day('missed', 0, englishIn('en-US'))).toBe(
      'Tuesday, March 11, 2025: no breaks, a goal of 4',
    );
    // The words stay English (the catalogue); the date follows the formatting locale.
    expect(day('future', 0, englishIn('de-DE'))).toBe('Dienstag, 11. März 2025: still to come');
  });

  it('speaks the window’s language, not English', () => {
    const pseudo = createTranslator('en-GB', catalogueFor(PSEUDO_LOCALE));
    const words = day('met', 5, pseudo);
    expect(words).not.toContain('goal met');
    expect(words).toMatch(/^Tuesday,? 11 March 2025/);
    expect(words).toContain(pseudo.t('statistics.day.met', { date: '', taken: 5, goal: 4 }));
  });

  it('sums up a period for a chart’s text alternative', () => {
    expect(
      periodSentence(english, {
        occasions: 4321,
        taken: 6,
        breaks: { quick: 3, full: 1, 'stood-up': 1, 'natural-break': 1 },
        endedEarly: 1,
        skipped: 2,
        ignored: 0,
      }),
    ).toBe('6 breaks taken of 4,321 suggested; 1 ended early, 2 skipped, 0 ignored.');
  });

  it('writes a week as a range of days in the locale’s way', () => {
    // One month named once for a week inside it; both named for a week across two.
    expect(dayRange('en-GB', '2025-03-10', '2025-03-16')).toMatch(/^10\s?–\s?16 Mar$/);
    expect(dayRange('en-US', '2025-03-30', '2025-04-05')).toMatch(/^Mar 30\s?–\s?Apr 5$/);
  });

  it('shows time spent stretching in whole minutes, never "0 min" for a few seconds', () => {
    expect(stretchingText(t, 0)).toBe('0 min');
    expect(stretchingText(t, 20_000)).toBe('1 min');
    expect(stretchingText(t, 14 * 60_000 + 20_000)).toBe('14 min');
    expect(stretchingText(t, 75 * 60_000)).toBe('1 h 15 min');
  });
});
