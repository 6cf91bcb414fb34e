import { describe, expect, it } from 'vitest';
import { stretchingMs, summarizeDay } from '../../../electron/core/history/day-summary';
import type { OutcomeRecord } from '../../../electron/core/history/records';
import { atLocal } from '../../fixtures/history-generator';

// Records of one day in Berlin's winter time; the summary reads only their order and fields.
const DAY = '2025-03-10';
const at = (hh: number, mm = 0) => atLocal(DAY, hh * 60 + mm, '+01:00');
const r = (
  hh: number,
  mm: number,
  type: OutcomeRecord['type'],
  extra: Partial<OutcomeRecord> = {},
) => ({ at: at(hh, mm), type, ...extra }) as OutcomeRecord;
const done = (hh: number, mm: number, kind: 'quick' | 'full', sittingMinutes = 60) =>
  r(hh, mm, 'completed', {
    kind,
    sittingMinutes,
    holdsDone: kind === 'quick' ? 2 : 13,
    holdCount: kind === 'quick' ? 2 : 13,
    durationMs: kind === 'quick' ? 130_000 : 540_000,
  });
const stopped = (hh: number, mm: number, holdsDone: number, holdCount = 13) =>
  r(hh, mm, 'ended-early', {
    kind: 'full',
    sittingMinutes: 60,
    holdsDone,
    holdCount,
    durationMs: holdsDone * 40_000,
  });

const summary = (records: OutcomeRecord[], sittingNowMinutes?: number) =>
  summarizeDay(DAY, records, sittingNowMinutes === undefined ? {} : { sittingNowMinutes });

describe('breaks taken out of breaks suggested', () => {
  it('counts a reminder answered with a stretch as one break taken of one suggested', () => {
    const day = summary([
      r(10, 0, 'reminded', { kind: 'quick', sittingMinutes: 60 }),
      r(10, 1, 'started', { kind: 'quick', sittingMinutes: 60 }),
      done(10, 3, 'quick'),
    ]);
    expect(day).toMatchObject({ occasions: 1, taken: 1, breaks: { quick: 1 } });
    expect(day.counts).toEqual({ 'reminded.quick': 1, 'started.quick': 1, 'completed.quick': 1 });
  });

  it('keeps repeats, snoozes and the reminder coming back in one occasion', () => {
    const day = summary([
      r(10, 0, 'reminded', { kind: 'full', sittingMinutes: 60 }),
      r(10, 5, 'repeated', { kind: 'full', sittingMinutes: 65 }),
      r(10, 6, 'snoozed', { sittingMinutes: 66 }),
      r(10, 16, 'reminded', { kind: 'full', sittingMinutes: 76 }),
      r(10, 17, 'started', { kind: 'full', sittingMinutes: 76 }),
      done(10, 26, 'full', 76),
    ]);
    expect(day).toMatchObject({ occasions: 1, taken: 1, breaks: { full: 1 } });
  });

  it('takes a routine ended at half its holds as a break, and one ended sooner as none', () => {
    expect(summary([r(10, 0, 'reminded', { kind: 'full' }), stopped(10, 8, 7)])).toMatchObject({
      occasions: 1,
      taken: 1,
      breaks: { full: 1 },
      endedEarly: 0,
    });
    // Stopped after 3 of 13: the reminder comes back later, within the same occasion.
    const early = summary([
      r(10, 0, 'reminded', { kind: 'full' }),
      stopped(10, 3, 3),
      r(10, 13, 'reminded', { kind: 'full' }),
      r(10, 14, 'skipped', { sittingMinutes: 74 }),
    ]);
    expect(early).toMatchObject({ occasions: 1, taken: 0, endedEarly: 1, breaks: {} });
  });

  it('counts breaks taken without a reminder as suggested and taken', () => {
    const day = summary([
      r(9, 40, 'natural-break', { sittingMinutes: 40 }),
      r(11, 0, 'stood-up', { sittingMinutes: 50 }),
      r(14, 0, 'started', { kind: 'quick' }),
      done(14, 2, 'quick', 0),
    ]);
    expect(day).toMatchObject({
      occasions: 3,
      taken: 3,
      breaks: { 'natural-break': 1, 'stood-up': 1, quick: 1 },
    });
  });

  it('misses an occasion that is skipped, ignored, or still open when working hours end', () => {
    const day = summary([
      r(10, 0, 'reminded', { kind: 'quick', sittingMinutes: 60 }),
      r(10, 1, 'skipped', { sittingMinutes: 60 }),
      // "Skip next break" passes over a reminder before it goes out: only 'skipped' is written.
      r(11, 1, 'skipped', { sittingMinutes: 60 }),
      r(12, 1, 'reminded', { kind: 'quick', sittingMinutes: 60 }),
      r(12, 6, 'repeated', { kind: 'quick', sittingMinutes: 65 }),
      r(12, 11, 'ignored', { sittingMinutes: 70 }),
      r(16, 50, 'reminded', { kind: 'quick', sittingMinutes: 60 }),
      r(16, 55, 'snoozed', { sittingMinutes: 65 }),
      r(17, 0, 'hours-ended', { sittingMinutes: 70 }),
    ]);
    expect(day).toMatchObject({ occasions: 4, taken: 0 });
    expect(day.counts).toMatchObject({ skipped: 2, ignored: 1, snoozed: 1, 'hours-ended': 1 });
  });

  it('closes an occasion still open when working hours end; a later break opens its own', () => {
    const day = summary([
      r(12, 20, 'reminded', { kind: 'quick', sittingMinutes: 60 }),
      r(12, 25, 'snoozed', { sittingMinutes: 65 }),
      r(12, 30, 'hours-ended', { sittingMinutes: 70 }),
      r(14, 0, 'stood-up', { sittingMinutes: 30 }),
    ]);
    expect(day).toMatchObject({ occasions: 2, taken: 1 });
  });
});

