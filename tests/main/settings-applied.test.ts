import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { settingsFanOut } from '../../electron/main/settings-applied';

function targets() {
  let serviceSettings = defaultSettings();
  const trayShowed: number[] = [];
  const loginItem: boolean[] = [];
  const apply = settingsFanOut({
    reminders: { settingsChanged: (next: Settings) => void (serviceSettings = next) },
    // The tray reads the service's status when it refreshes.
    tray: { refresh: () => void trayShowed.push(serviceSettings.reminders.sittingMinutes) },
    syncLoginItem: (enabled) => void loginItem.push(enabled),
  });
  return { apply, trayShowed, loginItem, serviceSettings: () => serviceSettings };
}

describe('newly saved settings', () => {
  it('reach the reminder service before the tray redraws from its status', () => {
    const { apply, trayShowed, serviceSettings } = targets();
    const next = defaultSettings();
    next.reminders.sittingMinutes = 45;
    apply(next);
    expect(serviceSettings()).toBe(next);
    expect(trayShowed).toEqual([45]);
  });

  it('turn the login item on and off with the setting', () => {
    const { apply, loginItem } = targets();
    const next = defaultSettings();
    next.general.launchAtLogin = true;
    apply(next);
    apply(defaultSettings());
    expect(loginItem).toEqual([true, false]);
  });
});
