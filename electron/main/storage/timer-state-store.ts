import type { TimerStateStore } from '../../core/storage/ports';
import { join } from 'node:path';
import { removeLeftoverTemporaries, writeJsonAtomically } from './atomic-file';
import { storeOptions, type OpenStore, type StoreLike } from './open-store';

export const TIMER_STATE_FILE = 'timer-state';
/** The format of the file around the state ({version, state}); the state has its own version. */
const TIMER_STATE_FILE_VERSION = 1;

export interface TimerStateStoreDeps {
  dir: string;
  openStore: OpenStore;
  /** Told about read or write failures; the state is kept in memory meanwhile. */
  onError?: (error: unknown) => void;
}

/**
 * The sitting timer's state in timer-state.json as {version, state}. The schedule core validates
 * what `load` returns; a missing, damaged or foreign file reads as null (a fresh timer), which
 * costs at most the sitting time counted so far, so it is not worth a notice.
 */
export function createTimerStateStore({
  dir,
  openStore,
  onError,
}: TimerStateStoreDeps): TimerStateStore {
  removeLeftoverTemporaries(join(dir, `${TIMER_STATE_FILE}.json`));
  let store: StoreLike | null = null;
  let memory: { state: unknown } | null = null;

  const open = () => (store ??= openStore(storeOptions(dir, TIMER_STATE_FILE)));

  return {
    load() {
      if (memory) return memory.state;
      try {
        const file = open().store;
        memory = { state: file.version === TIMER_STATE_FILE_VERSION ? (file.state ?? null) : null };
      } catch (error) {
        onError?.(error);
        memory = { state: null };
      }
      return memory.state;
    },
    save(state) {
      memory = { state };
      try {
        writeJsonAtomically(open().path, { version: TIMER_STATE_FILE_VERSION, state });
      } catch (error) {
        onError?.(error);
      }
    },
  };
}
