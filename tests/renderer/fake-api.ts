import { previewDay } from '../../electron/core/schedule/day-preview';
import type { UpdateState } from '../../electron/core/updates/update-state';
import { planForBreak } from '../../electron/core/routine/plan';
import type { BreakKind } from '../../electron/core/routine/types';
import { todayKey } from '../../electron/core/history/day-key';
import { rulesFromSettings } from '../../electron/core/history/day-rules';
import type { StoredHistory } from '../../electron/core/history/schema';
import { buildStatistics } from '../../electron/core/history/statistics';
import type { TodayCount } from '../../electron/core/history/statistics';
import type { EngineStatus } from '../../electron/core/schedule/status';
import { buildHomeView } from '../../electron/core/tray/home-view';
import { MINUTE_MS } from '../../electron/core/time/units';
import { noBusyDetection } from '../../electron/core/schedule/busy-detection';
import {
  RoutineResultSchema,
  type BusyDetection,
  type DayPreview,
  type HomeCommand,
  type HomeView,
  type ExportResult,
  type StatisticsReply,
  type PreviewDayRequest,
  type ReminderAnswer,
  type ReminderView,
  type RoutineResult,
  type RoutineSession,
  type SaveSettingsResult,
  type SettingsView,
  type UnsitApi,
} from '../../electron/core/ipc/contract';
import { defaultSettings, type Settings } from '../../electron/core/settings/schema';
import { catalogueFor } from '../../electron/core/i18n/catalogues';
import type { LanguagePayload } from '../../electron/core/i18n/language';
import { PSEUDO_LOCALE } from '../../electron/core/i18n/locales';
import { firstDayOfWeek } from '../../electron/core/i18n/first-day';
import { createTranslator, type Translator } from '../../electron/core/i18n/translator';

/** English as main sends it, with British times. */
export const ENGLISH: LanguagePayload = {
  code: 'en',
  locale: 'en-GB',
  messages: catalogueFor('en'),
};

/** The pseudo-locale (accented, about 40 % longer), for layout tests. */
export const PSEUDO: LanguagePayload = {
  code: PSEUDO_LOCALE,
  locale: 'en-GB',
  messages: catalogueFor(PSEUDO_LOCALE),
};
import { validateSettings } from '../../electron/core/settings/validate';

export interface FakeUnsitOptions {
  settings?: Settings;
  /** Shortcut for a user who already acknowledged the first-run caution. */
  cautionAcknowledged?: boolean;
  notice?: string | null;
  /** The reminder the reminder window would show; null when none is out. */
  reminder?: ReminderView | null;
  platform?: SettingsView['platform'];
  /** The kind of break main opened the routine window for (default: the full routine). */
  breakKind?: BreakKind;
  /** What the statistics window is drawn from, and the moment it is drawn at. */
  history?: StoredHistory;
  now?: number;
  /** Sitting minutes counted right now. */
  sittingNowMinutes?: number;
  /** What the save dialog and the write come to when the history is exported. */
  exportResult?: ExportResult;
  /** The reminder engine's status the Unsit window shows (default: counting, 60 min to go). */
  homeStatus?: EngineStatus;
  /** Today's breaks, as the tray counts them. */
  today?: TodayCount;
  /** The Unsit window carries the note on how to get a tray icon. */
  trayHelp?: boolean;
  /** What went wrong with the history file, as main words it for both windows. */
  historyNotice?: string | null;
  /** The language main speaks (default: English with British times). */
  language?: LanguagePayload;
  /**
   * Which kinds of busy this system can see (default: none, as on a system without detectors);
   * 'fails' when main's answer never comes back usable, 'never' while it is still on its way.
   */
  busyDetection?: BusyDetection | 'fails' | 'never';
  /** Where the update check stands, as main's update service reports it. */
  update?: UpdateState;
}

const clone = <T>(value: T): T => structuredClone(value);

/**
 * An in-memory stand-in for main behind the preload API. The routine session uses the real
 * plan builder; settings are checked with the validator main runs. Tests read the public fields
 * to see what the window asked for. tests/main/renderer-fake-contract.test.ts holds it to the
 * behaviour of the real main process.
 */
