import { defaultSettings, type Settings } from '../../../electron/core/settings/schema';

/** Defaults with every value moved away from its default, so "kept" and "reset" differ. */
export function customSettings(): Settings {
  const settings = defaultSettings();
  settings.workingHours.mon = {
    enabled: true,
    ranges: [
      { from: '08:00', to: '12:00' },
      { from: '13:00', to: '16:30' },
    ],
  };
  settings.workingHours.wed = { enabled: true, ranges: [{ from: '07:15', to: '15:45' }] };
  settings.workingHours.sat = { enabled: true, ranges: [{ from: '10:00', to: '14:00' }] };
  settings.reminders = {
    sittingMinutes: 45,
    breakMinutes: 3,
    snoozeMinutes: 20,
    repeatIfUnanswered: false,
    repeatAfterMinutes: 7,
    style: 'window',
  };
  settings.routine = {
    holdSeconds: 45,
    cycles: 3,
    setupSeconds: 20,
    switchExtraSeconds: 5,
    getSetSeconds: 12,
    stretches: ['butterfly', 'kneeling-lunge'],
    sound: false,
    voice: true,
    waitForPosition: false,
    largeView: true,
  };
  settings.breaks = { fullRoutinesPerDay: 1, fullRoutineGapHours: 5, dailyGoal: 6 };
  settings.general = {
    launchAtLogin: true,
    checkForUpdates: false,
    cautionAcknowledgedAt: '2024-11-02T08:30:00.000Z',
  };
  return settings;
}

/** Stored JSON, typed loosely on purpose: tests put wrong values where the schema forbids them. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Stored = Record<string, any>;

/** A deep copy as plain JSON, the way it sits in a file, for tampering. */
export function asStored(settings: Settings): Stored {
  return JSON.parse(JSON.stringify(settings));
}
