import {
  BusyDetectionSchema,
  type BusyDetection,
  type DayPreview,
  type PreviewDayRequest,
  type ReminderAnswer,
  type ReminderView,
  type RoutineResult,
  type SettingsView,
  type StatisticsReply,
} from '../core/ipc/contract';
import { planForBreak } from '../core/routine/plan';
import { reminderWords } from '../core/tray/reminder-words';
import type { BreakKind } from '../core/routine/types';
import type { Settings } from '../core/settings/schema';
import { SettingsValidationError } from '../core/settings/validate';
import type { SettingsStore } from '../core/storage/ports';
import type { MainApi } from './ipc';
import { SettingsWriteError } from './storage/errors';
import type { OpenWindow } from './windows';
import type { ReminderPrompt } from './reminders/types';
import { exportHistory, type HistoryExportOptions } from './history-export';
import type { Home } from './home';
import type { LanguageService } from './language';

export interface AppApiOptions {
  settings: SettingsStore;
  previewDay(request: PreviewDayRequest): DayPreview;
  /** The kind of break the routine window was opened for. */
  currentBreak(): BreakKind;
  /** A routine window reported its result. */
  routineReported(result: RoutineResult): void;
  /** Stored settings changed: re-arm reminders, refresh the tray, update the login item. */
  settingsApplied(next: Settings, previous: Settings): void;
  /** The reminder on screen (for the reminder window), and the window's answers to it. */
  reminder: {
    current(): ReminderPrompt | null;
    answer(choice: ReminderAnswer): void;
  };
  /** The statistics window's figures, and the history's notice. */
  statistics(): StatisticsReply;
  /** The Unsit window: what it shows and its commands. */
  home: Home;
  /** Saving the history as CSV: the file, the save dialog and the write. */
  historyExport: Omit<HistoryExportOptions, 'now' | 't'>;
  /** Which kinds of busy this system's detectors can see (`busyDetection` in busy/detectors.ts). */
  busyDetection(): Promise<BusyDetection>;
  /** Opens the data folder in the file manager; resolves to an error message or ''. */
  openDataFolder(): Promise<string>;
  platform: NodeJS.Platform;
  now(): number;
  /** Grows the reminder window to its words' height (WindowManager.fitReminder). */
  fitReminder(contentHeight: number): void;
  /** The language now: the reminder window's words, and what every window is told. */
  language: Pick<LanguageService, 'translator' | 'payload' | 'systemCode'>;
}

function platformName(platform: NodeJS.Platform): SettingsView['platform'] {
  return platform === 'darwin' || platform === 'win32' || platform === 'linux' ? platform : 'other';
}

/** What main does for each IPC method; the requests reaching it are already checked. */
export function createAppApi(options: AppApiOptions): MainApi {
  const { settings: store } = options;

  const storeAndApply = (next: Settings): Settings => {
    const previous = store.get();
    const stored = store.save(next);
    options.settingsApplied(stored, previous);
    return stored;
  };

  return {
    getLanguage: () => options.language.payload(),
    fitReminder: (height) => options.fitReminder(height),
    getRoutineSession() {
      const settings = store.get();
      const kind = options.currentBreak();
      return {
        kind,
        plan: planForBreak(settings, kind),
        sound: settings.routine.sound,
        voice: settings.routine.voice,
        waitForPosition: settings.routine.waitForPosition,
        largeView: settings.routine.largeView,
        cautionAcknowledged: settings.general.cautionAcknowledgedAt !== null,
      };
    },
    acknowledgeCaution() {
      const settings = store.get();
      if (settings.general.cautionAcknowledgedAt !== null) return;
      const at = new Date(options.now()).toISOString();
      storeAndApply({ ...settings, general: { ...settings.general, cautionAcknowledgedAt: at } });
    },
    reportRoutineResult: (result) => options.routineReported(result),
    setRoutineVoice(on) {
      const settings = store.get();
      if (settings.routine.voice === on) return;
      storeAndApply({ ...settings, routine: { ...settings.routine, voice: on } });
    },
    setRoutineLargeView(on) {
      const settings = store.get();
      if (settings.routine.largeView === on) return;
      storeAndApply({ ...settings, routine: { ...settings.routine, largeView: on } });
    },
    // Only the routine window may call this (its entry in IPC), so the sender is that window.
    setFullScreen: (on, sender: OpenWindow) => sender.window.setFullScreen(on),
    closeWindow: (sender: OpenWindow) => sender.window.close(),
    getSettings: () => ({
      settings: store.get(),
      notice: store.takeNotice(options.language.translator()),
      platform: platformName(options.platform),
      systemLanguage: options.language.systemCode(),
    }),
    // The acknowledgement belongs to the routine window's caution screen. The settings window
    // only sends back the copy it loaded, which may predate an acknowledgement made meanwhile.
    saveSettings(next) {
      const { cautionAcknowledgedAt } = store.get().general;
      try {
        const settings = storeAndApply({
          ...next,
          general: { ...next.general, cautionAcknowledgedAt },
        });
        return { ok: true, settings };
      } catch (error) {
        if (error instanceof SettingsValidationError) return { ok: false, errors: error.errors };
        // A disk problem: the settings window words it, as it words every settings error.
        if (error instanceof SettingsWriteError) {
          const { problem } = error;
          const params: Record<string, string> = { file: error.path, problem: problem.kind };
          if (problem.kind === 'other') params.detail = problem.detail;
          return { ok: false, errors: [{ path: '', code: 'saveFailed' as const, params }] };
        }
        throw error;
      }
    },
    resetSettings() {
      const previous = store.get();
      const stored = store.reset();
      options.settingsApplied(stored, previous);
      return stored;
    },
    previewDay: (request) => options.previewDay(request),
    async openDataFolder() {
      const problem = await options.openDataFolder();
      if (problem) throw new Error(`Could not open the data folder: ${problem}`);
    },
    // Checked before it leaves: the window is never handed a shape the contract does not promise.
    getBusyDetection: async () => BusyDetectionSchema.parse(await options.busyDetection()),
    getReminder(): ReminderView | null {
      const prompt = options.reminder.current();
      if (prompt === null) return null;
      const { t } = options.language.translator();
      return { ...prompt, words: reminderWords(t, prompt, store.get().reminders.snoozeMinutes) };
    },
    answerReminder: (choice) => options.reminder.answer(choice),
    getStatistics: () => options.statistics(),
    exportHistory: (sender: OpenWindow) =>
      exportHistory(
        {
          ...options.historyExport,
          now: options.now,
          platform: options.platform,
          t: () => options.language.translator().t,
        },
        sender.window,
      ),
    getHome: () => options.home.view(),
    runHomeCommand: (command) => options.home.run(command),
  };
}
