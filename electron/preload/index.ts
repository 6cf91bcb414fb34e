import { contextBridge, ipcRenderer } from 'electron';
import type { ApiMethod, EventName, UnsitApi, UnsitEvents } from '../core/ipc/contract';

/**
 * Every method's channel, written into this file at build time from the contract's `IPC` table
 * (electron.vite.config.ts), so the sandboxed preload stays tiny and imports nothing else.
 */
declare const __UNSIT_CHANNELS__: { [K in ApiMethod]: string };
/** The channels main pushes events on (`EVENTS` in the contract), written in the same way. */
declare const __UNSIT_EVENTS__: { [K in EventName]: string };

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

// One listener method per event: the page gets the payload, never the IPC event or its sender.
const events = __UNSIT_EVENTS__;
const listeners = Object.fromEntries(
  (Object.keys(events) as EventName[]).map((name) => [
    `on${name.charAt(0).toUpperCase()}${name.slice(1)}`,
    (listener: (payload: unknown) => void) => {
      ipcRenderer.on(events[name], (_event, payload: unknown) => listener(payload));
    },
  ]),
) as unknown as UnsitEvents;

contextBridge.exposeInMainWorld('unsit', Object.freeze({ ...api, ...listeners }));
