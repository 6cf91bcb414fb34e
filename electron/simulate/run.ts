import FakeTimers from '@sinonjs/fake-timers';
import { planForBreak } from '../core/routine/plan';
import type { Settings } from '../core/settings/schema';
import { addLocalDays, startOfLocalDay, type LocalDate } from '../core/time/local-time';
import type { BreakKind } from '../core/routine/types';
import { localIso } from '../core/time/local-iso';
import { MINUTE_MS } from '../core/time/units';
import type { TimerEffect } from '../core/schedule/timer-state';
import { createReminderService } from '../main/reminders/reminder-service';
import { runUserCommand } from '../main/commands';
import {
  SCRIPT_ANSWER_COMMANDS,
  mergeBusySpells,
  type ScriptAnswer,
  type ScriptEvent,
} from './script';
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
  if (effect.type === 'due' || effect.type === 'held') return null;
  if (effect.type === 'remind') {
    const sittingMinutes = Math.floor(effect.sittingMs / MINUTE_MS);
    const type = effect.kind === 'first' ? 'reminder' : 'repeat';
    const again = effect.afterSnooze ? { afterSnooze: true } : {};
    const after = effect.after === undefined ? {} : { after: effect.after };
    const quiet = effect.quiet ? { quiet: true } : {};
    return { at, type, sittingMinutes, suggests: effect.suggests, ...again, ...after, ...quiet };
  }
  if (effect.type === 'withdraw-reminder') return { at, type: 'withdrawn', reason: effect.reason };
  if (effect.type === 'note') {
    if (effect.note === 'pause-end') return { at, type: 'resume' };
    if (effect.note === 'hours-start' || effect.note === 'hours-end')
      return { at, type: effect.note };
    return null;
  }
  const { type, sittingMinutes, kind, reason } = effect.record;
  if (type === 'held') return { at, type, reason, sittingMinutes };
  // Reminders print as 'reminder' and 'repeat', the end of hours as 'hours-end' above.
  if (type === 'reminded' || type === 'repeated' || type === 'hours-ended') return null;
  return ROUTINE_OUTCOMES.includes(type)
    ? { at, type, kind, sittingMinutes }
    : { at, type, sittingMinutes };
}

/** How often the script gave each answer that found a reminder to answer. */
const noAnswers = (): Record<ScriptAnswer, number> => ({
  start: 0,
  quick: 0,
  full: 0,
  'stood-up': 0,
  snooze: 0,
  skip: 0,
});

type Write = (line: OutputLine) => void;
type FakeClock = ReturnType<typeof FakeTimers.install>;

/** The reminder service on the virtual clock, wired to the simulated person and the output. */
function startService(input: SimulationInput, write: Write) {
  const user = createUser(input.events);
  const counts: Record<string, number> = {};
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
  service.start();
  return { service, user, counts, suggested: () => suggested };
}

type Simulated = ReturnType<typeof startService>;

/** Plays a routine of that kind to its end, taking its planned length. */
function playRoutine({ service }: Simulated, settings: Settings, kind: BreakKind): void {
  service.routineStarted(kind);
  const { holdCount, totalMs } = planForBreak(settings, kind);
  setTimeout(() => {
    service.routineFinished({
      outcome: 'completed',
      holdsDone: holdCount,
      holdCount,
      durationMs: totalMs,
    });
  }, totalMs);
}

/** A reminder's answers, run by the app's one dispatcher; nothing else is a script answer. */
function answerRunner(sim: Simulated, settings: Settings) {
  const notAnAnswer = () => {
    throw new Error('not an answer to a reminder');
  };
  return {
    startBreak: (kind: BreakKind) => playRoutine(sim, settings, kind),
    stoodUp: () => sim.service.stoodUp(),
    snooze: () => sim.service.snooze(),
    skipNext: () => sim.service.skipNext(),
    pause: notAnAnswer,
    resume: notAnAnswer,
    startMeeting: notAnAnswer,
    endMeeting: notAnAnswer,
    openStatistics: notAnAnswer,
    openSettings: notAnAnswer,
    restartToUpdate: notAnAnswer,
    openReleasePage: notAnAnswer,
    quit: notAnAnswer,
  };
}

/** An answer of the script, given to the reminder pending at that moment (if one is). */
function answer(
  sim: Simulated,
  settings: Settings,
  event: Extract<ScriptEvent, { type: 'answer' }>,
  answers: Record<ScriptAnswer, number>,
  write: Write,
): void {
  const at = isoWithOffset(Date.parse(event.at));
  if (sim.service.status().phase !== 'due') {
    write({ at, type: 'answer-unmatched', action: event.action });
    return;
  }
  write({ at, type: 'answer', action: event.action });
  answers[event.action] += 1;
  runUserCommand(
    SCRIPT_ANSWER_COMMANDS[event.action],
    answerRunner(sim, settings),
    sim.suggested(),
  );
}

/** A spell of the script: a pause, a lock or a sleep (idle and typing spells are the person's). */
function spell(
  { service, user }: Simulated,
  clock: FakeClock,
  event: Exclude<ScriptEvent, { type: 'answer' }>,
  write: Write,
): void {
  const at = Date.parse(event.at);
  const until = isoWithOffset(at + event.minutes * MINUTE_MS);
  if (event.type === 'busy') {
    // Busy spells were armed at the start (mergeBusySpells); here they are only written.
    write({
      at: isoWithOffset(at),
      type: 'busy',
      reason: event.reason,
      minutes: event.minutes,
      until,
    });
    return;
  }
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

/** The last line: what happened over the whole run, and how often the service woke. */
function summaryLine(
  sim: Simulated,
  range: { start: number; end: number; days: number },
  answers: Record<ScriptAnswer, number>,
): OutputLine {
  const { jobFires, idleReads } = sim.service.wakeups();
  const count = (name: string) => sim.counts[name] ?? 0;
  return {
    type: 'summary',
    from: isoWithOffset(range.start),
    to: isoWithOffset(range.end),
    days: range.days,
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
    held: count('held'),
    answers,
    wakeups: jobFires,
    idleChecks: idleReads,
  };
}

/**
 * Runs the real core and node-schedule adapter on a virtual clock (fake timers installed for
 * the duration of the call) and returns the JSON lines, the summary last.
 */
export function runSimulation(input: SimulationInput, write: Write): void {
  const start = startOfLocalDay(input.from);
  const end = startOfLocalDay(addLocalDays(input.from, input.days));
  const clock = FakeTimers.install({
    now: start,
    toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'],
  });
  try {
    const sim = startService(input, write);
    // Busy spells begin on timers armed before any the script's events arm, so a spell that
    // starts as another ends is in place when that end is applied: the two hold as one.
    for (const busy of mergeBusySpells(input.events)) {
      if (busy.since >= Date.now() && busy.since < end) {
        setTimeout(() => sim.service.busyFor(busy.reason, busy.until), busy.since - Date.now());
      }
    }
    const answers = noAnswers();
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
      if (event.type === 'answer') answer(sim, input.settings, event, answers, write);
      else spell(sim, clock, event, write);
    }
    if (end > Date.now()) clock.tick(end - Date.now());
    sim.service.stop();
    write(summaryLine(sim, { start, end, days: input.days }, answers));
  } finally {
    clock.uninstall();
  }
}
