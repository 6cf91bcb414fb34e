import { contextBridge, ipcRenderer } from 'electron';
import { CHANNELS, type ApiMethod } from '../core/ipc/channels';
import type { UnsitApi } from '../core/ipc/contract';

// Each named method forwards to its own channel. No generic send/invoke, no process, no env.
const api = Object.fromEntries(
  (Object.keys(CHANNELS) as ApiMethod[]).map((method) => [
    method,
    (payload?: unknown) =>
      payload === undefined
        ? ipcRenderer.invoke(CHANNELS[method])
        : ipcRenderer.invoke(CHANNELS[method], payload),
  ]),
) as unknown as UnsitApi;

contextBridge.exposeInMainWorld('unsit', Object.freeze(api));
