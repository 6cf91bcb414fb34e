import { z } from 'zod';
import type { StatisticsView } from '../history/statistics';
import type { RoutinePlan } from '../routine/types';
import type { BreakKind } from '../routine/types';
import { SettingsSchema, type Settings } from '../settings/schema';
import { RoutineResultSchema, type RoutineResult } from '../routine/result';
import {
  PreviewDayRequestSchema,
  type DayPreview,
  type PreviewDayRequest,
} from '../schedule/day-preview';
import type { FieldError, SettingsError } from '../settings/field-error';
import { BusyDetectionSchema, type BusyDetection } from '../schedule/busy-detection';
import {
  HOME_COMMANDS,
  REMINDER_ANSWERS,
  type HomeCommand,
  type ReminderAnswer,
} from '../tray/commands';
import type { HomeView } from '../tray/home-view';
import type { ReminderPrompt, ReminderWords } from '../tray/reminder-words';
import type { LanguagePayload } from '../i18n/language';
import type { LocaleCode } from '../i18n/locales';

// The contract gathers what crosses IPC; each type lives beside the code that builds it.
export { RoutineResultSchema, type RoutineResult, PreviewDayRequestSchema, type PreviewDayRequest };
export type { DayPreview, PreviewReminder, PreviewSegment } from '../schedule/day-preview';
export type { FieldError, HomeView, LanguagePayload, SettingsError };
export { BusyDetectionSchema, type BusyDetection };

/**
 * The one definition of what crosses between renderer and main. The preload exposes exactly
 * these methods; main validates every request against its entry in `IPC` before handling it.
 */

/** The answers to a reminder: the user commands a reminder offers. */
export const ReminderAnswerSchema = z.enum(REMINDER_ANSWERS);
export type { ReminderAnswer, ReminderPrompt, ReminderWords };

/** What the reminder window shows (used when notifications are off or unsupported). */
export interface ReminderView extends ReminderPrompt {
  /** The words, as the notification has them. */
  words: ReminderWords;
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
  /** The routine opens in its large view (the start screen's remembered switch). */
  largeView: boolean;
  /** False until the user acknowledged the health caution once. */
  cautionAcknowledged: boolean;
}

export type SaveSettingsResult =
  { ok: true; settings: Settings } | { ok: false; errors: SettingsError[] };

export interface SettingsView {
  settings: Settings;
  /** Set once after a damaged settings file was repaired; the window shows it and it clears. */
  notice: string | null;
  /** Platform name, so the window can word the login-item option. */
  platform: 'darwin' | 'win32' | 'linux' | 'other';
  /** The language "System" stands for now, so the Language setting can say "System (English)". */
  systemLanguage: LocaleCode;
}

export type { StatisticsView };

/** What the Unsit window's buttons ask for: the tray's commands that work from a window. */
export const HomeCommandSchema = z.enum(HOME_COMMANDS);
export type { HomeCommand };

/** What the statistics window shows: the figures, and what went wrong with the history file. */
export interface StatisticsReply extends StatisticsView {
  /** Set while the history file has a problem in this run (damaged, read-only, unsaved). */
  historyNotice: string | null;
}

/** How saving the history as CSV went. */
export type ExportResult =
  | { status: 'saved'; fileName: string; rows: number }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** The windows Unsit opens; each page may call only the methods that name its kind. */
