import { contextBridge, ipcRenderer } from 'electron';
import type { ApiMethod, UnsitApi } from '../core/ipc/contract';

/**
 * Every method's channel, written into this file at build time from the contract's `IPC` table
 * (electron.vite.config.ts), so the sandboxed preload stays tiny and imports nothing else.
 */
declare const __UNSIT_CHANNELS__: { [K in ApiMethod]: string };

const channels = __UNSIT_CHANNELS__;

// Each named method forwards to its own channel. No generic send/invoke, no process, no env.
const api = Object.fromEntries(
  (Object.keys(channels) as ApiMethod[]).map((method) => [
    method,
    (payload?: unknown) =>
      payload === undefined
        ? ipcRenderer.invoke(channels[method])
        : ipcRenderer.invoke(channels[method], payload),
  ]),
) as unknown as UnsitApi;

contextBridge.exposeInMainWorld('unsit', Object.freeze(api));
