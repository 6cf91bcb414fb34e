import type { UnsitApi } from '../../../electron/core/ipc/contract';

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
  getRoutineSession: () => bridge().getRoutineSession(),
  acknowledgeCaution: () => bridge().acknowledgeCaution(),
  reportRoutineResult: (result) => bridge().reportRoutineResult(result),
  setRoutineVoice: (on) => bridge().setRoutineVoice(on),
  setRoutineLargeView: (on) => bridge().setRoutineLargeView(on),
  setFullScreen: (on) => bridge().setFullScreen(on),
  closeWindow: () => bridge().closeWindow(),
  getSettings: () => bridge().getSettings(),
  saveSettings: (settings) => bridge().saveSettings(settings),
  resetSettings: () => bridge().resetSettings(),
  previewDay: (request) => bridge().previewDay(request),
  openDataFolder: () => bridge().openDataFolder(),
  getReminder: () => bridge().getReminder(),
  answerReminder: (answer) => bridge().answerReminder(answer),
  getStatistics: () => bridge().getStatistics(),
  exportHistory: () => bridge().exportHistory(),
  getHome: () => bridge().getHome(),
  runHomeCommand: (command) => bridge().runHomeCommand(command),
};
