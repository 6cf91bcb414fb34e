/**
 * The day a locale's weeks start on, for the statistics calendar and its weekly bars. Days are
 * numbered as `Intl.Locale`'s week info numbers them: 1 is Monday, 7 is Sunday.
 */
export type FirstDay = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Where Unsit's languages are spoken with weeks that start on Sunday; elsewhere Monday. */
const SUNDAY_REGIONS = new Set(['US', 'CA', 'BR', 'JP', 'MX', 'PH', 'IL', 'AU', 'IN', 'ZA']);

/** The region a language stands for when a tag names none ("en" is English as in the US). */
const LIKELY_REGION: Readonly<Record<string, string>> = {
  en: 'US',
  de: 'DE',
  fr: 'FR',
  es: 'ES',
  it: 'IT',
  pt: 'BR',
  nl: 'NL',
  pl: 'PL',
  ja: 'JP',
  zh: 'CN',
};

interface WeekInfo {
  firstDay?: unknown;
}

/** What the engine knows: `getWeekInfo()` (Chromium 130 on), or the older `weekInfo` accessor. */
function engineFirstDay(tag: string): FirstDay | null {
  try {
    const locale = new Intl.Locale(tag) as Intl.Locale & {
      getWeekInfo?: () => WeekInfo;
      weekInfo?: WeekInfo;
    };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    const first = info?.firstDay;
    return typeof first === 'number' && Number.isInteger(first) && first >= 1 && first <= 7
      ? (first as FirstDay)
      : null;
  } catch {
    return null;
  }
}

/** The small table for engines without week info: Sunday or Monday by region. */
export function tableFirstDay(tag: string): FirstDay {
  const parts = tag.replace(/_/g, '-').split('-');
  const language = (parts[0] ?? '').toLowerCase();
  const region =
    parts.slice(1).find((part) => /^[A-Za-z]{2}$|^\d{3}$/.test(part)) ?? LIKELY_REGION[language];
  return region && SUNDAY_REGIONS.has(region.toUpperCase()) ? 7 : 1;
}

/**
 * The first day of the week for a BCP 47 tag: "en-US" and "ja" start on Sunday, "de" and
 * "en-GB" on Monday. The pseudo-locale ("en-XA") has no region of its own and starts on Monday.
 */
export function firstDayOfWeek(tag: string): FirstDay {
  return engineFirstDay(tag) ?? tableFirstDay(tag);
}
