import { describe, expect, it } from 'vitest';
import type { RoutineResult } from '../../../electron/core/ipc/contract';
import { freshTimerState, TIMER_STATE_VERSION } from '../../../electron/core/schedule/timer-state';
import {
  migrateTimerState,
  restoreTimerState,
} from '../../../electron/core/schedule/timer-state-migrations';
import { MIN, MON, drive, local, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';
const defaults = settingsWith();
const done = (holdCount: number): RoutineResult => ({
  outcome: 'completed',
  holdsDone: holdCount,
  holdCount,
  durationMs: 2 * MIN,
});

/** Every record of the run as "type kind" (kind only where the record has one). */
const recordsOf = (d: ReturnType<typeof drive>, ...types: string[]) =>
  d.effects.flatMap((e) =>
    e.type === 'record' && types.includes(e.record.type)
      ? [`${e.record.type}${e.record.kind ? ` ${e.record.kind}` : ''}`]
      : [],
  );

describe(`the kind each reminder suggests, and the kind each routine was, under TZ=${zone}`, () => {
  it('suggests the full routine first, then quick ones; "start" plays the suggested kind', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'answer', action: 'start' }, MON(10, 1));
    d.apply({ type: 'routineFinished', result: done(13) }, MON(10, 10));
    d.apply({ type: 'answer', action: 'start' }, MON(11, 11));
    d.apply({ type: 'routineFinished', result: done(2) }, MON(11, 13));
    expect(d.reminders()).toEqual([MON(10), MON(11, 10)]);
    expect(d.suggestions()).toEqual(['full', 'quick']);
    expect(recordsOf(d, 'reminded', 'started', 'completed')).toEqual([
      'reminded full',
      'started full',
      'completed full',
      'reminded quick',
      'started quick',
      'completed quick',
    ]);
    // A completed quick stretch is a break like the routine: both count, both restart the count.
    expect(d.state.completed.count).toBe(2);
    expect(d.state.sittingMs).toBe(0);
  });

  it('a snoozed reminder and the repeat keep their suggestion and are not counted anew', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'answer', action: 'snooze' }, MON(10, 1));
    d.runUntil(MON(10, 20));
    expect(d.reminders()).toEqual([MON(10), MON(10, 11)]);
    expect(d.reminders('repeat')).toEqual([MON(10, 16)]);
    expect(recordsOf(d, 'reminded', 'repeated')).toEqual([
      'reminded full',
      'reminded full',
      'repeated full',
    ]);
    expect(d.state.fullRoutines.occasions).toBe(1);
  });

  it('answering with the other kind: a full routine not suggested is an occasion of its own', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'answer', action: 'quick' }, MON(10, 1)); // full suggested, quick taken
    d.apply({ type: 'routineFinished', result: done(2) }, MON(10, 3));
    d.apply({ type: 'answer', action: 'full' }, MON(11, 4)); // quick suggested, full taken
    d.apply({ type: 'routineFinished', result: done(13) }, MON(11, 13));
    d.runUntil(MON(17));
    expect(recordsOf(d, 'started')).toEqual(['started quick', 'started full']);
    // Two occasions already: every later reminder that day suggests the quick stretch.
    const [first, ...later] = d.suggestions();
    expect(first).toBe('full');
    expect(later.length).toBeGreaterThan(4);
    expect(new Set(later)).toEqual(new Set(['quick']));
    expect(d.state.fullRoutines.occasions).toBe(2);
  });

  it('a full routine from the tray restarts the gap when it ends', () => {
    const d = drive(settingsWith(), MON(9));
    d.apply({ type: 'routineStarted', kind: 'full' }, MON(9, 30)); // no reminder out
    d.apply({ type: 'routineFinished', result: done(13) }, MON(9, 40));
    d.runUntil(MON(13, 50));
    // 10:40 is the first reminder, quick: the tray's full routine ended an hour before.
    expect(d.reminders()).toEqual([MON(10, 40), MON(11, 50), MON(13, 0)]);
    expect(d.suggestions()).toEqual(['quick', 'quick', 'full']);
  });

  it('"I stood up" counts as a break: recorded as such, never as a skip, the count restarts', () => {
    const d = drive(defaults, MON(9));
    d.apply({ type: 'answer', action: 'stood-up' }, MON(10, 1));
    d.apply({ type: 'stoodUp' }, MON(10, 45)); // from the tray, no reminder out
    d.runUntil(MON(11, 46));
    expect(d.records('stood-up')).toEqual([MON(10, 1), MON(10, 45)]);
    expect(d.records('skipped')).toEqual([]);
    expect(d.withdrawals()).toEqual([
      { type: 'withdraw-reminder', at: MON(10, 1), reason: 'answered' },
    ]);
    expect(d.reminders()).toEqual([MON(10), MON(11, 45)]);
  });

  it('follows the settings: 0 a day never suggests the full routine', () => {
    const never = settingsWith();
    never.breaks = { ...never.breaks, fullRoutinesPerDay: 0 };
    const d = drive(never, MON(9));
    d.runUntil(MON(17));
    expect(new Set(d.suggestions())).toEqual(new Set(['quick']));
  });

  it('starts each local day with a fresh count', () => {
    const d = drive(defaults, MON(9));
    d.runUntil(local(2025, 1, 14, 10, 1));
    const tuesday = d.effects.flatMap((e) =>
      e.type === 'remind' && e.kind === 'first' && e.at >= local(2025, 1, 14) ? [e.suggests] : [],
    );
    expect(tuesday).toEqual(['full']);
  });
});

describe(`the stored timer state across versions under TZ=${zone}`, () => {
  it('an upgrade from version 1 keeps the sitting count and the open reminder', () => {
    const v2 = freshTimerState(defaults, MON(10, 2));
    const { pending, snoozedSuggests, routineKind, fullRoutines, ...common } = v2;
    void [pending, snoozedSuggests, routineKind, fullRoutines];
    const v1 = {
      ...common,
      version: 1,
      sittingMs: 62 * MIN,
      reminder: { firstAt: MON(10), repeatAt: null },
    };
    const { state, restored } = restoreTimerState(defaults, v1, MON(10, 2));
    expect(restored).toBe(true);
    expect(state.version).toBe(TIMER_STATE_VERSION);
    expect(state.sittingMs).toBe(62 * MIN);
    // Version 1 only knew the full routine: its open reminder suggested it, today's occasion.
    expect(state.reminder).toEqual({ firstAt: MON(10), repeatAt: null, suggests: 'full' });
    expect(state.fullRoutines).toMatchObject({ occasions: 1, lastSuggestedAt: MON(10) });
  });

  it('a running routine from version 1 was the full one; unreadable states start fresh', () => {
    const { pending, snoozedSuggests, routineKind, fullRoutines, ...common } = freshTimerState(
      defaults,
      MON(10),
    );
    void [pending, snoozedSuggests, routineKind, fullRoutines];
    const running = migrateTimerState({ ...common, version: 1, routineStartedAt: MON(9, 58) });
    expect(running?.routineKind).toBe('full');
    expect(migrateTimerState({ version: 1, asOf: 'x' })).toBeNull();
    expect(migrateTimerState({ ...common, version: 3 })).toBeNull();
    expect(restoreTimerState(defaults, null, MON(10)).restored).toBe(false);
  });
});
