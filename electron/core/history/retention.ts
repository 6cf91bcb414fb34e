import type { OutcomeRecord } from '../schedule/status';
import { DAY_MS } from '../time/units';

/** About a year of history is kept; a few spare days so "a year ago today" is still there. */
export const HISTORY_RETENTION_DAYS = 370;

/** Records young enough to keep at `now` (epoch ms). */
export function withinRetention(records: readonly OutcomeRecord[], now: number): OutcomeRecord[] {
  const oldest = now - HISTORY_RETENTION_DAYS * DAY_MS;
  return records.filter((record) => Date.parse(record.at) >= oldest);
}
