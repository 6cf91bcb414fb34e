import { CHANNELS, type ApiMethod } from '../core/ipc/channels';
import {
  REQUEST_SCHEMAS,
  type DayPreview,
  type PreviewDayRequest,
  type ReminderAnswer,
  type ReminderView,
  type RoutineResult,
  type RoutineSession,
  type SaveSettingsResult,
  type SettingsView,
} from '../core/ipc/contract';
import type { Settings } from '../core/settings/schema';
import { SettingsValidationError, validateSettings } from '../core/settings/validate';
import { payloadProblem } from './ipc-payload';
import { SettingsWriteError } from './storage/errors';
import { isAppUrl } from './security';
import type { FrameIdentity, OpenWindow, WindowKind } from './windows';

type Awaitable<T> = T | Promise<T>;

/** What main does for each contract method, once the request is known to be trustworthy. */
export interface MainApi {
  getRoutineSession(): Awaitable<RoutineSession>;
  acknowledgeCaution(): Awaitable<void>;
  reportRoutineResult(result: RoutineResult): Awaitable<void>;
  setRoutineVoice(on: boolean): Awaitable<void>;
  setFullScreen(on: boolean, sender: OpenWindow): Awaitable<void>;
  closeWindow(sender: OpenWindow): Awaitable<void>;
  getSettings(): Awaitable<SettingsView>;
  /** Stores valid settings and applies them; may throw SettingsValidationError. */
  saveSettings(settings: Settings): Awaitable<Settings>;
  resetSettings(): Awaitable<Settings>;
  previewDay(request: PreviewDayRequest): Awaitable<DayPreview>;
  openDataFolder(): Awaitable<void>;
  getReminder(): Awaitable<ReminderView | null>;
  answerReminder(answer: ReminderAnswer): Awaitable<void>;
}

/** Which window may call which method: each page gets only what it uses. */
export const METHOD_WINDOWS: { [K in ApiMethod]: readonly WindowKind[] } = {
  getRoutineSession: ['routine'],
  acknowledgeCaution: ['routine'],
  reportRoutineResult: ['routine'],
  setRoutineVoice: ['routine'],
  setFullScreen: ['routine'],
  closeWindow: ['routine', 'settings', 'reminder'],
  getSettings: ['settings'],
  saveSettings: ['settings'],
  resetSettings: ['settings'],
  previewDay: ['settings'],
  openDataFolder: ['settings'],
  getReminder: ['reminder'],
  answerReminder: ['reminder'],
};

/** The parts of IpcMainInvokeEvent the checks read. */
export interface IpcSenderEvent {
  sender: { id: number };
  senderFrame: (FrameIdentity & { url: string; parent: unknown }) | null;
}

export type IpcHandler = (event: IpcSenderEvent, ...args: unknown[]) => Promise<unknown>;
export type IpcHandlers = { [K in ApiMethod]: IpcHandler };

export interface SenderLookup {
  findByContentsId(contentsId: number): OpenWindow | undefined;
}

class IpcRequestError extends Error {
  constructor(method: ApiMethod, reason: string) {
    super(`Unsit refused ${method}: ${reason}.`);
    this.name = 'IpcRequestError';
  }
}

/** Only the top frame of one of our own windows, showing an app:// page, may call main. */
function trustedSender(
  method: ApiMethod,
  event: IpcSenderEvent,
  windows: SenderLookup,
): OpenWindow {
  const frame = event.senderFrame;
  if (!frame) throw new IpcRequestError(method, 'the sending frame is gone');
  const owner = windows.findByContentsId(event.sender.id);
  if (!owner) throw new IpcRequestError(method, 'the sender is not an Unsit window');
  const top = owner.window.webContents.mainFrame;
  if (
    frame.parent !== null ||
    frame.processId !== top.processId ||
    frame.routingId !== top.routingId
  ) {
    throw new IpcRequestError(method, 'only the top frame of a window may call it');
  }
  if (!isAppUrl(frame.url)) throw new IpcRequestError(method, 'the page is not an Unsit page');
  if (!METHOD_WINDOWS[method].includes(owner.kind)) {
    throw new IpcRequestError(method, `the ${owner.kind} window may not call it`);
  }
  return owner;
}

