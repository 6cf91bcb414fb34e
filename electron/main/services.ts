import type { Clock } from '../core/time/clock';
import { MINUTE_MS } from '../core/time/units';
import type { LoginItem } from './autostart';
import { busyDetection, type BusyDetection } from './busy/detectors';
import { createBusyMonitor, type BusyMonitor } from './busy/monitor';
import type { BusyDetector } from './busy/types';
import type { IdleReader, PowerMonitorLike } from './power/power-events';
import { createReminderService } from './reminders/reminder-service';
import type { ReminderService } from './reminders/types';
import { createLanguageService, type LanguageService } from './language';
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
  /** Makes the process see the system's current time zone (time-zone.ts). */
  followZone?: () => void;
  /** Idle readings that know Linux's locks and stuck idle time (power/power-events.ts). */
  idle?: IdleReader;
  onError(error: unknown): void;
  /** This system's busy detectors (none: only a meeting set by hand holds reminders). */
  busyDetectors?: readonly BusyDetector[];
  /** `app.getPreferredSystemLanguages()`; none: English. */
  preferredLanguages?: () => readonly string[];
  /** Speak the pseudo-locale (UNSIT_PSEUDO_LOCALE=1), for layout checks. */
  pseudoLocale?: boolean;
}

export interface Services {
  settings: SettingsStoreAdapter;
  /** The language of the tray, notifications, dialogs and windows (the Language setting). */
  language: LanguageService;
  reminders: ReminderService;
  statistics: StatisticsService;
  /** Reads the busy detectors for the reminder service; says what this system can detect. */
  busy: BusyMonitor;
  /** Which kinds of busy this system can see: asked of the detectors once, then remembered. */
  busyDetection(): Promise<BusyDetection>;
  /**
   * Writes the OS login item when the user changed the setting, and only then: an item the user
   * turned off in their system's settings is never turned back on behind their back.
   * Failures are reported, not thrown.
   */
  syncLoginItem(enabled: boolean): void;
  /**
   * At start: repairs Unsit's own active Linux entry that starts another program (an AppImage
   * updated or moved), and makes the setting say what the system will do at login, so the
   * settings window shows an item the user turned off elsewhere as off.
   */
  checkLoginItem(): void;
}

/** The stores and the reminder service, wired on one data folder. */
export function createServices(options: ServicesOptions): Services {
  const { dir, clock, openStore, onError, loginItem } = options;
  const now = () => clock.now();
  const settings = createSettingsStore({ dir, now, openStore });
  const language = createLanguageService({
    choice: () => settings.get().general.language,
    preferred: options.preferredLanguages ?? (() => []),
    pseudo: options.pseudoLocale ?? false,
  });
  const statistics = createStatisticsService({
    history: createHistoryStore({ dir, now, openStore, onError }),
    settings: () => settings.get(),
    sittingMinutes: () => Math.floor(reminders.status().sittingMs / MINUTE_MS),
    now,
    t: () => language.translator().t,
    locale: () => language.translator().locale,
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
    ...(options.followZone ? { followZone: options.followZone } : {}),
    ...(options.idle ? { idle: options.idle } : {}),
    onError,
  });
  let detection: Promise<BusyDetection> | null = null;
  // What the setting asked of the system last; a save that leaves it alone writes nothing.
  let wantedAtLogin = settings.get().general.launchAtLogin;
  return {
    settings,
    language,
    reminders,
    statistics,
    busy,
    busyDetection() {
      detection ??= busyDetection(options.busyDetectors ?? []);
      return detection;
    },
    syncLoginItem(enabled) {
      if (enabled === wantedAtLogin) return;
      wantedAtLogin = enabled;
      try {
        loginItem.setEnabled(enabled);
      } catch (error) {
        onError(error);
      }
    },
    checkLoginItem() {
      try {
        loginItem.repair();
        const actual = loginItem.isEnabled();
        const current = settings.get();
        if (actual === null || actual === current.general.launchAtLogin) return;
        wantedAtLogin = actual;
        settings.save({ ...current, general: { ...current.general, launchAtLogin: actual } });
      } catch (error) {
        onError(error);
      }
    },
  };
}
