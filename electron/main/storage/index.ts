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
export { createNotesStore, NOTES_FILE, type NotesStore, type NotesStoreDeps } from './notes-store';
