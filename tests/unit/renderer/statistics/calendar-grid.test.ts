import { describe, expect, it } from 'vitest';
import type { CalendarDay } from '../../../../electron/core/history/statistics';
import { monthStarts, moveFocus, shade } from '../../../../renderer/src/statistics/calendar-grid';
import { addDays } from '../../../../electron/core/time/day-key';

// 53 weeks from Monday 11 March 2024; "today" is the Wednesday of the last week (index 366).
const TODAY = 52 * 7 + 2;

describe('moving around the year calendar', () => {
  it('goes a day up and down, a week left and right, four weeks a page', () => {
    expect(moveFocus(100, 'ArrowUp', TODAY)).toBe(99);
    expect(moveFocus(100, 'ArrowDown', TODAY)).toBe(101);
    expect(moveFocus(100, 'ArrowLeft', TODAY)).toBe(93);
    expect(moveFocus(100, 'ArrowRight', TODAY)).toBe(107);
    expect(moveFocus(100, 'PageUp', TODAY)).toBe(72);
    expect(moveFocus(100, 'PageDown', TODAY)).toBe(128);
  });

  it('goes to the ends of a row, or of the year with Ctrl', () => {
    expect(moveFocus(100, 'Home', TODAY)).toBe(2); // 100 is a Wednesday
    expect(moveFocus(100, 'End', TODAY)).toBe(TODAY);
    expect(moveFocus(101, 'End', TODAY)).toBe(TODAY - 6); // Thursday: last week's
    expect(moveFocus(100, 'Home', TODAY, true)).toBe(0);
    expect(moveFocus(100, 'End', TODAY, true)).toBe(TODAY);
  });

  it('never leaves the days that happened, and ignores other keys', () => {
    expect(moveFocus(TODAY, 'ArrowRight', TODAY)).toBe(TODAY);
    expect(moveFocus(TODAY, 'ArrowDown', TODAY)).toBe(TODAY);
    expect(moveFocus(3, 'ArrowLeft', TODAY)).toBe(0);
    expect(moveFocus(3, 'a', TODAY)).toBeNull();
  });
});

describe('the calendar’s look', () => {
  const day = (taken: number, goal = 4): CalendarDay => ({
    day: '2025-03-10',
    status: 'partial',
    taken,
    goal,
  });

  it('shades a day by its breaks against its own goal', () => {
    expect([0, 1, 2, 3, 4, 7].map((n) => shade(day(n)))).toEqual([0, 1, 2, 2, 3, 3]);
    expect(shade(day(3, 6))).toBe(2);
    expect(shade(day(2, 6))).toBe(1);
  });

  it('labels the weeks where a month starts', () => {
    const days = Array.from({ length: 53 * 7 }, (_, i) => ({
      ...day(0),
      day: addDays('2024-03-11', i),
    }));
    const starts = monthStarts(days);
    expect(starts[0]).toEqual({ week: 3, day: '2024-04-01' });
    expect(starts.map((s) => s.day.slice(0, 7))).toEqual([
      '2024-04',
      '2024-05',
      '2024-06',
      '2024-07',
      '2024-08',
      '2024-09',
      '2024-10',
      '2024-11',
      '2024-12',
      '2025-01',
      '2025-02',
      '2025-03',
    ]);
  });
});
