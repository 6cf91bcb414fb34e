import type { Translate } from '../i18n/translator';
import { MINUTE_MS } from '../time/units';
import type { RoutinePlan } from './types';

/*
 * Kept apart from plan.ts, whose zod schemas would otherwise be bundled into the routine window
 * just for these sentences.
 */

/**
 * A length in whole minutes, rounded up (83 s is 2 min): a break that runs longer than it was
 * announced costs more trust than one that ends early. Reminders, the tray, the routine window
 * and the settings all announce lengths this way, so they always agree.
 */
export function breakMinutes(plan: Pick<RoutinePlan, 'totalMs'>): number {
  return Math.max(1, Math.ceil(plan.totalMs / MINUTE_MS));
}

/** A friendly routine length such as "about 9 min" (see `breakMinutes`). */
export function describePlanLength(plan: Pick<RoutinePlan, 'totalMs'>): string {
  return plan.totalMs < MINUTE_MS ? 'under a minute' : `about ${breakMinutes(plan)} min`;
}

/** The same length, in the translator's language ("about 9 min", "under a minute"). */
export function planLengthText(t: Translate, plan: Pick<RoutinePlan, 'totalMs'>): string {
  return plan.totalMs < MINUTE_MS
    ? t('routine.length.underMinute')
    : t('routine.length.about', { minutes: breakMinutes(plan) });
}
