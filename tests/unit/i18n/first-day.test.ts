import { afterEach, describe, expect, it, vi } from 'vitest';
import { firstDayOfWeek, tableFirstDay } from '../../../electron/core/i18n/first-day';

const MONDAY = 1;
const SUNDAY = 7;

/** The ten languages and the first day people of their main region expect. */
const EXPECTED: [string, number][] = [
  ['en', SUNDAY],
  ['en-US', SUNDAY],
  ['en-GB', MONDAY],
  ['de', MONDAY],
  ['de-AT', MONDAY],
  ['fr', MONDAY],
  ['fr-CA', SUNDAY],
  ['es', MONDAY],
  ['es-MX', SUNDAY],
  ['it', MONDAY],
  ['pt-BR', SUNDAY],
  ['nl', MONDAY],
  ['pl', MONDAY],
  ['ja', SUNDAY],
  ['zh-CN', MONDAY],
  ['zh-Hans-CN', MONDAY],
  ['en-XA', MONDAY],
];

describe('the first day of the week', () => {
  afterEach(() => vi.unstubAllGlobals());

  it.each(EXPECTED)('%s starts its weeks on day %i (1 Monday, 7 Sunday)', (tag, day) => {
    expect(firstDayOfWeek(tag)).toBe(day);
  });

  it.each(EXPECTED)('the fallback table agrees for %s', (tag, day) => {
    expect(tableFirstDay(tag)).toBe(day);
  });

  it('falls back to the table on an engine without week info', () => {
    const Plain = class extends Intl.Locale {
      get weekInfo() {
        return undefined;
      }
      getWeekInfo = undefined;
    };
    vi.stubGlobal('Intl', { ...Intl, Locale: Plain });
    expect(firstDayOfWeek('en-US')).toBe(SUNDAY);
    expect(firstDayOfWeek('de-DE')).toBe(MONDAY);
    expect(firstDayOfWeek('ja')).toBe(SUNDAY);
  });

  it('follows what the engine says, where it says something the table does not know', () => {
    // Arabic as spoken in Egypt starts on Saturday: the engine knows, the small table does not.
    const engine = new Intl.Locale('ar-EG') as Intl.Locale & { weekInfo?: { firstDay: number } };
    const said = engine.weekInfo?.firstDay;
    if (said === undefined) return;
    expect(firstDayOfWeek('ar-EG')).toBe(said);
    expect(said).toBe(6);
  });

  it('reads a tag it cannot parse by the table, without throwing', () => {
    expect(firstDayOfWeek('en_US')).toBe(SUNDAY);
    expect(firstDayOfWeek('')).toBe(MONDAY);
  });
});
