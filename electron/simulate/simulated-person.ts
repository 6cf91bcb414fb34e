import { INPUT_PAUSE_SECONDS } from '../core/schedule/input-pause';
import { MINUTE_MS, SECOND_MS } from '../core/time/units';
import { scriptedPowerMonitor } from './scripted-power-monitor';

/** A stretch of time, in epoch ms, [start, end). */
export interface Spell {
  start: number;
  end: number;
}

export interface PersonScript {
  /** Idle or locked: no input from `start` until `end`. */
  absences: () => readonly Spell[];
  /** Busy typing: input never pauses. */
  typing?: () => readonly Spell[];
}

/** Spells from scripted events with a start and a length in minutes. */
export const spellsOf = (events: readonly { at: string; minutes: number }[]): Spell[] =>
  events.map((e) => ({ start: Date.parse(e.at), end: Date.parse(e.at) + e.minutes * MINUTE_MS }));

/**
 * The person at the computer in `npm run simulate`, the reminder-service tests and the bench:
 * at the keyboard all the time except in scripted absences, and idle for a moment when a break
 * falls due (as long as a reminder waits for a pause in input), unless busy typing then. So
 * reminders land at the same moment as without the wait, and scripted typing delays them.
 */
export function simulatedPerson(script: PersonScript) {
  let reminderWaiting: () => boolean = () => false;
  const power = scriptedPowerMonitor((now) => {
    let lastInput = now;
    for (const a of script.absences()) if (a.start <= lastInput && now < a.end) lastInput = a.start;
    if (lastInput < now) return Math.floor((now - lastInput) / SECOND_MS);
    const typing = (script.typing?.() ?? []).some((t) => t.start <= now && now < t.end);
    return !typing && reminderWaiting() ? INPUT_PAUSE_SECONDS : 0;
  });
  return {
    ...power,
    /** Lets the person notice when a reminder waits (the reminder service's own answer). */
    watch(service: { reminderWaiting(): boolean }) {
      reminderWaiting = () => service.reminderWaiting();
    },
  };
}
