import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freshTimerState, type TimerState } from '../../../electron/core/schedule/timer-state';
import { restoreTimerState } from '../../../electron/core/schedule/timer-state-migrations';
import { defaultSettings } from '../../../electron/core/settings/schema';
import type { TimerStateStore } from '../../../electron/core/storage/ports';
import { createTimerStateStore } from '../../../electron/main/storage';
import { memoryStores } from '../reminders/fakes';
import { NOW, openConf, useTempDirs, writeJson } from './helpers';

const tempDir = useTempDirs();
const open = (dir: string, onError?: (error: unknown) => void) =>
  createTimerStateStore({ dir, openStore: openConf, onError });

/** A state the sitting timer really writes: 29 minutes sat, a reminder out, a routine today. */
function sittingState(): TimerState {
  const state = freshTimerState(defaultSettings(), NOW);
  state.sittingMs = 29 * 60_000;
  state.reminder = { firstAt: NOW - 60_000, repeatAt: null, suggests: 'full' };
  state.completed = { day: '2025-01-05', count: 1 };
  state.idle = { checkedAt: NOW, seconds: 12 };
  return state;
}

// The reminder service tests keep the timer state in memory; both stores must give the sitting
// timer back what it saved, in a form it restores rather than starting afresh.
const stores: [string, () => { store: TimerStateStore; restart: () => TimerStateStore }][] = [
  [
    'the real store on disk',
    () => {
      const dir = tempDir();
      return { store: open(dir), restart: () => open(dir) };
    },
  ],
  [
    'the in-memory fake',
    () => {
      const { timerStore } = memoryStores();
      return { store: timerStore, restart: () => timerStore };
    },
  ],
];

describe.each(stores)('the timer state store contract: %s', (_name, make) => {
  it('reads nothing before anything was saved', () => {
    expect(make().store.load()).toBeNull();
  });

  it('gives back the latest state after a restart, and the timer restores it as it was', () => {
    const { store, restart } = make();
    store.save(freshTimerState(defaultSettings(), NOW - 60_000));
    store.save(sittingState());
    const loaded = restart().load();
    expect(loaded).toEqual(sittingState());
    expect(restoreTimerState(defaultSettings(), loaded, NOW)).toEqual({
      state: sittingState(),
      restored: true,
    });
  });
});

describe('timer state store on disk', () => {
  it('keeps the state in its own file', () => {
    const dir = tempDir();
    open(dir).save(sittingState());
    expect(readdirSync(dir)).toEqual(['timer-state.json']);
  });

  it('reads a damaged or foreign file as no state', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'timer-state.json'), '{"version":1,"state":{"sitt');
    expect(open(dir).load()).toBeNull();
    writeJson(join(dir, 'timer-state.json'), { version: 7, state: sittingState() });
    expect(open(dir).load()).toBeNull();
  });

  it('keeps the latest state in memory when the folder cannot be written', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'blocker'), '');
    const errors: unknown[] = [];
    const store = open(join(parent, 'blocker', 'Unsit'), (error) => errors.push(error));
    store.save(sittingState());
    expect(store.load()).toEqual(sittingState());
    expect(errors.length).toBeGreaterThan(0);
  });
});
