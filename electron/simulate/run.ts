import FakeTimers from '@sinonjs/fake-timers';
import type { ReminderAnswer } from '../core/ipc/contract';
import { planForBreak } from '../core/routine/plan';
import type { Settings } from '../core/settings/schema';
import { addLocalDays, startOfLocalDay, type LocalDate } from '../core/time/local-time';
import type { BreakKind } from '../core/routine/types';
import { localIso } from '../core/time/local-iso';
import { MINUTE_MS } from '../core/time/units';
import type { TimerEffect } from '../core/schedule/timer-state';
import { createReminderService } from '../main/reminders/reminder-service';
import type { ScriptEvent } from './script';
import { simulatedPerson, spellsOf } from './simulated-person';

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

/**
 * The simulated person: at the keyboard all the time except in scripted idle or lock spells,
 * and idle for a moment when a break falls due unless a scripted typing spell keeps them busy.
 */
function createUser(events: ScriptEvent[]) {
  const absences = spellsOf(events.filter((e) => e.type === 'idle' || e.type === 'lock'));
  const typing = spellsOf(events.filter((e) => e.type === 'typing'));
  return simulatedPerson({ absences: () => absences, typing: () => typing });
}

/** Records about a routine carry its kind. */
const ROUTINE_OUTCOMES: readonly string[] = ['started', 'completed', 'ended-early'];

function lineFor(effect: TimerEffect): OutputLine | null {
  const at = isoWithOffset(effect.at);
  if (effect.type === 'due') return null;
  if (effect.type === 'remind') {
    const sittingMinutes = Math.floor(effect.sittingMs / MINUTE_MS);
    const type = effect.kind === 'first' ? 'reminder' : 'repeat';
    const again = effect.afterSnooze ? { afterSnooze: true } : {};
    return { at, type, sittingMinutes, suggests: effect.suggests, ...again };
  }
  if (effect.type === 'withdraw-reminder') return { at, type: 'withdrawn', reason: effect.reason };
  if (effect.type === 'note') {
    if (effect.note === 'pause-end') return { at, type: 'resume' };
    if (effect.note === 'hours-start' || effect.note === 'hours-end')
      return { at, type: effect.note };
    return null;
  }
  const { type, sittingMinutes, kind } = effect.record;
  // Reminders print as 'reminder' and 'repeat', the end of hours as 'hours-end' above.
  if (type === 'reminded' || type === 'repeated' || type === 'hours-ended') return null;
  return ROUTINE_OUTCOMES.includes(type)
    ? { at, type, kind, sittingMinutes }
    : { at, type, sittingMinutes };
}

/** How often the script gave each answer that found a reminder to answer. */
const noAnswers = (): Record<ReminderAnswer, number> => ({
  start: 0,
  quick: 0,
  full: 0,
  'stood-up': 0,
  snooze: 0,
  skip: 0,
});

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
    const counts: Record<string, number> = {};
    const answers = noAnswers();
    let stored: unknown = null;
    let suggested: BreakKind = 'full';
    const service = createReminderService({
      clock: { now: () => Date.now() },
      settings: input.settings,
      power: user.monitor,
      timerStore: { load: () => stored, save: (s) => void (stored = s) },
      history: { append: () => {} },
    });
    user.watch(service);
    service.onReminder((prompt) => (suggested = prompt.suggests));
    service.onEffect((effect) => {
      const line = lineFor(effect);
      if (!line) return;
      const key = line.kind ?? line.suggests ?? '';
      for (const name of [line.type, `${line.type}:${String(key)}`])
        counts[name] = (counts[name] ?? 0) + 1;
      write(line);
    });
    /** Plays a routine of that kind to its end, taking its planned length. */
    const playRoutine = (kind: BreakKind) => {
      service.routineStarted(kind);
      const { holdCount, totalMs } = planForBreak(input.settings, kind);
      setTimeout(() => {
        service.routineFinished({
          outcome: 'completed',
          holdsDone: holdCount,
          holdCount,
          durationMs: totalMs,
        });
      }, totalMs);
    };
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
        answers[event.action] += 1;
        if (event.action === 'snooze') service.snooze();
        else if (event.action === 'skip') service.skipNext();
        else if (event.action === 'stood-up') service.stoodUp();
        else playRoutine(event.action === 'start' ? suggested : event.action);
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
    const count = (name: string) => counts[name] ?? 0;
    write({
      type: 'summary',
      from: isoWithOffset(start),
      to: isoWithOffset(end),
      days: input.days,
      reminders: count('reminder'),
      suggestedQuick: count('reminder:quick'),
      suggestedFull: count('reminder:full'),
      repeats: count('repeat'),
      ignored: count('ignored'),
      snoozed: count('snoozed'),
      skipped: count('skipped'),
      completed: count('completed'),
      completedQuick: count('completed:quick'),
      completedFull: count('completed:full'),
      stoodUp: count('stood-up'),
      naturalBreaks: count('natural-break'),
      answers,
      wakeups: jobFires,
      idleChecks: idleReads,
    });
  } finally {
    clock.uninstall();
  }
}
