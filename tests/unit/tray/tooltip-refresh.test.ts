import { describe, expect, it } from 'vitest';
import { english } from '../../english';
import { status } from '../../main/fakes/electron';
import type { EngineStatus } from '../../../electron/core/schedule/status';
import {
  TOOLTIP_REFRESH_GAP_MS,
  nextTooltipRefresh,
  tooltipChangesAt,
  trayTooltip,
} from '../../../electron/core/tray/menu-model';

const MIN = 60_000;
const NOW = new Date(2025, 2, 10, 13, 0).getTime();
const tip = (s: EngineStatus, at: number) => trayTooltip(english, s, at);

describe('when the tooltip changes by itself', () => {
  it('is the next whole minute of the countdown, whatever the second now', () => {
    const s = status({ nextReminderAt: NOW + 23 * MIN });
    for (const offset of [0, 1, 999, 30_000, 59_999, MIN, 90_000]) {
      const now = NOW + offset;
      const at = tooltipChangesAt(s, now);
      expect(at).not.toBeNull();
      // The words stay the same up to that instant and change at it.
      expect(tip(s, at! - 1)).toBe(tip(s, now));
      expect(tip(s, at!)).not.toBe(tip(s, now));
      expect(at! - now).toBeLessThanOrEqual(MIN);
      expect(at! - now).toBeGreaterThan(0);
    }
  });

  it('counts through the hours as well ("1 h 5 min" -> "1 h 4 min")', () => {
    const s = status({ nextReminderAt: NOW + 65 * MIN });
    expect(tip(s, NOW)).toBe('Next stretch in 1 h 5 min');
    expect(tip(s, tooltipChangesAt(s, NOW)!)).toBe('Next stretch in 1 h 4 min');
  });

  it('stops at "1 min": what comes next is the reminder, a change of status', () => {
    const s = status({ nextReminderAt: NOW + 50_000 });
    expect(tip(s, NOW)).toBe('Next stretch in 1 min');
    expect(tooltipChangesAt(s, NOW)).toBeNull();
  });

  it('never, while the words hold no countdown', () => {
    const statuses: EngineStatus[] = [
      status({ phase: 'due' }),
      status({ phase: 'paused', pausedUntil: NOW + 90 * MIN }),
      status({ phase: 'paused', pausedUntil: null }),
      status({ phase: 'outside-hours', hoursResumeAt: NOW + 20 * 60 * MIN }),
      status({ phase: 'away' }),
      status({ nextReminderAt: NOW + 30 * MIN, skipNext: true }),
      status({ nextReminderAt: null }),
    ];
    for (const s of statuses) expect(tooltipChangesAt(s, NOW)).toBeNull();
  });
});

describe('the Linux tooltip refresh', () => {
  it('waits at least five minutes, and lands on a change of the words', () => {
    const s = status({ nextReminderAt: NOW + 23 * MIN + 20_000 });
    const at = nextTooltipRefresh(s, NOW)!;
    expect(at - NOW).toBeGreaterThanOrEqual(TOOLTIP_REFRESH_GAP_MS);
    expect(at - NOW).toBeLessThan(TOOLTIP_REFRESH_GAP_MS + MIN);
    expect(tip(s, at - 1)).not.toBe(tip(s, at));
    expect(tip(s, at)).toBe('Next stretch in 18 min');
  });

  it('refreshes a 60-minute countdown at most 12 times before the reminder', () => {
    const s = status({ nextReminderAt: NOW + 60 * MIN });
    const refreshes: number[] = [];
    let now = NOW;
    for (let at = nextTooltipRefresh(s, now); at !== null; at = nextTooltipRefresh(s, now)) {
      refreshes.push(at);
      now = at;
    }
    expect(refreshes.length).toBeGreaterThan(0);
    expect(refreshes.length).toBeLessThanOrEqual(12);
    const gaps = refreshes.map((at, i) => at - (refreshes[i - 1] ?? NOW));
    for (const gap of gaps) expect(gap).toBeGreaterThanOrEqual(TOOLTIP_REFRESH_GAP_MS);
    // The last refresh is no later than "1 min".
    expect(tip(s, refreshes.at(-1)!)).not.toBe('Next stretch in 0 min');
  });

  it('arms nothing when the reminder comes within the gap', () => {
    expect(nextTooltipRefresh(status({ nextReminderAt: NOW + 5 * MIN }), NOW)).toBeNull();
    expect(nextTooltipRefresh(status({ nextReminderAt: NOW + 3 * MIN }), NOW)).toBeNull();
  });

  it('arms nothing while the words are static', () => {
    expect(nextTooltipRefresh(status({ phase: 'paused', pausedUntil: NOW + MIN }), NOW)).toBeNull();
    expect(nextTooltipRefresh(status({ phase: 'due' }), NOW)).toBeNull();
  });
});