describe('the longest unbroken sitting stretch', () => {
  it('carries sitting across a skipped or ignored reminder until a break', () => {
    const day = summary([
      r(10, 0, 'reminded', { sittingMinutes: 60 }),
      r(10, 10, 'ignored', { sittingMinutes: 70 }),
      r(11, 10, 'skipped', { sittingMinutes: 60 }),
      r(11, 50, 'natural-break', { sittingMinutes: 40 }),
      r(12, 50, 'stood-up', { sittingMinutes: 55 }),
    ]);
    // 70 + 60 + 40 minutes in one go, then 55.
    expect(day.longestSittingMinutes).toBe(170);
  });

  it('ends a stretch where working hours end', () => {
    const day = summary([
      r(12, 0, 'skipped', { sittingMinutes: 60 }),
      r(12, 30, 'hours-ended', { sittingMinutes: 30 }),
      r(14, 0, 'reminded', { sittingMinutes: 60 }),
      r(14, 1, 'started', { sittingMinutes: 60 }),
      done(14, 3, 'quick', 60),
    ]);
    expect(day.longestSittingMinutes).toBe(90);
  });

  it('includes the stretch still going on today', () => {
    const records = [r(10, 0, 'skipped', { sittingMinutes: 60 })];
    expect(summary(records).longestSittingMinutes).toBe(60);
    expect(summary(records, 45).longestSittingMinutes).toBe(105);
    expect(summary([], 12).longestSittingMinutes).toBe(12);
  });
});

describe('time spent stretching', () => {
  it('adds up every routine, finished or not', () => {
    const day = summary([done(10, 3, 'quick'), done(13, 10, 'full'), stopped(15, 2, 3)]);
    expect(stretchingMs(day)).toBe(130_000 + 540_000 + 120_000);
    expect(day.durations).toEqual({
      'completed.quick': 130_000,
      'completed.full': 540_000,
      'ended-early.full': 120_000,
    });
  });
});
