import type { UnsitApi } from '../../../electron/core/ipc/contract';

declare global {
  interface Window {
    /** Installed by the preload script; only this module reads it. */
    unsit: UnsitApi;
  }
}

function bridge(): UnsitApi {
  if (!window.unsit) throw new Error('The Unsit preload API is missing from this window.');
  return window.unsit;
}

/**
 * The one typed door from the renderer to the main process. Components import `api` and never
 * touch `window.unsit`, so the contract in electron/core/ipc is the only shape they rely on.
 * Each method is looked up on the preload's object when called, so a method added to the
 * contract needs nothing here.
 */
export const api: UnsitApi = new Proxy({} as UnsitApi, {
  get:
    (_target, method: keyof UnsitApi) =>
    (...args: unknown[]) =>
      (bridge()[method] as (...a: unknown[]) => Promise<unknown>)(...args),
});
