import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MINUTE_MS } from '../../../electron/core/time/units';
import {
  TimerStateSchema,
  freshTimerState,
  type TimerState,
} from '../../../electron/core/schedule/timer-state';
import { WEEKDAYS, defaultSettings, type Settings } from '../../../electron/core/settings/schema';
import { createTimerStateStore } from '../../../electron/main/storage';
import { openConf } from '../storage/helpers';
import type { RunOptions } from './run-app';

/** Working all day, every day, so "now" is inside working hours in any time zone. */
export function alwaysWorkingSettings(style: Settings['reminders']['style']): Settings {
  const settings = defaultSettings();
  for (const day of WEEKDAYS) {
    settings.workingHours[day] = { enabled: true, ranges: [{ from: '00:00', to: '24:00' }] };
  }
  settings.reminders.style = style;
  return settings;
}

/**
 * Settings plus a timer that has counted sitting time up to the limit, as of now; `adjust` may
 * change that state further (a reminder already out, say) before it is written.
 */
export function seeded(
  settings: Settings,
  extra: Record<string, string> = {},
  adjust: (state: TimerState, now: number) => void = () => undefined,
): RunOptions['prepare'] {
  return ({ userData }) => {
    const now = Date.now();
    const state = freshTimerState(settings, now);
    state.sittingMs = settings.reminders.sittingMinutes * MINUTE_MS;
    adjust(state, now);
    // The service would quietly start a fresh timer from a refused state: never seed one.
    const parsed = TimerStateSchema.safeParse(state);
    if (!parsed.success) throw new Error(`seeded timer state is invalid: ${parsed.error.message}`);
    mkdirSync(userData, { recursive: true });
    writeFileSync(join(userData, 'settings.json'), JSON.stringify(settings));
    // Written by the real store, so the file is in whatever format the app reads.
    createTimerStateStore({ dir: userData, openStore: openConf }).save(state);
    return extra;
  };
}
