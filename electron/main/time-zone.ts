/**
 * Electron's main process keeps the time zone it started in when the system's zone changes
 * (electron/electron#33723, #40944); a renderer follows, the main process does not. Node looks
 * at the system's zone again whenever `process.env.TZ` is written or deleted, so deleting a TZ
 * that was never set makes the next local time follow the system. A TZ the user set on purpose
 * is theirs and stays. Call `follow()` before each look at local time that matters (the reminder
 * service does, at each wake and event).
 */
export interface ZoneFollower {
  follow(): void;
}

export function createZoneFollower(env: Record<string, string | undefined>): ZoneFollower {
  const pinned = (env.TZ ?? '') !== '';
  return {
    follow() {
      if (!pinned) delete env.TZ;
    },
  };
}
