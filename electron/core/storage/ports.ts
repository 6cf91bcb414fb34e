import type { Translator } from '../i18n/translator';
import type { Settings } from '../settings/schema';
import type { OutcomeRecord } from '../history/records';
import type { DayRules, StoredHistory } from '../history/schema';
import type { HistoryHealth } from '../history/notice';

/**
 * Storage ports. electron/main implements them on electron-store (conf's file format); tests
 * use the same adapter on a temporary folder, or in-memory fakes. Each kind of data lives in
 * its own versioned file, so a problem with one never touches the others.
 */
export interface SettingsStore {
  /** The current settings (already validated, migrated and, if needed, salvaged). */
  get(): Settings;
  /** Validates and writes atomically; returns what was stored. Throws SettingsValidationError. */
  save(next: Settings): Settings;
  /** Writes fresh defaults, keeping only the first-run acknowledgement. */
  reset(): Settings;
  /**
   * A one-time message after a damaged file was repaired at start-up, or null. Reading it
   * clears it, so the user is told once.
   */
  takeNotice(translator: Translator): string | null;
}

/** Persisted sitting-timer state; the schedule core validates what it reads back. */
export interface TimerStateStore {
  load(): unknown;
  save(state: unknown): void;
}

/**
 * Routine and reminder outcomes: the records of the last year, daily totals of older days, and
 * the log of daily goals (electron/core/history).
 */
export interface HistoryStore {
  append(record: OutcomeRecord): void;
  /** Everything kept, each list oldest first. The store's own lists: read them, never change them. */
  read(): Readonly<StoredHistory>;
  /** Logs the daily goal and working days in force from `rules.from` (only when they change). */
  noteRules(rules: DayRules): void;
  /** What went wrong with the file in this run (damaged, read-only, unsaved), for the notice. */
  health(): HistoryHealth;
}
