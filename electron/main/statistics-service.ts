import { historyCsv, type HistoryCsv } from '../core/history/csv';
import { localDayKey } from '../core/time/day-key';
import { rulesFromSettings } from '../core/history/day-rules';
import { buildStatistics, todayCount, type TodayCount } from '../core/history/statistics';
import type { StatisticsReply } from '../core/ipc/contract';
import { historyNotice } from '../core/history/notice';
import type { Settings } from '../core/settings/schema';
import type { Translate } from '../core/i18n/translator';
import { firstDayOfWeek } from '../core/i18n/first-day';
import type { HistoryStore } from '../core/storage/ports';

export interface StatisticsServiceOptions {
  history: HistoryStore;
  settings: () => Settings;
  /** Sitting minutes the reminder engine counts right now (today's stretch in progress). */
  sittingMinutes: () => number;
  now: () => number;
  /** The language now: the notice and the CSV's header are worded in it. */
  t: () => Translate;
  /** The formatting locale now: the weekly bars and the calendar start on its first weekday. */
  locale?: () => string;
}

export interface StatisticsService {
  /** Where the reminder service records outcomes: the history, announcing every record. */
  recorder: Pick<HistoryStore, 'append'>;
  /** Called after each recorded outcome (the tray's "Today" line listens). */
  onRecorded(listener: () => void): () => void;
  /** Today's breaks taken and suggested, and the goal. */
  today(): TodayCount;
  /** Everything the statistics window draws, and the history's notice. */
  view(): StatisticsReply;
  /** What went wrong with the history file in this run, in words, or null. */
  notice(): string | null;
  csv(): HistoryCsv;
  /** Logs a new daily goal or new working days from today on. */
  settingsChanged(settings: Settings): void;
}

/**
 * The statistics in main: the pure core (electron/core/history) over the history store, so the
 * window receives what it draws and never the records themselves.
 */
export function createStatisticsService(options: StatisticsServiceOptions): StatisticsService {
  const { history, now } = options;
  const listeners = new Set<() => void>();
  const rules = (settings = options.settings()) => rulesFromSettings(settings, localDayKey(now()));

  history.noteRules(rules());

  return {
    recorder: {
      append(record) {
        history.append(record);
        listeners.forEach((listener) => listener());
      },
    },
    onRecorded(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    today: () => todayCount(history.read(), now(), rules()),
    view: (): StatisticsReply => ({
      ...buildStatistics({
        history: history.read(),
        now: now(),
        rules: rules(),
        sittingNowMinutes: options.sittingMinutes(),
        firstDayOfWeek: options.locale ? firstDayOfWeek(options.locale()) : 1,
      }),
      historyNotice: historyNotice(options.t(), history.health()),
    }),
    notice: () => historyNotice(options.t(), history.health()),
    csv: () => historyCsv(options.t(), history.read()),
    settingsChanged: (settings) => history.noteRules(rules(settings)),
  };
}
