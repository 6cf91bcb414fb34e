import { z } from 'zod';
import type { StatisticsView } from '../history/statistics';
import type { RoutinePlan } from '../routine/types';
import type { BreakKind } from '../routine/types';
import { SettingsSchema, type Settings } from '../settings/schema';
import type { ApiMethod } from './channels';
import { RoutineResultSchema, type RoutineResult } from '../routine/result';
import {
  PreviewDayRequestSchema,
  type DayPreview,
  type PreviewDayRequest,
} from '../schedule/day-preview';
import type { FieldError } from '../settings/field-error';
import type { HomeView } from '../tray/home-view';

// The contract gathers what crosses IPC; each type lives beside the code that builds it.
export { RoutineResultSchema, type RoutineResult, PreviewDayRequestSchema, type PreviewDayRequest };
export type { DayPreview, PreviewReminder, PreviewSegment } from '../schedule/day-preview';
export type { FieldError, HomeView };

/**
 * The one definition of what crosses between renderer and main. The preload exposes exactly
 * these methods; main validates every request against `REQUEST_SCHEMAS` before handling it.
 */

/**
 * The answers to a reminder: start the kind it suggests, start a named kind, say the break was
 * already taken ("I stood up"), snooze or skip.
 */
export const ReminderAnswerSchema = z.enum([
  'start',
  'quick',
  'full',
  'stood-up',
  'snooze',
  'skip',
]);
export type ReminderAnswer = z.infer<typeof ReminderAnswerSchema>;

/** What a reminder says, wherever it is shown. */
export interface ReminderPrompt {
  kind: 'first' | 'repeat';
  /** Whole minutes of sitting when the reminder went out. */
  sittingMinutes: number;
  /** The kind of break it suggests; the other kind is offered beside it. */
  suggests: BreakKind;
  /** Planned length of each kind, in whole minutes rounded up ("about 2 min"). */
  minutes: Record<BreakKind, number>;
}

/** What the reminder window shows (used when notifications are off or unsupported). */
export interface ReminderView extends ReminderPrompt {
  snoozeMinutes: number;
}

/** Everything the routine window needs to play. */
export interface RoutineSession {
  /** The kind of break main opened the window for; `plan` is that kind's plan. */
  kind: BreakKind;
  plan: RoutinePlan;
  sound: boolean;
  voice: boolean;
  /** Each set-up waits for "I'm in position" instead of running out on its timer. */
  waitForPosition: boolean;
  /** False until the user acknowledged the health caution once. */
  cautionAcknowledged: boolean;
}

export type SaveSettingsResult =
  { ok: true; settings: Settings } | { ok: false; errors: FieldError[] };

export interface SettingsView {
  settings: Settings;
  /** Set once after a damaged settings file was repaired; the window shows it and it clears. */
  notice: string | null;
  /** Platform name, so the window can word the login-item option. */
  platform: 'darwin' | 'win32' | 'linux' | 'other';
}

export type { StatisticsView };

/**
 * What the Unsit window's buttons ask for: the tray's actions that work from a window of their
 * own (docs/architecture.md, "The Unsit window").
 */
export const HomeCommandSchema = z.enum([
  'start-quick',
  'start-full',
  'stood-up',
  'pause-30',
  'pause-60',
  'pause-120',
  'pause-rest-of-day',
  'resume',
  'open-statistics',
  'open-settings',
  'restart-to-update',
  'open-release-page',
  'quit',
]);
export type HomeCommand = z.infer<typeof HomeCommandSchema>;

/** How saving the history as CSV went. */
export type ExportResult =
  | { status: 'saved'; fileName: string; rows: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** The API the preload exposes on `window.unsit`. */
export interface UnsitApi {
  getRoutineSession(): Promise<RoutineSession>;
  acknowledgeCaution(): Promise<void>;
  reportRoutineResult(result: RoutineResult): Promise<void>;
  /** Remembers the routine window's voice switch in the settings. */
  setRoutineVoice(on: boolean): Promise<void>;
  /** Puts the routine window into full screen for the large view, or takes it out. */
  setFullScreen(on: boolean): Promise<void>;
  closeWindow(): Promise<void>;
  getSettings(): Promise<SettingsView>;
  saveSettings(settings: Settings): Promise<SaveSettingsResult>;
  resetSettings(): Promise<Settings>;
  previewDay(request: PreviewDayRequest): Promise<DayPreview>;
  openDataFolder(): Promise<void>;
  /** The reminder the reminder window should show, or null when none is outstanding. */
  getReminder(): Promise<ReminderView | null>;
  answerReminder(answer: ReminderAnswer): Promise<void>;
  /** What the statistics window draws, computed in main from the history. */
  getStatistics(): Promise<StatisticsView>;
  /** Asks where to save, then writes the whole history there as CSV. */
  exportHistory(): Promise<ExportResult>;
  /** What the Unsit window shows now. */
  getHome(): Promise<HomeView>;
  /** Runs one of the Unsit window's commands; answers what the window shows after it. */
  runHomeCommand(command: HomeCommand): Promise<HomeView>;
}

/**
 * Request payload schema per method; `null` means the method takes no argument. The request
 * types main works with are read from these schemas (`ApiArgs`).
 */
export const REQUEST_SCHEMAS = {
  getRoutineSession: null,
  acknowledgeCaution: null,
  reportRoutineResult: RoutineResultSchema,
  setRoutineVoice: z.boolean(),
  setFullScreen: z.boolean(),
  closeWindow: null,
  getSettings: null,
  saveSettings: SettingsSchema,
  resetSettings: null,
  previewDay: PreviewDayRequestSchema,
  openDataFolder: null,
  getReminder: null,
  answerReminder: ReminderAnswerSchema,
  getStatistics: null,
  exportHistory: null,
  getHome: null,
  runHomeCommand: HomeCommandSchema,
} as const satisfies { [K in ApiMethod]: z.ZodType | null };

type RequestSchemas = typeof REQUEST_SCHEMAS;

/** The arguments of a method, as its request schema reads them: none where it is null. */
export type ApiArgs<K extends ApiMethod> = RequestSchemas[K] extends z.ZodType
  ? [request: z.infer<RequestSchemas[K]>]
  : [];

/** What a method answers the renderer. */
export type ApiReply<K extends ApiMethod> = Awaited<ReturnType<UnsitApi[K]>>;

// Compile-time checks that channels, schemas and the API agree, so the contract cannot drift.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
/** The methods whose arguments in UnsitApi differ from what their schema reads (none). */
type ArgsDiffer = {
  [K in ApiMethod]: Same<Parameters<UnsitApi[K]>, ApiArgs<K>> extends true ? never : K;
}[ApiMethod];
export const CONTRACT_COMPLETE: Same<ApiMethod, keyof UnsitApi> & Same<ArgsDiffer, never> = true;
