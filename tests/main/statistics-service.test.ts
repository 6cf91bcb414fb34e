import { describe, expect, it } from 'vitest';
import { t } from '../english';
import { defaultSettings } from '../../electron/core/settings/schema';
import { localIso } from '../../electron/core/time/local-iso';
import { createStatisticsService } from '../../electron/main/statistics-service';
import { createHistoryStore } from '../../electron/main/storage';
import { openConf, useTempDirs } from './storage/helpers';

const tempDir = useTempDirs();
/** Wednesday 12 March 2025, 15:00 local. */
const NOW = new Date(2025, 2, 12, 15, 0).getTime();
const MIN = 60_000;

function setup(locale?: () => string) {
  const dir = tempDir();
  const settings = defaultSettings();
  let sitting = 0;
  const history = createHistoryStore({ dir, now: () => NOW, openStore: openConf });
  const service = createStatisticsService({
    history,
    settings: () => settings,
    sittingMinutes: () => sitting,
    now: () => NOW,
    t: () => t,
    ...(locale ? { locale } : {}),
  });
  return {
    service,
    history,
    settings,
    dir,
    sitFor: (minutes: number) => void (sitting = minutes),
  };
}

describe('statistics in main', () => {
  it('answers the tray with today’s breaks and announces every recorded outcome', () => {
    const { service } = setup();
    let announced = 0;
    service.onRecorded(() => (announced += 1));
    expect(service.today()).toEqual({ taken: 0, occasions: 0, goal: 4 });
    service.recorder.append({
      at: localIso(NOW - 30 * MIN),
      type: 'reminded',
      kind: 'quick',
      sittingMinutes: 60,
    });
    service.recorder.append({ at: localIso(NOW - 29 * MIN), type: 'stood-up', sittingMinutes: 60 });
    expect(announced).toBe(2);
    expect(service.today()).toEqual({ taken: 1, occasions: 1, goal: 4 });
  });

  it('logs the daily goal at start and when it changes, from that day on', () => {
    const { service, history, settings } = setup();
    expect(history.read().goals).toEqual([
      { from: '2025-03-12', dailyGoal: 4, workdays: ['mon', 'tue', 'wed', 'thu', 'fri'] },
    ]);
    service.settingsChanged({ ...settings, breaks: { ...settings.breaks, dailyGoal: 6 } });
    expect(history.read().goals.map((g) => g.dailyGoal)).toEqual([6]);
    expect(service.today().goal).toBe(6);
  });

  it('gives the window the figures, with the stretch still going on', () => {
    const { service, sitFor } = setup();
    service.recorder.append({ at: localIso(NOW - 90 * MIN), type: 'skipped', sittingMinutes: 60 });
    sitFor(90);
    const view = service.view();
    expect(view.today).toMatchObject({ occasions: 1, taken: 0, longestSittingMinutes: 150 });
    expect(view.firstDay).toBe('2025-03-12');
  });

  it('starts the weeks and the calendar on the first weekday of the language now spoken', () => {
    let locale = 'en-US';
    const { service } = setup(() => locale);
    // Wednesday 12 March 2025: in the US the week began on Sunday the 9th.
    expect(service.view().lastWeeks.at(-1)).toMatchObject({ from: '2025-03-09', to: '2025-03-15' });
    expect(service.view().calendar[0]?.day).toBe('2024-03-10');
    locale = 'de-DE';
    expect(service.view().lastWeeks.at(-1)).toMatchObject({ from: '2025-03-10', to: '2025-03-16' });
    expect(service.view().calendar[0]?.day).toBe('2024-03-11');
  });

  it('gives the history as CSV', () => {
    const { service } = setup();
    service.recorder.append({ at: localIso(NOW - 30 * MIN), type: 'stood-up', sittingMinutes: 40 });
    const { text, rows } = service.csv();
    expect(rows).toBe(1);
    expect(text.split('\r\n')[1]).toMatch(/^2025-03-12,14:30:00,UTC[+-]\d\d:\d\d,stood-up,,40,/);
  });
});
