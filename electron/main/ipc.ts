import type { z } from 'zod';
import { CHANNELS, type ApiMethod } from '../core/ipc/channels';
import { REQUEST_SCHEMAS, type ApiReply, type UnsitApi } from '../core/ipc/contract';
import { validateSettings } from '../core/settings/validate';
import { payloadProblem } from './ipc-payload';
import { isAppUrl } from './security';
import type { FrameIdentity, OpenWindow, WindowKind } from './windows';

type Awaitable<T> = T | Promise<T>;

/** Methods whose work depends on the window that called them; they get it as a last argument. */
type NeedsSender = 'closeWindow' | 'setFullScreen' | 'exportHistory';

/**
 * What main does for each contract method, once the request is known to be trustworthy:
 * UnsitApi's methods, with the calling window added where needed.
 */
export type MainApi = {
  [K in ApiMethod]: (
    ...args: K extends NeedsSender
      ? [...Parameters<UnsitApi[K]>, sender: OpenWindow]
      : Parameters<UnsitApi[K]>
  ) => Awaitable<ApiReply<K>>;
};

/** Which window may call which method: each page gets only what it uses. */
export const METHOD_WINDOWS: { [K in ApiMethod]: readonly WindowKind[] } = {
  getRoutineSession: ['routine'],
  acknowledgeCaution: ['routine'],
  reportRoutineResult: ['routine'],
  setRoutineVoice: ['routine'],
  setRoutineLargeView: ['routine'],
  setFullScreen: ['routine'],
  closeWindow: ['routine', 'settings', 'reminder', 'statistics', 'home'],
  getSettings: ['settings'],
  saveSettings: ['settings'],
  resetSettings: ['settings'],
  previewDay: ['settings'],
  openDataFolder: ['settings'],
  getReminder: ['reminder'],
  answerReminder: ['reminder'],
  getStatistics: ['statistics'],
  exportHistory: ['statistics'],
  getHome: ['home'],
  runHomeCommand: ['home'],
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

/** The one argument of a request, checked for safety (not yet against its schema). */
function safePayload(method: ApiMethod, args: unknown[]): unknown {
  if (args.length !== 1) throw new IpcRequestError(method, 'it takes exactly one argument');
  const [payload] = args;
  const problem = payloadProblem(payload);
  if (problem) throw new IpcRequestError(method, problem);
  return payload;
}

/** The request read by its schema; a request that does not fit it is refused. */
function parsedPayload<T>(method: ApiMethod, schema: z.ZodType<T>, args: unknown[]): T {
  const parsed = schema.safeParse(safePayload(method, args));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
    throw new IpcRequestError(method, `invalid request (${where}${issue?.message ?? 'unknown'})`);
  }
  return parsed.data;
}

/** The settings to save: an object, whose fields validateSettings checks next. */
function settingsPayload(args: unknown[]): object {
  const payload = safePayload('saveSettings', args);
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
    throw new IpcRequestError('saveSettings', 'settings must be an object');
  }
  return payload;
}

/**
 * One handler per contract method. Each checks the sender and the payload first, so a refused
 * request throws a clear error and changes nothing. The table is typed by the contract: each
 * request reaches main as its schema reads it, and each answer is what the renderer awaits.
 */
export function createIpcHandlers(api: MainApi, windows: SenderLookup): IpcHandlers {
  const handler =
    <K extends ApiMethod>(
      method: K,
      answer: (args: unknown[], sender: OpenWindow) => Awaitable<ApiReply<K>>,
    ): IpcHandler =>
    async (event, ...args) =>
      answer(args, trustedSender(method, event, windows));
  const noArgument = <K extends ApiMethod>(
    method: K,
    run: (sender: OpenWindow) => Awaitable<ApiReply<K>>,
  ) =>
    handler(method, (args, sender) => {
      if (args.length > 0) throw new IpcRequestError(method, 'it takes no argument');
      return run(sender);
    });
  const withRequest = <K extends ApiMethod, T>(
    method: K,
    schema: z.ZodType<T>,
    run: (request: T) => Awaitable<ApiReply<K>>,
  ) => handler(method, (args) => run(parsedPayload(method, schema, args)));
  const schemas = REQUEST_SCHEMAS;

  return {
    getRoutineSession: noArgument('getRoutineSession', () => api.getRoutineSession()),
    acknowledgeCaution: noArgument('acknowledgeCaution', () => api.acknowledgeCaution()),
    reportRoutineResult: withRequest('reportRoutineResult', schemas.reportRoutineResult, (result) =>
      api.reportRoutineResult(result),
    ),
    setRoutineVoice: withRequest('setRoutineVoice', schemas.setRoutineVoice, (on) =>
      api.setRoutineVoice(on),
    ),
    setRoutineLargeView: withRequest('setRoutineLargeView', schemas.setRoutineLargeView, (on) =>
      api.setRoutineLargeView(on),
    ),
    setFullScreen: handler('setFullScreen', (args, sender) =>
      api.setFullScreen(parsedPayload('setFullScreen', schemas.setFullScreen, args), sender),
    ),
    closeWindow: noArgument('closeWindow', (sender) => api.closeWindow(sender)),
    getSettings: noArgument('getSettings', () => api.getSettings()),
    // Settings get per-field answers instead of an error, so the window can show them in place.
    saveSettings: handler('saveSettings', (args) => {
      const checked = validateSettings(settingsPayload(args));
      return checked.ok ? api.saveSettings(checked.settings) : checked;
    }),
    resetSettings: noArgument('resetSettings', () => api.resetSettings()),
    previewDay: withRequest('previewDay', schemas.previewDay, (request) => api.previewDay(request)),
    openDataFolder: noArgument('openDataFolder', () => api.openDataFolder()),
    getReminder: noArgument('getReminder', () => api.getReminder()),
    answerReminder: withRequest('answerReminder', schemas.answerReminder, (answer) =>
      api.answerReminder(answer),
    ),
    getStatistics: noArgument('getStatistics', () => api.getStatistics()),
    exportHistory: noArgument('exportHistory', (sender) => api.exportHistory(sender)),
    getHome: noArgument('getHome', () => api.getHome()),
    runHomeCommand: withRequest('runHomeCommand', schemas.runHomeCommand, (command) =>
      api.runHomeCommand(command),
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
