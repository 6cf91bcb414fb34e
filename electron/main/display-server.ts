/**
 * Whether Electron draws its windows as a native Wayland client. Since Electron 38 it does so in
 * a Wayland session by default (Chromium's --ozone-platform-hint=auto picks Wayland when
 * XDG_SESSION_TYPE is "wayland"), unless started with --ozone-platform=x11. Electron settles
 * the choice before the app's code runs and writes it into the command line as
 * --ozone-platform, which is read first; the session type is the fallback.
 * What that changes for Unsit: docs/decisions.md, "Wayland".
 */
export function runsOnWayland({
  platform,
  ozonePlatform,
  env,
}: {
  platform: NodeJS.Platform;
  /** `app.commandLine.getSwitchValue('ozone-platform')`: "" when it is not set. */
  ozonePlatform: string;
  env: Record<string, string | undefined>;
}): boolean {
  if (platform !== 'linux') return false;
  if (ozonePlatform !== '') return ozonePlatform === 'wayland';
  return env.XDG_SESSION_TYPE === 'wayland';
}
