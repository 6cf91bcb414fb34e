/** The part of Electron's `app.commandLine` used here. */
export interface CommandLineLike {
  appendSwitch(name: string, value?: string): void;
}

/**
 * Chromium switches Unsit needs; they only take effect when set before the app is ready.
 * On Linux, Electron's speechSynthesis has no voice unless Chromium may talk to
 * speech-dispatcher, which it only does with this switch (the routine can speak its cues).
 */
export function applyChromiumSwitches(commandLine: CommandLineLike, platform: NodeJS.Platform) {
  if (platform === 'linux') commandLine.appendSwitch('enable-speech-dispatcher');
}
