import type { Clock } from '../core/time/clock';
import { MINUTE_MS } from '../core/time/units';
import type { LoginItem } from './autostart';
import type { PowerMonitorLike } from './power/power-events';
import { createReminderService } from './reminders/reminder-service';
import type { ReminderService } from './reminders/types';
import { createStatisticsService, type StatisticsService } from './statistics-service';
import {
  createHistoryStore,
  createSettingsStore,
  createTimerStateStore,
  type OpenStore,
  type SettingsStoreAdapter,
} from './storage';

export interface ServicesOptions {
  /** The app's data folder (userData). */
  dir: string;
  clock: Clock;
  power: PowerMonitorLike;
  openStore: OpenStore;
  loginItem: LoginItem;
  onError(error: unknown): void;
}

export interface Services {
  settings: SettingsStoreAdapter;
  reminders: ReminderService;
  statistics: StatisticsService;
  /** Brings the OS login item in line with the setting; failures are reported, not thrown. */
  syncLoginItem(enabled: boolean): void;
}

/** The stores and the reminder service, wired on one data folder. */
export function createServices(options: ServicesOptions): Services {
  const { dir, clock, openStore, onError, loginItem } = options;
  const now = () => clock.now();
  const settings = createSettingsStore({ dir, now, openStore });
  const statistics = createStatisticsService({
    history: createHistoryStore({ dir, now, openStore, onError }),
    settings: () => settings.get(),
    sittingMinutes: () => Math.floor(reminders.status().sittingMs / MINUTE_MS),
    now,
  });
  const reminders = createReminderService({
    clock,
    settings: settings.get(),
    power: options.power,
    timerStore: createTimerStateStore({ dir, openStore, onError }),
    history: statistics.recorder,
    onError,
  });
  return {
    settings,
    reminders,
    statistics,
    syncLoginItem(enabled) {
      try {
        if (loginItem.isEnabled() !== enabled) loginItem.setEnabled(enabled);
      } catch (error) {
        onError(error);
      }
    },
  };
}
