import { applyWindowsIdentity, type IdentityApp } from './app-identity';
/** The parts of Electron's `app` that decide when and how Unsit quits. */
export interface LifecycleApp {
  on(event: 'window-all-closed' | 'before-quit' | 'will-quit', listener: () => void): unknown;
}

/**
 * Unsit lives in the tray: closing the last window must not quit it. Listening to the event is
 * what turns Electron's default (quit) off.
 */
export function keepRunningWithoutWindows(app: LifecycleApp): void {
  app.on('window-all-closed', () => undefined);
}

export interface QuitSteps {
  /** Stops showing reminders (notifications and the reminder window). */
  stopPresenting(): void;
  /** Stops the reminder service, which saves the timer state. */
  stopReminders(): void;
  removeTray(): void;
}

/**
 * Quitting closes the windows between 'before-quit' and 'will-quit'. A routine window cut short
 * then reports an ended-early routine, after which the timer may fall due again: no reminder may
 * go out from an app on its way out (its notification would outlive it), so presenting stops at
 * 'before-quit'. The service and the tray stop at 'will-quit', after every window closed, so the
 * routine cut short is still recorded.
 */
export function quitInOrder(app: LifecycleApp, steps: QuitSteps): void {
  app.on('before-quit', () => steps.stopPresenting());
  app.on('will-quit', () => {
    steps.stopReminders();
    steps.removeTray();
  });
}

/** The parts of Electron's `app` that fit Unsit to the desktop it runs on. */
export interface PlatformApp extends IdentityApp {
  /** macOS only. */
  dock?: { hide(): void };
}

/**
 * A tray app has no Dock icon on macOS. On Windows, notifications are shown under the app's
 * user model id and toast activator, which the installer writes too (see app-identity.ts).
 */
export function fitToPlatform(
  app: PlatformApp,
  platform: NodeJS.Platform,
  packaged: boolean,
): void {
  if (platform === 'darwin') app.dock?.hide();
  applyWindowsIdentity(app, platform, packaged);
}
