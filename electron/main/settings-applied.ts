import type { Settings } from '../core/settings/schema';
import type { ReminderService } from './reminders/types';
import type { StatisticsService } from './statistics-service';
import type { TrayController } from './tray';

export interface SettingsTargets {
  /** Speaks the chosen language, and tells the open windows when it changed. */
  language: { settingsChanged(next: Settings): void };
  reminders: Pick<ReminderService, 'settingsChanged'>;
  /** Logs a new daily goal or working days, which the tray's "Today" line shows. */
  statistics: Pick<StatisticsService, 'settingsChanged'>;
  tray: Pick<TrayController, 'refresh'>;
  /** Brings the OS login item in line with the setting (see Services.syncLoginItem). */
  syncLoginItem(enabled: boolean): void;
}

/**
 * Puts newly stored settings into effect everywhere they matter. The reminder service goes
 * first: the tray shows its status, and also shows settings of its own (the snooze length), so
 * it refreshes after the service has re-armed on the new settings. The language goes before
 * both, so the tray redraws in the new one.
 */
export function settingsFanOut(targets: SettingsTargets): (next: Settings) => void {
  return (next) => {
    targets.language.settingsChanged(next);
    targets.reminders.settingsChanged(next);
    targets.statistics.settingsChanged(next);
    targets.tray.refresh();
    targets.syncLoginItem(next.general.launchAtLogin);
  };
}
