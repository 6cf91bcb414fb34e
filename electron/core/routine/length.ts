import { MINUTE_MS } from '../time/units';
import type { RoutinePlan } from './types';

/**
 * A rounded, friendly routine length such as "about 9 min". Kept apart from plan.ts, whose
 * zod schemas would otherwise be bundled into the routine window just for this sentence.
 */
export function describePlanLength(plan: Pick<RoutinePlan, 'totalMs'>): string {
  const minutes = Math.round(plan.totalMs / MINUTE_MS);
  return minutes < 1 ? 'under a minute' : `about ${minutes} min`;
}
