import type { Translate } from '../../../electron/core/i18n/translator';
import { breakMinutes } from '../../../electron/core/routine/length';
import type { RoutinePlan } from '../../../electron/core/routine/types';
import { MINUTE_MS } from '../../../electron/core/time/units';

/**
 * A routine's length as the settings say it: "under a minute", else "about 9 min", rounded up
 * as every other place announces a length (`breakMinutes`).
 */
export function planLengthText(t: Translate, plan: Pick<RoutinePlan, 'totalMs'>): string {
  return plan.totalMs < MINUTE_MS
    ? t('settings.length.underMinute')
    : t('settings.length.about', { minutes: breakMinutes(plan) });
}
