import {
  defaultSettings,
  type DayHours,
  type Settings,
  type Weekday,
} from '../../../electron/core/settings/schema';
import { INPUT_PAUSE_SECONDS } from '../../../electron/core/schedule/input-pause';
import type { DetectedBusyReason } from '../../../electron/core/schedule/busy';
import {
  idleCheckDue,
  busyCheckDue,
  nextEvent,
  reminderWaiting,
} from '../../../electron/core/schedule/next-event';
import { transition, type TimerEvent } from '../../../electron/core/schedule/sitting-timer';
import {
  freshTimerState,
  type TimerEffect,
  type TimerState,
} from '../../../electron/core/schedule/timer-state';

export const MIN = 60_000;
export const HOUR = 60 * MIN;

/** Local wall time in the process zone (month 1-based for readability). */
export const local = (y: number, mo: number, d: number, h = 0, mi = 0) =>
  new Date(y, mo - 1, d, h, mi).getTime();

/** Monday 13 January 2025: no DST change near it in any zone the suites run under. */
export const MON = (h: number, mi = 0) => local(2025, 1, 13, h, mi);

export const day = (...ranges: [string, string][]): DayHours => ({
  enabled: true,
  ranges: ranges.map(([from, to]) => ({ from, to })),
});
export const off = (): DayHours => ({ enabled: false, ranges: [] });

export function settingsWith(
  hours: Partial<Record<Weekday, DayHours>> = {},
  reminders: Partial<Settings['reminders']> = {},
): Settings {
  const s = defaultSettings();
  return {
    ...s,
    workingHours: { ...s.workingHours, ...hours },
    reminders: { ...s.reminders, ...reminders },
  };
}

export interface DriveOptions {
  /** The person types (no pause in input) at these instants. */
  typing?: (t: number) => boolean;
  /** What the busy detectors see at `t` (nothing by default). */
  busyAt?: (t: number) => DetectedBusyReason[];
}

/**
 * Drives the pure core the way the main process does: wakes at every `nextEvent`, answering
 * idle checks from `idleSecondsAt`, and applies scripted events in between. At the desk (idle
 * 0), the person pauses typing for a moment whenever a break falls due, unless `typing` says
 * they are busy then.
 */
export function drive(
  initial: Settings,
  start: number,
  idleSecondsAt: (t: number) => number = () => 0,
  options: DriveOptions = {},
) {
  let settings = initial;
  let state: TimerState = freshTimerState(settings, start);
  let now = start;
  const effects: TimerEffect[] = [];
  const readings: number[] = [];
  const apply = (event: TimerEvent, at: number) => {
    now = at;
    const r = transition(settings, state, event, at);
    state = r.state;
    effects.push(...r.effects);
  };
  const read = (at: number) => {
    readings.push(at);
    const idle = idleSecondsAt(at);
    if (idle > 0 || options.typing?.(at)) return idle;
    return reminderWaiting(settings, state, at) ? INPUT_PAUSE_SECONDS : 0;
  };
  const busyReadings: number[] = [];
  /** As the service does after each event: read the detectors, then idle, when due. */
  const readIfDue = (at: number) => {
    if (busyCheckDue(settings, state, at)) {
      busyReadings.push(at);
      apply({ type: 'busyReading', reasons: options.busyAt?.(at) ?? [] }, at);
    }
    if (idleCheckDue(settings, state, at)) apply({ type: 'idleSeconds', seconds: read(at) }, at);
  };
  const runUntil = (t: number) => {
    for (let guard = 0; ; guard++) {
      if (guard > 200_000) throw new Error('runaway wake-ups');
      const ev = nextEvent(settings, state, now);
      if (!ev || ev.at > t) break;
      const at = Math.max(ev.at, now);
      // As the service does: read idle first when a check is due, and again if one became due.
      const idleDue = !busyCheckDue(settings, state, at) && idleCheckDue(settings, state, at);
      apply(idleDue ? { type: 'wake', idleSeconds: read(at) } : { type: 'wake' }, at);
      readIfDue(at);
    }
    apply({ type: 'tick' }, Math.max(t, now));
  };
  return {
    apply: (event: TimerEvent, at: number) => {
      runUntil(at);
      apply(event, at);
      readIfDue(at);
    },
    /** Runs up to `at` on the current settings, then switches to `next` as the settings window does. */
    changeSettings: (next: Settings, at: number) => {
      runUntil(at);
      const previous = settings;
      settings = next;
      apply({ type: 'settingsChanged', previous }, at);
      readIfDue(at);
    },
    /** Applies an event at `at` without first waking for what came before (sleep, clock jumps). */
    jump: apply,
    runUntil,
    get state() {
      return state;
    },
    effects,
    /** Every instant the busy detectors were read. */
    busyReadings,
    /** Every instant the system idle time was read. */
    readings,
    reminders: (kind: 'first' | 'repeat' = 'first') =>
      effects.flatMap((e) => (e.type === 'remind' && e.kind === kind ? [e.at] : [])),
    /** The kind each first reminder suggested, in order. */
    suggestions: () =>
      effects.flatMap((e) => (e.type === 'remind' && e.kind === 'first' ? [e.suggests] : [])),
    /** When reminders (or repeats) fell due, before waiting for a pause in input. */
    dues: (kind: 'first' | 'repeat' = 'first') =>
      effects.flatMap((e) => (e.type === 'due' && e.kind === kind ? [e.at] : [])),
    records: (type: string) =>
      effects.flatMap((e) => (e.type === 'record' && e.record.type === type ? [e.at] : [])),
    withdrawals: () => effects.flatMap((e) => (e.type === 'withdraw-reminder' ? [e] : [])),
    notes: (note: string) =>
      effects.flatMap((e) => (e.type === 'note' && e.note === note ? [e.at] : [])),
  };
}

/** The DST changes of the process zone in a year, found with Date (none for UTC or Kolkata). */
export function dstChanges(year: number): { spring: number | null; fall: number | null } {
  let spring: number | null = null;
  let fall: number | null = null;
  for (let t = local(year, 1, 1); t < local(year + 1, 1, 1); t += HOUR) {
    const before = new Date(t).getTimezoneOffset();
    const after = new Date(t + HOUR).getTimezoneOffset();
    if (after < before && spring === null) spring = t + HOUR;
    if (after > before && fall === null) fall = t + HOUR;
  }
  // Refine to the minute of the change.
  const refine = (t: number | null) => {
    if (t === null) return null;
    let x = t - HOUR;
    const o = new Date(x).getTimezoneOffset();
    while (new Date(x).getTimezoneOffset() === o) x += MIN;
    return x;
  };
  return { spring: refine(spring), fall: refine(fall) };
}
