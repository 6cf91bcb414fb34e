import { describe, expect, it } from 'vitest';
import { status } from '../../main/fakes/electron';
import type { EngineStatus } from '../../../electron/core/schedule/status';
import { buildHomeView } from '../../../electron/core/tray/home-view';
import { buildTrayModel } from '../../../electron/core/tray/menu-model';

const MIN = 60_000;
const NOW = new Date(2025, 2, 10, 13, 0).getTime();
const TODAY = { taken: 3, occasions: 6, goal: 4 };
const view = (s: EngineStatus, now = NOW) =>
  buildHomeView({ status: s, now, locale: 'en-GB', today: TODAY, trayHelp: false });
const tray = (s: EngineStatus, now = NOW) =>
  buildTrayModel({ status: s, now, locale: 'en-GB', snoozeMinutes: 10, today: TODAY });

describe('the Unsit window as data', () => {
  it('says what the tray says, in the same words, with the same mark', () => {
    for (const s of [
      status({ nextReminderAt: NOW + 23 * MIN }),
      status({ phase: 'due' }),
      status({ phase: 'paused', pausedUntil: NOW + 90 * MIN }),
      status({ phase: 'outside-hours', hoursResumeAt: NOW + 20 * 60 * MIN }),
      status({ phase: 'away' }),
    ]) {
      const home = view(s);
      expect(home.status).toBe(tray(s).tooltip);
      expect(home.state).toBe(tray(s).icon);
      expect(home.today).toBe('Today: 3 of 6 breaks');
    }
  });

  it('asks again when the countdown next changes, within a minute', () => {
    const home = view(status({ nextReminderAt: NOW + 23 * MIN - 20_000 }));
    expect(home.status).toBe('Next stretch in 23 min');
    expect(home.refreshInMs).toBe(40_000);
  });

  it('asks again when a pause ends or working hours begin, not before', () => {
    expect(view(status({ phase: 'paused', pausedUntil: NOW + 90 * MIN })).refreshInMs).toBe(
      90 * MIN,
    );
    const off = status({ phase: 'outside-hours', hoursResumeAt: NOW + 20 * 60 * MIN });
    expect(view(off).refreshInMs).toBe(20 * 60 * MIN);
  });

  it('asks again when the reminder falls due, from the last minute on', () => {
    expect(view(status({ nextReminderAt: NOW + 30_000 })).refreshInMs).toBe(30_000);
  });

  it('waits for focus when nothing is due to change by itself', () => {
    expect(view(status({ phase: 'due' })).refreshInMs).toBeNull();
    expect(view(status({ phase: 'away' })).refreshInMs).toBeNull();
    expect(view(status({ phase: 'paused', pausedUntil: null })).refreshInMs).toBeNull();
  });

  it('never asks sooner than a second later, even for a change that is overdue', () => {
    expect(view(status({ nextReminderAt: NOW + 5 })).refreshInMs).toBe(1000);
  });

  it('offers Resume while paused, and "I stood up" only inside working hours', () => {
    expect(view(status({ phase: 'paused', pausedUntil: NOW + MIN })).paused).toBe(true);
    expect(view(status()).paused).toBe(false);
    expect(view(status({ phase: 'outside-hours' })).canStandUp).toBe(false);
    expect(view(status({ phase: 'due' })).canStandUp).toBe(true);
  });
});

describe('updates in the Unsit window and the tray', () => {
  const s = status({ nextReminderAt: NOW + 23 * MIN });
  const home = (update: Parameters<typeof buildHomeView>[0]['update']) =>
    buildHomeView({ status: s, now: NOW, locale: 'en-GB', today: TODAY, trayHelp: false, update })
      .update;
  const menu = (update: Parameters<typeof buildTrayModel>[0]['update']) =>
    buildTrayModel({
      status: s,
      now: NOW,
      locale: 'en-GB',
      snoozeMinutes: 10,
      today: TODAY,
      update,
    }).items.flatMap((item) => ('label' in item ? [item.label] : []));

  it('offers "Restart to update" in both once an update is ready, just above Quit', () => {
    const ready = { kind: 'ready', version: '1.3.0' } as const;
    expect(home(ready)).toEqual({
      line: 'Unsit 1.3.0 is ready: it installs when Unsit quits.',
      action: 'restart',
    });
    expect(menu(ready).slice(-2)).toEqual(['Restart to update', 'Quit Unsit']);
  });

  it('links to the release where this copy cannot update itself, in both', () => {
    const available = { kind: 'available', version: '1.3.0', url: 'https://github.com/x' } as const;
    expect(home(available)).toEqual({ line: 'Unsit 1.3.0 is available.', action: 'release-page' });
    expect(menu(available)).not.toContain('Restart to update');
    const items = buildTrayModel({
      status: s,
      now: NOW,
      locale: 'en-GB',
      snoozeMinutes: 10,
      today: TODAY,
      update: available,
    }).items;
    expect(items.at(-2)).toEqual({
      kind: 'action',
      label: 'Get Unsit 1.3.0…',
      action: 'open-release-page',
      enabled: true,
    });
  });

  it('keeps the meeting switch in the tray and the Unsit window beside an update', () => {
    const ready = { kind: 'ready', version: '1.3.0' } as const;
    expect(menu(ready)).toContain('In a meeting');
    const inMeeting = status({ nextReminderAt: NOW + 23 * MIN, meeting: { until: null } });
    const both = buildHomeView({
      status: inMeeting,
      now: NOW,
      locale: 'en-GB',
      today: TODAY,
      trayHelp: false,
      update: ready,
    });
    expect(both.inMeeting).toBe(true);
    expect(both.update?.action).toBe('restart');
  });

  it('shows a failure as one line with nothing to press, and nothing at all otherwise', () => {
    expect(home({ kind: 'failed', message: 'no connection' })).toEqual({
      line: 'The update check did not work (no connection); it tries again tomorrow.',
      action: null,
    });
    for (const kind of ['off', 'idle', 'checking', 'current'] as const) {
      expect(home({ kind })).toBeNull();
      expect(menu({ kind })).not.toContain('Restart to update');
    }
    expect(home(undefined)).toBeNull();
  });
});
