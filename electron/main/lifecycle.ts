/** The parts of Electron's `app` that decide when Unsit quits. */
export interface LifecycleApp {
  on(event: 'window-all-closed', listener: () => void): unknown;
}

/**
 * Unsit lives in the tray: closing the last window must not quit it. Listening to the event is
 * what turns Electron's default (quit) off.
 */
export function keepRunningWithoutWindows(app: LifecycleApp): void {
  app.on('window-all-closed', () => undefined);
}
