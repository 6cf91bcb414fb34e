import {
  API_METHODS,
  CHANNELS,
  IPC,
  type ApiArgs,
  type ApiMethod,
  type ApiReply,
} from '../core/ipc/contract';
import { issuePath } from '../core/settings/field-error';
import { validateSettings } from '../core/settings/validate';
import { payloadProblem } from './ipc-payload';
import { isAppUrl } from './security';
import type { FrameIdentity, OpenWindow } from './windows';

type Awaitable<T> = T | Promise<T>;

/**
 * What main does for each contract method, once the request is known to be trustworthy: the
 * request as its schema reads it, then the calling window (for the methods that act on it).
 */
export type MainApi = {
  [K in ApiMethod]: (...args: [...ApiArgs<K>, sender: OpenWindow]) => Awaitable<ApiReply<K>>;
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
  if (!(IPC[method].windows as readonly string[]).includes(owner.kind)) {
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

/** The request read by its method's schema; a request that does not fit it is refused. */
function parsedRequest(method: ApiMethod, args: unknown[]): unknown[] {
  const { request } = IPC[method];
  if (request === null) {
    if (args.length > 0) throw new IpcRequestError(method, 'it takes no argument');
    return [];
  }
  const payload = safePayload(method, args);
  if ('fieldErrors' in IPC[method]) {
    // The settings are answered field by field (validateSettings), so only the shape is
    // checked here.
    if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) {
      throw new IpcRequestError(method, 'settings must be an object');
    }
    return [payload];
  }
  const parsed = request.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? `${issuePath(issue)}: ` : '';
    throw new IpcRequestError(method, `invalid request (${where}${issue?.message ?? 'unknown'})`);
  }
  return [parsed.data];
}

/**
 * One handler per contract method, all alike: each checks the sender against the method's
 * windows and the payload against its schema first, so a refused request throws a clear error
 * and changes nothing. Settings get per-field answers instead of an error, so the window can
 * show them in place.
 */
export function createIpcHandlers(api: MainApi, windows: SenderLookup): IpcHandlers {
  const handlerFor = <K extends ApiMethod>(method: K): IpcHandler => {
    // The request was read by this method's own schema, so it has the method's argument type.
    const run = api[method] as (...args: unknown[]) => Awaitable<ApiReply<K>>;
    return async (event, ...args) => {
      const sender = trustedSender(method, event, windows);
      const request = parsedRequest(method, args);
      if ('fieldErrors' in IPC[method]) {
        const checked = validateSettings(request[0] as object);
        if (!checked.ok) return checked;
        return run(checked.settings, sender);
      }
      return run(...request, sender);
    };
  };
  return Object.fromEntries(
    API_METHODS.map((method) => [method, handlerFor(method)]),
  ) as IpcHandlers;
}

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcSenderEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}

/** Registers every handler on its channel; returns a function that removes them again. */
export function registerIpcHandlers(ipcMain: IpcMainLike, handlers: IpcHandlers): () => void {
  const methods = API_METHODS;
  for (const method of methods) {
    const handle = handlers[method];
    ipcMain.handle(CHANNELS[method], (event: IpcSenderEvent, ...args: unknown[]) =>
      handle(event, ...args),
    );
  }
  return () => methods.forEach((method) => ipcMain.removeHandler(CHANNELS[method]));
}
