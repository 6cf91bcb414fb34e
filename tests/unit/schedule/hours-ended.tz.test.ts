import { describe, expect, it } from 'vitest';
import { localIso } from '../../../electron/core/time/local-iso';
import { MON, day, drive, settingsWith } from './harness';

const zone = process.env.TZ ?? 'UTC';

/** The history records of a run, as the reminder service would append them. */
const history = (run: ReturnType<typeof drive>) =>
  run.effects.flatMap((e) => (e.type === 'record' ? [e.record] : []));

describe(`the end of working hours in the history under TZ=${zone}`, () => {
  it('records the sitting a stretch ended with when hours end before any reminder', () => {
    const run = drive(
      settingsWith({ mon: day(['09:00', '12:00'], ['13:00', '16:30']) }, { sittingMinutes: 240 }),
      MON(8),
    );
    run.runUntil(MON(18));
    expect(history(run).filter((r) => r.type === 'hours-ended')).toEqual([
      { at: localIso(MON(12)), type: 'hours-ended', sittingMinutes: 180 },
      { at: localIso(MON(16, 30)), type: 'hours-ended', sittingMinutes: 210 },
    ]);
  });

  it('records nothing more when the reminder out at the end was ignored, or nothing was counted', () => {
    const ignored = drive(settingsWith({ mon: day(['09:00', '10:02']) }), MON(8));
    ignored.runUntil(MON(11));
    expect(history(ignored).map((r) => r.type)).toEqual(['reminded', 'ignored']);
    // Away from 16:00: the natural break restarts the count before hours end.
    const away = drive(settingsWith(), MON(8), (t) => (t >= MON(16) ? (t - MON(16)) / 1000 : 0));
    away.runUntil(MON(18));
    expect(history(away).filter((r) => r.type === 'hours-ended')).toEqual([]);
  });
});
