import type {
  DayPreview,
  PreviewDayRequest,
  ReminderAnswer,
  ReminderView,
  RoutineResult,
  RoutineSession,
  SaveSettingsResult,
  SettingsView,
  UnsitApi,
} from '../../../electron/core/ipc/contract';
import type { Settings } from '../../../electron/core/settings/schema';

declare global {
  interface Window {
    /** Installed by the preload script; only this module reads it. */
    unsit: UnsitApi;
  }
}

function bridge(): UnsitApi {
  if (!window.unsit) throw new Error('The Unsit preload API is missing from this window.');
  return window.unsit;
}

/**
 * The one typed door from the renderer to the main process. Components import `api` and never
 * touch `window.unsit`, so the contract in electron/core/ipc is the only shape they rely on.
 */
export const api: UnsitApi = {
  getRoutineSession: (): Promise<RoutineSession> => bridge().getRoutineSession(),
  acknowledgeCaution: (): Promise<void> => bridge().acknowledgeCaution(),
  reportRoutineResult: (result: RoutineResult): Promise<void> =>
    bridge().reportRoutineResult(result),
  closeWindow: (): Promise<void> => bridge().closeWindow(),
  getSettings: (): Promise<SettingsView> => bridge().getSettings(),
  saveSettings: (settings: Settings): Promise<SaveSettingsResult> =>
    bridge().saveSettings(settings),
  resetSettings: (): Promise<Settings> => bridge().resetSettings(),
  previewDay: (request: PreviewDayRequest): Promise<DayPreview> => bridge().previewDay(request),
  openDataFolder: (): Promise<void> => bridge().openDataFolder(),
  getReminder: (): Promise<ReminderView | null> => bridge().getReminder(),
  answerReminder: (answer: ReminderAnswer): Promise<void> => bridge().answerReminder(answer),
};

export type {
  DayPreview,
  PreviewDayRequest,
  ReminderAnswer,
  ReminderView,
  RoutineResult,
  RoutineSession,
  SaveSettingsResult,
  SettingsView,
  UnsitApi,
};