export const WINDOW_KINDS = ['routine', 'settings', 'reminder', 'statistics', 'home'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

/** Stands for the type a method answers; it carries no value. */
interface Answer<T> {
  readonly answer?: T;
}
const answers = <T>(): Answer<T> => ({});

/**
 * One IPC method: the windows that may call it, its request's schema (null: no argument) and
 * what it answers. `fieldErrors`: the request is the settings, answered field by field instead
 * of refused.
 */
interface IpcMethod {
  windows: readonly WindowKind[];
  request: z.ZodType | null;
  answer: Answer<unknown>;
  fieldErrors?: true;
}

/**
 * Every IPC method, written once. The channel (`unsit:<method>`), the preload's
 * `window.unsit`, main's handler table and checks, and the renderer's `api` all follow from
 * this table (docs/architecture.md, "The IPC path").
 */
export const IPC = {
  /** The language a window speaks: its catalogue and formatting locale. */
  getLanguage: { windows: WINDOW_KINDS, request: null, answer: answers<LanguagePayload>() },
  getRoutineSession: { windows: ['routine'], request: null, answer: answers<RoutineSession>() },
  acknowledgeCaution: { windows: ['routine'], request: null, answer: answers<void>() },
  reportRoutineResult: {
    windows: ['routine'],
    request: RoutineResultSchema,
    answer: answers<void>(),
  },
  /** Remembers the routine window's voice switch in the settings. */
  setRoutineVoice: { windows: ['routine'], request: z.boolean(), answer: answers<void>() },
  /** Remembers the routine window's large-view switch in the settings. */
  setRoutineLargeView: { windows: ['routine'], request: z.boolean(), answer: answers<void>() },
  /** Puts the routine window into full screen for the large view, or takes it out. */
  setFullScreen: { windows: ['routine'], request: z.boolean(), answer: answers<void>() },
  closeWindow: { windows: WINDOW_KINDS, request: null, answer: answers<void>() },
  getSettings: { windows: ['settings'], request: null, answer: answers<SettingsView>() },
  saveSettings: {
    windows: ['settings'],
    request: SettingsSchema,
    answer: answers<SaveSettingsResult>(),
    fieldErrors: true,
  },
  resetSettings: { windows: ['settings'], request: null, answer: answers<Settings>() },
  previewDay: {
    windows: ['settings'],
    request: PreviewDayRequestSchema,
    answer: answers<DayPreview>(),
  },
  openDataFolder: { windows: ['settings'], request: null, answer: answers<void>() },
  /** Which kinds of busy this system lets Unsit see, for the "Don't interrupt" section. */
  getBusyDetection: { windows: ['settings'], request: null, answer: answers<BusyDetection>() },
  /** The reminder the reminder window should show, or null when none is outstanding. */
  getReminder: { windows: ['reminder'], request: null, answer: answers<ReminderView | null>() },
  /** The reminder window's content is this tall (CSS px): main grows the window to fit. */
  fitReminder: {
    windows: ['reminder'],
    request: z.number().int().min(100).max(4000),
    answer: answers<void>(),
  },
  answerReminder: {
    windows: ['reminder'],
    request: ReminderAnswerSchema,
    answer: answers<void>(),
  },
  /** What the statistics window draws, computed in main from the history. */
  getStatistics: { windows: ['statistics'], request: null, answer: answers<StatisticsReply>() },
  /** Asks where to save, then writes the whole history there as CSV. */
  exportHistory: { windows: ['statistics'], request: null, answer: answers<ExportResult>() },
  /** What the Unsit window shows now. */
  getHome: { windows: ['home'], request: null, answer: answers<HomeView>() },
  /** Runs one of the Unsit window's commands; answers what the window shows after it. */
  runHomeCommand: { windows: ['home'], request: HomeCommandSchema, answer: answers<HomeView>() },
} as const satisfies Record<string, IpcMethod>;

export type ApiMethod = keyof typeof IPC;
export const API_METHODS = Object.keys(IPC) as ApiMethod[];

/** The channel of a method. */
export const channelOf = (method: ApiMethod): string => `unsit:${method}`;
/** Every method's channel, for main's registration and the preload's build. */
export const CHANNELS = Object.fromEntries(API_METHODS.map((m) => [m, channelOf(m)])) as {
  [K in ApiMethod]: string;
};

/**
 * What main tells the windows without being asked, each on its own channel; the preload offers
 * one `on<Event>` method per entry, which hands the listener the payload alone (never the IPC
 * event). Windows check the payload before use.
 */
export const EVENTS = {
  /** The Language setting changed: the new payload, to apply at once. */
  languageChanged: 'unsit:event:languageChanged',
} as const;
export type EventName = keyof typeof EVENTS;

/** The preload's listener method for an event: `languageChanged` → `onLanguageChanged`. */
export const listenerOf = (name: EventName): `on${Capitalize<EventName>}` =>
  `on${name.charAt(0).toUpperCase()}${name.slice(1)}` as `on${Capitalize<EventName>}`;

/** Every name the preload exposes on `window.unsit`: the methods, then the listeners. */
export const API_KEYS: readonly string[] = [
  ...API_METHODS,
  ...(Object.keys(EVENTS) as EventName[]).map(listenerOf),
];

interface EventPayloads {
  languageChanged: LanguagePayload;
}

/** The preload's listener methods: `onLanguageChanged(listener)`. */
export type UnsitEvents = {
  [K in EventName as `on${Capitalize<K>}`]: (listener: (payload: EventPayloads[K]) => void) => void;
};

type Descriptor<K extends ApiMethod> = (typeof IPC)[K];

/** The arguments of a method, as its request schema reads them: none where it is null. */
export type ApiArgs<K extends ApiMethod> = Descriptor<K>['request'] extends z.ZodType
  ? [request: z.infer<Descriptor<K>['request']>]
  : [];

/** What a method answers the renderer. */
export type ApiReply<K extends ApiMethod> =
  Descriptor<K>['answer'] extends Answer<infer T> ? T : never;

/** The API the preload exposes on `window.unsit`: one method per entry of `IPC`. */
export type UnsitApi = { [K in ApiMethod]: (...args: ApiArgs<K>) => Promise<ApiReply<K>> };