export class FakeUnsit implements UnsitApi {
  settings: Settings;
  notice: string | null;
  readonly platform: SettingsView['platform'];
  readonly results: RoutineResult[] = [];
  acknowledgeCount = 0;
  /** Every full-screen request of the routine window, in order. */
  readonly fullScreenRequests: boolean[] = [];
  closeCount = 0;
  openDataFolderCount = 0;
  readonly saved: Settings[] = [];
  readonly answers: ReminderAnswer[] = [];
  reminder: ReminderView | null;
  readonly breakKind: BreakKind;
  history: StoredHistory;
  now: number;
  sittingNowMinutes: number;
  exportResult: ExportResult;
  exportCount = 0;
  statisticsCount = 0;
  homeStatus: EngineStatus;
  today: TodayCount;
  trayHelp: boolean;
  historyNotice: string | null;
  update: UpdateState | undefined;
  /** Every command the Unsit window ran, in order. */
  readonly homeCommands: HomeCommand[] = [];
  homeViews = 0;
  language: LanguagePayload;
  busyDetection: BusyDetection | 'fails' | 'never';
  busyDetectionCount = 0;

  constructor(options: FakeUnsitOptions = {}) {
    this.settings = clone(options.settings ?? defaultSettings());
    if (options.cautionAcknowledged) {
      this.settings.general.cautionAcknowledgedAt = '2025-01-06T09:00:00.000Z';
    }
    this.notice = options.notice ?? null;
    this.platform = options.platform ?? 'linux';
    this.reminder = options.reminder ?? null;
    this.breakKind = options.breakKind ?? 'full';
    this.history = options.history ?? { goals: [], days: [], records: [] };
    this.now = options.now ?? Date.now();
    this.sittingNowMinutes = options.sittingNowMinutes ?? 0;
    this.exportResult = options.exportResult ?? { status: 'cancelled' };
    this.homeStatus = options.homeStatus ?? this.counting(0);
    this.today = options.today ?? { taken: 0, occasions: 0, goal: 4 };
    this.trayHelp = options.trayHelp ?? false;
    this.historyNotice = options.historyNotice ?? null;
    this.language = options.language ?? ENGLISH;
    this.busyDetection = options.busyDetection ?? noBusyDetection();
    this.update = options.update;
  }

  /** Main's words in the fake's language, for what main sends already worded. */
  translator(): Translator {
    return createTranslator(this.language.locale, this.language.messages);
  }

  /** The heights the reminder window asked for, in order. */
  readonly reminderHeights: number[] = [];

  async fitReminder(height: number): Promise<void> {
    this.reminderHeights.push(height);
  }

  async getLanguage(): Promise<LanguagePayload> {
    return this.language;
  }

  /** Counting, with `sittingMinutes` counted of the settings' limit. */
  private counting(sittingMinutes: number): EngineStatus {
    const limit = this.settings.reminders.sittingMinutes;
    return {
      phase: 'counting',
      sittingMs: sittingMinutes * MINUTE_MS,
      nextReminderAt: this.now + (limit - sittingMinutes) * MINUTE_MS,
      pausedUntil: null,
      hoursResumeAt: null,
      skipNext: false,
      completedToday: 0,
      heldBy: null,
      meeting: null,
    };
  }

  async getRoutineSession(): Promise<RoutineSession> {
    const routine = this.settings.routine;
    return {
      kind: this.breakKind,
      plan: planForBreak(this.settings, this.breakKind),
      sound: routine.sound,
      voice: routine.voice,
      waitForPosition: routine.waitForPosition,
      largeView: routine.largeView,
      cautionAcknowledged: this.settings.general.cautionAcknowledgedAt !== null,
    };
  }

  async acknowledgeCaution(): Promise<void> {
    this.acknowledgeCount += 1;
    // As main does: the first acknowledgement is the one kept.
    this.settings.general.cautionAcknowledgedAt ??= new Date().toISOString();
  }

  async reportRoutineResult(result: RoutineResult): Promise<void> {
    this.results.push(RoutineResultSchema.parse(result));
  }

  async setRoutineVoice(on: boolean): Promise<void> {
    this.settings.routine.voice = on;
  }

  async setRoutineLargeView(on: boolean): Promise<void> {
    this.settings.routine.largeView = on;
  }

  async setFullScreen(on: boolean): Promise<void> {
    this.fullScreenRequests.push(on);
  }

  async closeWindow(): Promise<void> {
    this.closeCount += 1;
  }

  async getSettings(): Promise<SettingsView> {
    const view: SettingsView = {
      settings: clone(this.settings),
      notice: this.notice,
      platform: this.platform,
      systemLanguage: 'en',
    };
    this.notice = null;
    return view;
  }

