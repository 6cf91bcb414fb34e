import { describe, expect, it } from 'vitest';
import { localIso } from '../../../electron/core/time/local-iso';
import { localDayKey } from '../../../electron/core/time/day-key';

const zone = process.env.TZ ?? 'UTC';

describe(`local ISO times under TZ=${zone}`, () => {
  const instants = [
    Date.UTC(2026, 0, 15, 12, 0, 0, 250),
    Date.UTC(2026, 2, 29, 0, 30), // the night Europe moves its clocks forward
    Date.UTC(2026, 3, 5, 15, 59, 59, 999), // Sydney's clocks go back that day
    Date.UTC(2026, 9, 25, 1, 0), // Europe moves them back
    Date.UTC(2026, 10, 1, 6, 30), // New York moves them back
  ];

  it('name the very same instant, to the millisecond', () => {
    for (const t of instants) expect(Date.parse(localIso(t))).toBe(t);
  });

  it('show the local wall-clock day and time, with the offset then in force', () => {
    for (const t of instants) {
      const text = localIso(t);
      expect(text.slice(0, 10)).toBe(localDayKey(t));
      const d = new Date(t);
      expect(text.slice(11, 16)).toBe(
        `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`,
      );
      const offset = -d.getTimezoneOffset();
      const sign = offset < 0 ? '-' : '+';
      const hh = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
      const mm = String(Math.abs(offset) % 60).padStart(2, '0');
      expect(text.endsWith(`${sign}${hh}:${mm}`)).toBe(true);
    }
  });
});
