import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTimerStateStore } from '../../../electron/main/storage';
import { openConf, useTempDirs, writeJson } from './helpers';

const tempDir = useTempDirs();
const open = (dir: string, onError?: (error: unknown) => void) =>
  createTimerStateStore({ dir, openStore: openConf, onError });
const state = { sittingMs: 1_740_000, phase: 'counting', lastActiveAt: 1_736_074_800_000 };

describe('timer state store', () => {
  it('reads nothing before anything was saved', () => {
    expect(open(tempDir()).load()).toBeNull();
  });

  it('gives back the saved state after a restart, from its own file', () => {
    const dir = tempDir();
    open(dir).save(state);
    expect(open(dir).load()).toEqual(state);
    expect(readdirSync(dir)).toEqual(['timer-state.json']);
  });

  it('reads a damaged or foreign file as no state', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'timer-state.json'), '{"version":1,"state":{"sitt');
    expect(open(dir).load()).toBeNull();
    writeJson(join(dir, 'timer-state.json'), { version: 7, state });
    expect(open(dir).load()).toBeNull();
  });

  it('keeps the latest state in memory when the folder cannot be written', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'blocker'), '');
    const errors: unknown[] = [];
    const store = open(join(parent, 'blocker', 'Unsit'), (error) => errors.push(error));
    store.save(state);
    expect(store.load()).toEqual(state);
    expect(errors.length).toBeGreaterThan(0);
  });
});
