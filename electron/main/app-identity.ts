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

/**
 * Running from source on Windows (`npm start`) uses an identity of its own: a different
 * AppUserModelID and toast activator, and a different app name. Electron keeps the Start-menu
 * shortcut named after the app in step with the identity at the first notification, so with the
 * installed identity a run from source would rewrite the installed copy's "Unsit" shortcut.
 */
export const SOURCE_APP_ID = `${APP_ID}.source`;
export const SOURCE_TOAST_ACTIVATOR_CLSID = '{90BC3B5E-30F9-45D2-AE06-651AA972368D}';
// The app's name (a product name, like "Unsit"), not a sentence: it is not translated.
// eslint-disable-next-line unsit/no-user-text
export const SOURCE_APP_NAME = 'Unsit (from source)';

/** The parts of Electron's `app` that carry the identity on Windows. */
export interface IdentityApp {
  setAppUserModelId(id: string): void;
  setToastActivatorCLSID(id: string): void;
  setName(name: string): void;
  getPath(name: 'userData'): string;
  setPath(name: 'userData', path: string): void;
}

/**
 * Windows only; call before the first notification and before the login item is written. A run
 * from source keeps the data folder it had: only the name the shortcut goes by changes.
 */
export function applyWindowsIdentity(
  app: IdentityApp,
  platform: NodeJS.Platform,
  packaged: boolean,
): void {
  if (platform !== 'win32') return;
  if (packaged) {
    app.setAppUserModelId(APP_ID);
    app.setToastActivatorCLSID(TOAST_ACTIVATOR_CLSID);
    return;
  }
  const userData = app.getPath('userData');
  app.setName(SOURCE_APP_NAME);
  // Electron derives the data folder from the name only until it is first used; pin it back if
  // the new name moved it, and leave it alone otherwise (after `ready` it is already in use).
  if (app.getPath('userData') !== userData) app.setPath('userData', userData);
  app.setAppUserModelId(SOURCE_APP_ID);
  app.setToastActivatorCLSID(SOURCE_TOAST_ACTIVATOR_CLSID);
}