/** The request payload, checked for safety and, except for settings, against its schema. */
function checkedPayload(method: ApiMethod, args: unknown[]): unknown {
  const schema = REQUEST_SCHEMAS[method];
  if (schema === null) {
    if (args.length > 0) throw new IpcRequestError(method, 'it takes no argument');
    return undefined;
  }
  if (args.length !== 1) throw new IpcRequestError(method, 'it takes exactly one argument');
  const [payload] = args;
  const problem = payloadProblem(payload);
  if (problem) throw new IpcRequestError(method, problem);
  // Settings get per-field answers instead of an error; see saveSettings below.
  if (method === 'saveSettings') return payload;
  const parsed = schema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    throw new IpcRequestError(method, `invalid request (${where}${issue?.message ?? 'unknown'})`);
  }
  return parsed.data;
}

async function saveSettings(api: MainApi, payload: unknown): Promise<SaveSettingsResult> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new IpcRequestError('saveSettings', 'settings must be an object');
  }
  const checked = validateSettings(payload);
  if (!checked.ok) return { ok: false, errors: checked.errors };
  try {
    return { ok: true, settings: await api.saveSettings(checked.settings) };
  } catch (error) {
    if (error instanceof SettingsValidationError) return { ok: false, errors: error.errors };
    // A disk problem: its message is written for the settings window.
    if (error instanceof SettingsWriteError)
      return { ok: false, errors: [{ path: '', message: error.message }] };
    throw error;
  }
}

/**
 * One handler per contract method. Each checks the sender and the payload first, so a refused
 * request throws a clear error and changes nothing.
 */
export function createIpcHandlers(api: MainApi, windows: SenderLookup): IpcHandlers {
  const handler =
    (method: ApiMethod, run: (payload: unknown, sender: OpenWindow) => unknown): IpcHandler =>
    async (event, ...args) => {
      const sender = trustedSender(method, event, windows);
      const payload = checkedPayload(method, args);
      return run(payload, sender);
    };

  return {
    getRoutineSession: handler('getRoutineSession', () => api.getRoutineSession()),
    acknowledgeCaution: handler('acknowledgeCaution', () => api.acknowledgeCaution()),
    reportRoutineResult: handler('reportRoutineResult', (payload) =>
      api.reportRoutineResult(payload as RoutineResult),
    ),
    setRoutineVoice: handler('setRoutineVoice', (payload) =>
      api.setRoutineVoice(payload as boolean),
    ),
    setFullScreen: handler('setFullScreen', (payload, sender) =>
      api.setFullScreen(payload as boolean, sender),
    ),
    closeWindow: handler('closeWindow', (_payload, sender) => api.closeWindow(sender)),
    getSettings: handler('getSettings', () => api.getSettings()),
    saveSettings: handler('saveSettings', (payload) => saveSettings(api, payload)),
    resetSettings: handler('resetSettings', () => api.resetSettings()),
    previewDay: handler('previewDay', (payload) => api.previewDay(payload as PreviewDayRequest)),
    openDataFolder: handler('openDataFolder', () => api.openDataFolder()),
    getReminder: handler('getReminder', () => api.getReminder()),
    answerReminder: handler('answerReminder', (payload) =>
      api.answerReminder(payload as ReminderAnswer),
    ),
  };
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** Registers every handler on its channel; returns a function that removes them again. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers): () => void {
  const methods = Object.keys(CHANNELS) as ApiMethod[];
  for (const method of methods) {
    const handle = handlers[method];
    ipcMain.handle(CHANNELS[method], (event: IpcSenderEvent, ...args: unknown[]) =>
      handle(event, ...args),
    );
  }
  return () => methods.forEach((method) => ipcMain.removeHandler(CHANNELS[method]));
}
