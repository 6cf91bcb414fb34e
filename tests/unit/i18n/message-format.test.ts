import { describe, expect, it } from 'vitest';
import {
  MessageSyntaxError,
  formatParts,
  mapMessageText,
  messageParameters,
  parseMessage,
} from '../../../electron/core/i18n/message-format';

const format = (source: string, params: Record<string, string | number> = {}, locale = 'en') =>
  formatParts(parseMessage(source), params, locale);

describe('message format', () => {
  it('fills in parameters and formats numbers for the locale', () => {
    expect(format('Snooze {minutes} min', { minutes: 10 })).toBe('Snooze 10 min');
    expect(format('{n, number} breaks', { n: 1234.5 }, 'de')).toBe('1.234,5 breaks');
    expect(format('{n} breaks', { n: 1234 }, 'en')).toBe('1,234 breaks');
  });

  it('picks the plural form the locale needs, with exact matches first', () => {
    const source = '{n, plural, =0 {no breaks} one {# break} other {# breaks}}';
    expect(format(source, { n: 0 })).toBe('no breaks');
    expect(format(source, { n: 1 })).toBe('1 break');
    expect(format(source, { n: 5 })).toBe('5 breaks');
    // Polish has a "few" form for 2-4 and "many" for 5 and up.
    const polish = '{n, plural, one {# przerwa} few {# przerwy} many {# przerw} other {# przerwy}}';
    expect(format(polish, { n: 3 }, 'pl')).toBe('3 przerwy');
    expect(format(polish, { n: 5 }, 'pl')).toBe('5 przerw');
  });

  it('chooses by a select parameter and falls back to other', () => {
    const source = '{side, select, left {Left leg} right {Right leg} other {Both legs}}';
    expect(format(source, { side: 'right' })).toBe('Right leg');
    expect(format(source, { side: 'both' })).toBe('Both legs');
  });

  it('keeps quoted braces and apostrophes as text', () => {
    expect(format("Don''t interrupt")).toBe("Don't interrupt");
    expect(format("'{'name'}' stays")).toBe('{name} stays');
  });

  it('shows a missing parameter by its name instead of failing', () => {
    expect(format('Paused until {time}')).toBe('Paused until {time}');
  });

  it('refuses a message it cannot read, saying where', () => {
    expect(() => parseMessage('Snooze {minutes min')).toThrow(MessageSyntaxError);
    expect(() => parseMessage('{n, plural, one {x}}')).toThrow(/no "other" form/);
    expect(() => parseMessage('{n, date}')).toThrow(/unknown format/);
    expect(() => parseMessage('stray }')).toThrow(MessageSyntaxError);
  });

  it('lists the parameters a message uses, inside plural forms too', () => {
    expect(
      messageParameters('{who} took {n, plural, one {# break of {goal}} other {# breaks}}'),
    ).toEqual(['goal', 'n', 'who']);
  });

  it('rewrites the text of a message and keeps its syntax', () => {
    const source = "{n, plural, one {# break} other {# breaks}} for {who}, don''t";
    const upper = mapMessageText(source, (text) => text.toUpperCase());
    expect(format(upper, { n: 2, who: 'Ann' })).toBe("2 BREAKS FOR Ann, DON'T");
  });
});
