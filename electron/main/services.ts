import type { Clock } from '../core/time/clock';
import { MINUTE_MS } from '../core/time/units';
import type { LoginItem } from './autostart';
import type { PowerMonitorLike } from './power/power-events';
import { createBusyMonitor, type BusyMonitor } from './busy/monitor';
import type { BusyDetector } from './busy/types';
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
  /** This system's busy detectors (none: only a meeting set by hand holds reminders). */
  busyDetectors?: readonly BusyDetector[];
}

export interface Services {
  settings: SettingsStoreAdapter;
  reminders: ReminderService;
  statistics: StatisticsService;
  /** Reads the busy detectors for the reminder service; says what this system can detect. */
  busy: BusyMonitor;
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
  const busy = createBusyMonitor({
    detectors: options.busyDetectors ?? [],
    settings: () => settings.get().busy,
  });
  const reminders = createReminderService({
    clock,
    settings: settings.get(),
    power: options.power,
    timerStore: createTimerStateStore({ dir, openStore, onError }),
    history: statistics.recorder,
    busy,
  });
  return {
    settings,
    reminders,
    statistics,
    busy,
    syncLoginItem(enabled) {
      try {
        if (loginItem.isEnabled() !== enabled) loginItem.setEnabled(enabled);
      } catch (error) {
        onError(error);
      }
    },
  };
}
