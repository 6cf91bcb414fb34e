import { describe, expect, it } from 'vitest';
import { createZoneFollower } from '../../electron/main/time-zone';

describe('following the system time zone', () => {
  it('makes the process look again when no TZ was set (Node re-reads the zone on delete)', () => {
    const env: Record<string, string | undefined> = { HOME: '/home/u' };
    const follower = createZoneFollower(env);
    env.TZ = 'Asia/Tokyo'; // whatever was set since, the follower clears it
    follower.follow();
    expect('TZ' in env).toBe(false);
    expect(env.HOME).toBe('/home/u');
  });

  it('keeps a TZ the user set on purpose', () => {
    const env: Record<string, string | undefined> = { TZ: 'Europe/Berlin' };
    createZoneFollower(env).follow();
    expect(env.TZ).toBe('Europe/Berlin');
  });
});