  /**
   * Main's rules: the full validation (overlapping ranges included), and the caution
   * acknowledgement stays what the routine window recorded, whatever the settings window sends.
   */
  async saveSettings(settings: Settings): Promise<SaveSettingsResult> {
    const checked = validateSettings(settings);
    if (!checked.ok) return checked;
    const { cautionAcknowledgedAt } = this.settings.general;
    const stored = {
      ...checked.settings,
      general: { ...checked.settings.general, cautionAcknowledgedAt },
    };
    this.settings = clone(stored);
    this.saved.push(clone(stored));
    return { ok: true, settings: clone(stored) };
  }

  async resetSettings(): Promise<Settings> {
    const fresh = defaultSettings();
    fresh.general.cautionAcknowledgedAt = this.settings.general.cautionAcknowledgedAt;
    this.settings = fresh;
    return clone(fresh);
  }

  /** The real core computes the preview, as main does. */
  async previewDay(request: PreviewDayRequest): Promise<DayPreview> {
    return previewDay(request);
  }

  async openDataFolder(): Promise<void> {
    this.openDataFolderCount += 1;
  }

  /** What main's detectors answer, or a refusal, or an answer that never arrives. */
  async getBusyDetection(): Promise<BusyDetection> {
    this.busyDetectionCount += 1;
    if (this.busyDetection === 'fails') throw new Error('Unsit refused getBusyDetection.');
    if (this.busyDetection === 'never') return new Promise<BusyDetection>(() => undefined);
    return clone(this.busyDetection);
  }

  async getReminder(): Promise<ReminderView | null> {
    return this.reminder;
  }

  async answerReminder(answer: ReminderAnswer): Promise<void> {
    this.answers.push(answer);
    this.reminder = null;
  }

  /** The real core aggregates the history, as main does. */
  async getStatistics(): Promise<StatisticsReply> {
    this.statisticsCount += 1;
    const figures = buildStatistics({
      history: this.history,
      now: this.now,
      rules: rulesFromSettings(this.settings, todayKey(this.now)),
      sittingNowMinutes: this.sittingNowMinutes,
      firstDayOfWeek: firstDayOfWeek(this.language.locale),
    });
    return { ...figures, historyNotice: this.historyNotice };
  }

  async exportHistory(): Promise<ExportResult> {
    this.exportCount += 1;
    return this.exportResult;
  }

  /** The real core words the view, as main does. */
  async getHome(): Promise<HomeView> {
    this.homeViews += 1;
    return buildHomeView({
      status: this.homeStatus,
      now: this.now,
      translator: this.translator(),
      today: this.today,
      trayHelp: this.trayHelp,
      historyNotice: this.historyNotice,
      update: this.update,
    });
  }

  /** What the reminder engine would do for each command, as far as the window can see it. */
  async runHomeCommand(command: HomeCommand): Promise<HomeView> {
    this.homeCommands.push(command);
    const pauseMinutes = { 'pause-30': 30, 'pause-60': 60, 'pause-120': 120 } as const;
    if (command in pauseMinutes) {
      const minutes = pauseMinutes[command as keyof typeof pauseMinutes];
      this.homeStatus = {
        ...this.homeStatus,
        phase: 'paused',
        pausedUntil: this.now + minutes * MINUTE_MS,
        nextReminderAt: null,
      };
    } else if (command === 'pause-rest-of-day') {
      const end = new Date(this.now);
      end.setHours(17, 0, 0, 0);
      this.homeStatus = { ...this.homeStatus, phase: 'paused', pausedUntil: end.getTime() };
    } else if (command === 'resume') {
      this.homeStatus = this.counting(0);
    } else if (command === 'meeting-end') {
      this.homeStatus = { ...this.homeStatus, meeting: null };
    } else if (command.startsWith('meeting-')) {
      const minutes = { 'meeting-30': 30, 'meeting-60': 60, 'meeting-90': 90 }[command as string];
      const until = minutes === undefined ? null : this.now + minutes * MINUTE_MS;
      this.homeStatus = { ...this.homeStatus, meeting: { until } };
    } else if (command === 'stood-up') {
      this.homeStatus = this.counting(0);
      this.today = {
        ...this.today,
        taken: this.today.taken + 1,
        occasions: this.today.occasions + 1,
      };
    }
    return this.getHome();
  }
}
