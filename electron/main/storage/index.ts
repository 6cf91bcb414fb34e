export {
  createSettingsStore,
  SETTINGS_FILE,
  type SettingsStoreAdapter,
  type SettingsStoreDeps,
} from './settings-store';
export { createHistoryStore, type HistoryStoreDeps } from './history-store';
export { createTimerStateStore, type TimerStateStoreDeps } from './timer-state-store';
export { SettingsValidationError, SettingsWriteError } from './errors';
export type { OpenStore, StoreLike, StoreOptions } from './open-store';
export { createHintsStore, HINTS_FILE, type HintsStore, type HintsStoreDeps } from './hints-store';
