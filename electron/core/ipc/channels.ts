/**
 * IPC channel names, one per method of the preload API. Kept free of imports so the preload
 * bundle stays tiny; the payload schemas and the API type live in ./contract.
 */
export const CHANNELS = {
  getRoutineSession: 'unsit:routine:get-session',
  acknowledgeCaution: 'unsit:routine:acknowledge-caution',
  reportRoutineResult: 'unsit:routine:report-result',
  setRoutineVoice: 'unsit:routine:set-voice',
  setRoutineLargeView: 'unsit:routine:set-large-view',
  setFullScreen: 'unsit:routine:set-full-screen',
  closeWindow: 'unsit:window:close',
  getSettings: 'unsit:settings:get',
  saveSettings: 'unsit:settings:save',
  resetSettings: 'unsit:settings:reset',
  previewDay: 'unsit:settings:preview-day',
  openDataFolder: 'unsit:settings:open-data-folder',
  getReminder: 'unsit:reminder:get',
  answerReminder: 'unsit:reminder:answer',
  getStatistics: 'unsit:statistics:get',
  exportHistory: 'unsit:statistics:export-history',
  getHome: 'unsit:home:get',
  runHomeCommand: 'unsit:home:run-command',
} as const;

export type ApiMethod = keyof typeof CHANNELS;
