import FakeTimers from '@sinonjs/fake-timers';
import { planForSettings } from '../core/routine/plan';
import type { Settings } from '../core/settings/schema';
import { addLocalDays, startOfLocalDay, type LocalDate } from '../core/schedule/local-time';
import { localIso } from '../core/time/local-iso';
import { MINUTE_MS, SECOND_MS } from '../core/time/units';
import type { TimerEffect } from '../core/schedule/timer-state';
import { createReminderService } from '../main/reminders/reminder-service';
import type { ScriptEvent } from './script';
import { scriptedPowerMonitor } from './scripted-power-monitor';

export interface SimulationInput {
  /** First local day (month 0-based) and how many days to run from its midnight. */
  from: LocalDate;
  days: number;
  settings: Settings;
  events: ScriptEvent[];
}

export type OutputLine = { at?: string; type: string } & Record<string, unknown>;

/** ISO-8601 with the local zone's offset, to the second, e.g. 2025-03-03T10:00:00+01:00. */
const isoWithOffset = (t: number): string => localIso(t).replace(/\.\d{3}(?=[+-])/, '');

/** The simulated person: at the keyboard all the time except in scripted idle or lock spells. */
function createUser(events: ScriptEvent[]) {
  const absences = events
    .filter((e) => e.type === 'idle' || e.type === 'lock')
    .map((e) => ({ start: Date.parse(e.at), end: Date.parse(e.at) + e.minutes * MINUTE_MS }));
  return scriptedPowerMonitor((now) => {
    let lastInput = now;
    for (const a of absences) if (a.start <= lastInput && now < a.end) lastInput = a.start;
    return Math.floor((now - lastInput) / SECOND_MS);
  });
}

function lineFor(effect: TimerEffect): OutputLine | null {
  const at = isoWithOffset(effect.at);
  if (effect.type === 'remind') {
    const sittingMinutes = Math.floor(effect.sittingMs / MINUTE_MS);
    return { at, type: effect.kind === 'first' ? 'reminder' : 'repeat', sittingMinutes };
  }
  if (effect.type === 'withdraw-reminder') return { at, type: 'withdrawn', reason: effect.reason };
  if (effect.type === 'note') {
    if (effect.note === 'pause-end') return { at, type: 'resume' };
    if (effect.note === 'hours-start' || effect.note === 'hours-end')
      return { at, type: effect.note };
    return null;
  }
  const { type, sittingMinutes } = effect.record;
  if (type === 'reminded' || type === 'repeated') return null;
  return { at, type, sittingMinutes };
}

/**
 * Runs the real core and node-schedule adapter on a virtual clock (fake timers installed for
 * the duration of the call) and returns the JSON lines, the summary last.
 */
export function runSimulation(input: SimulationInput, write: (line: OutputLine) => void): void {
  const start = startOfLocalDay(input.from);
  const end = startOfLocalDay(addLocalDays(input.from, input.days));
  const clock = FakeTimers.install({
    now: start,
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
  try {
    const user = createUser(input.events);
    const plan = planForSettings(input.settings);
    const counts: Record<string, number> = {};
    let stored: unknown = null;
    const service = createReminderService({
      clock: { now: () => Date.now() },
      settings: input.settings,
      power: user.monitor,
      timerStore: { load: () => stored, save: (s) => void (stored = s) },
      history: { append: () => {} },
    });
    service.onEffect((effect) => {
      const line = lineFor(effect);
      if (!line) return;
      counts[line.type] = (counts[line.type] ?? 0) + 1;
      write(line);
    });
    service.start();
    for (const event of input.events) {
      const at = Date.parse(event.at);
      if (at >= end) break;
      if (at < Date.now()) {
        write({
          at: isoWithOffset(at),
          type: 'script-skipped',
          reason: 'before the start or asleep',
        });
        continue;
      }
      clock.tick(at - Date.now());
      if (event.type === 'answer') {
        if (service.status().phase !== 'due') {
          write({ at: isoWithOffset(at), type: 'answer-unmatched', action: event.action });
          continue;
        }
        write({ at: isoWithOffset(at), type: 'answer', action: event.action });
        if (event.action === 'snooze') service.snooze();
        else if (event.action === 'skip') service.skipNext();
        else {
          service.routineStarted();
          const { holdCount, totalMs } = plan;
          setTimeout(() => {
            service.routineFinished({
              outcome: 'completed',
              holdsDone: holdCount,
              holdCount,
              durationMs: totalMs,
            });
          }, totalMs);
        }
        continue;
      }
      const until = isoWithOffset(at + event.minutes * MINUTE_MS);
      write({ at: isoWithOffset(at), type: event.type, minutes: event.minutes, until });
      if (event.type === 'pause') service.pause({ minutes: event.minutes });
      else if (event.type === 'lock') {
        user.emit('lock-screen');
        setTimeout(() => user.emit('unlock-screen'), event.minutes * MINUTE_MS);
      } else if (event.type === 'sleep') {
        user.emit('suspend');
        clock.setSystemTime(at + event.minutes * MINUTE_MS);
        user.emit('resume');
      }
    }
    if (end > Date.now()) clock.tick(end - Date.now());
    service.stop();
    const { jobFires, idleReads } = service.wakeups();
    write({
      type: 'summary',
      from: isoWithOffset(start),
      to: isoWithOffset(end),
      days: input.days,
      reminders: counts['reminder'] ?? 0,
      repeats: counts['repeat'] ?? 0,
      ignored: counts['ignored'] ?? 0,
      snoozed: counts['snoozed'] ?? 0,
      skipped: counts['skipped'] ?? 0,
      completed: counts['completed'] ?? 0,
      naturalBreaks: counts['natural-break'] ?? 0,
      wakeups: jobFires,
      idleChecks: idleReads,
    });
  } finally {
    clock.uninstall();
  }
}
