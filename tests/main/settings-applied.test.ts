import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { settingsFanOut } from '../../electron/main/settings-applied';

function targets() {
  let serviceSettings = defaultSettings();
  const trayShowed: number[] = [];
  const trayLanguage: string[] = [];
  const loginItem: boolean[] = [];
  let goal = defaultSettings().breaks.dailyGoal;
  const spoken: string[] = [];
  const apply = settingsFanOut({
    language: { settingsChanged: (next: Settings) => void spoken.push(next.general.language) },
    reminders: { settingsChanged: (next: Settings) => void (serviceSettings = next) },
    statistics: { settingsChanged: (next: Settings) => void (goal = next.breaks.dailyGoal) },
    // The tray reads the service's status, and today's goal, when it refreshes.
    tray: {
      refresh: () => {
        trayShowed.push(serviceSettings.reminders.sittingMinutes * 100 + goal);
        trayLanguage.push(spoken.at(-1) ?? 'none');
      },
    },
    syncLoginItem: (enabled) => void loginItem.push(enabled),
  });
  return { apply, trayShowed, trayLanguage, loginItem, serviceSettings: () => serviceSettings };
}

describe('newly saved settings', () => {
  it('reach the reminder service and the statistics before the tray redraws from them', () => {
    const { apply, trayShowed, serviceSettings } = targets();
    const next = defaultSettings();
    next.reminders.sittingMinutes = 45;
    next.breaks.dailyGoal = 6;
    apply(next);
    expect(serviceSettings()).toBe(next);
    expect(trayShowed).toEqual([4506]);
  });

  it('change the language before the tray redraws, so it redraws in the new one', () => {
    const { apply, trayLanguage } = targets();
    const next = defaultSettings();
    next.general.language = 'en';
    apply(next);
    expect(trayLanguage).toEqual(['en']);
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
