/**
 * Who Unsit is to the operating system. The same identity is written into the installers:
 * `appId` in electron-builder.yml and the toast activator in build/installer.nsh
 * (tests/main/app-identity.test.ts keeps the three in step).
 */

/** Windows AppUserModelID and macOS bundle id. Electron also names the Windows login entry after it. */
export const APP_ID = 'app.unsit.desktop';

/**
 * Windows: the COM class a toast click activates. Electron makes up a new one on every run unless
 * told otherwise, and records it on the Start-menu shortcut; a fixed one lets the installer put it
 * on the shortcut from the start and remove its registration on uninstall.
 */
export const TOAST_ACTIVATOR_CLSID = '{A1F45E9E-75CC-4AAC-B025-94B952D822C3}';

/** The parts of Electron's `app` that carry the identity on Windows. */
export interface IdentityApp {
  setAppUserModelId(id: string): void;
  setToastActivatorCLSID(id: string): void;
}

/** Windows only; call before the first notification and before the login item is written. */
export function applyWindowsIdentity(app: IdentityApp, platform: NodeJS.Platform): void {
  if (platform !== 'win32') return;
  app.setAppUserModelId(APP_ID);
  app.setToastActivatorCLSID(TOAST_ACTIVATOR_CLSID);
}
