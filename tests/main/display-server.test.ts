import { describe, expect, it } from 'vitest';
import { runsOnWayland } from '../../electron/main/display-server';

const WAYLAND_SESSION = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0' };

describe('whether Unsit runs as a Wayland client', () => {
  it('believes the platform Electron settled on first', () => {
    expect(runsOnWayland({ platform: 'linux', ozonePlatform: 'wayland', env: {} })).toBe(true);
    // Started with --ozone-platform=x11 in a Wayland session: XWayland, where X11 rules hold.
    expect(runsOnWayland({ platform: 'linux', ozonePlatform: 'x11', env: WAYLAND_SESSION })).toBe(
      false,
    );
  });

  it("falls back on the session type, as Chromium's automatic choice does", () => {
    expect(runsOnWayland({ platform: 'linux', ozonePlatform: '', env: WAYLAND_SESSION })).toBe(
      true,
    );
    expect(
      runsOnWayland({ platform: 'linux', ozonePlatform: '', env: { XDG_SESSION_TYPE: 'x11' } }),
    ).toBe(false);
    // A Wayland socket alone does not make Chromium pick Wayland in an X11 session.
    expect(
      runsOnWayland({
        platform: 'linux',
        ozonePlatform: '',
        env: { XDG_SESSION_TYPE: 'x11', WAYLAND_DISPLAY: 'wayland-0' },
      }),
    ).toBe(false);
    expect(runsOnWayland({ platform: 'linux', ozonePlatform: '', env: {} })).toBe(false);
  });

  it('is never the case on macOS or Windows', () => {
    for (const platform of ['darwin', 'win32'] as const) {
      expect(runsOnWayland({ platform, ozonePlatform: 'wayland', env: WAYLAND_SESSION })).toBe(
        false,
      );
    }
  });
});
