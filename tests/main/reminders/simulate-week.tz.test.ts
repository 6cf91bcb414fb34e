import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../../electron/simulate/cli';

const zone = process.env.TZ ?? 'UTC';
const HOUR = 3_600_000;
const ANSWERS = ['start', 'quick', 'full', 'stood-up', 'snooze', 'skip'] as const;

type Line = Record<string, unknown> & { type: string; at?: string };
type Counter =
  | 'reminders'
  | 'suggestedQuick'
  | 'suggestedFull'
  | 'completed'
  | 'completedQuick'
  | 'completedFull'
  | 'stoodUp'
  | 'skipped';
type Summary = Record<Counter, number> & { answers: Record<string, number> };

function simulate(events: unknown[]): Line[] {
  const out: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => {
      throw new Error(l);
    },
    readFile: () => JSON.stringify(events),
  };
  const code = main(['--tz', zone, '--from', '2025-03-24', '--days', '7', '--events', 'e'], io);
  expect(code).toBe(0);
  return out.map((l) => JSON.parse(l) as Line);
}

const pad = (n: number) => String(n).padStart(2, '0');
/** Local wall time in the simulated zone (no offset: the simulator reads it in --tz). */
const at = (day: number, minuteOfDay: number) =>
  `2025-03-${pad(24 + day)}T${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;

/**
 * A week of answers of every kind: every 7 minutes of each working day an answer comes (most
 * find no reminder out and are printed as unmatched), cycling through all six, with a typing
 * spell now and then and a lock over lunch.
 */
function weekScript(): unknown[] {
  const events: unknown[] = [];
  for (let day = 0; day < 5; day++) {
    let n = day;
    for (let minute = 9 * 60 + 3; minute < 17 * 60; minute += 7) {
      events.push({ at: at(day, minute), type: 'answer', action: ANSWERS[n++ % ANSWERS.length] });
      if (n % 5 === 0) events.push({ at: at(day, minute + 1), type: 'typing', minutes: 3 });
    }
    events.push({ at: at(day, 12 * 60 + 30), type: 'lock', minutes: 30 + day * 10 });
  }
  return events;
}

describe(`a simulated week with scripted answers under TZ=${zone}`, () => {
  const lines = simulate(weekScript());
  // A snoozed reminder coming back is the same suggestion, not a new one.
  const fullSuggestions = lines.filter(
    (l) => l.type === 'reminder' && l.suggests === 'full' && !l.afterSnooze,
  );

  it('suggests the full routine at most twice a day', () => {
    const perDay = new Map<string, number>();
    for (const l of fullSuggestions) {
      const day = String(l.at).slice(0, 10); // the local date, as printed with the offset
      perDay.set(day, (perDay.get(day) ?? 0) + 1);
    }
    expect(perDay.size).toBe(5);
    for (const count of perDay.values()) expect(count).toBeLessThanOrEqual(2);
  });

  it('never suggests two full routines less than 3 hours apart, nor within 3 h of one ending', () => {
    const times = fullSuggestions.map((l) => Date.parse(String(l.at)));
    times
      .slice(1)
      .forEach((t, i) => expect(t - (times[i] as number)).toBeGreaterThanOrEqual(3 * HOUR));
    const fullEnds = lines
      .filter((l) => (l.type === 'completed' || l.type === 'ended-early') && l.kind === 'full')
      .map((l) => Date.parse(String(l.at)));
    for (const t of times) {
      for (const end of fullEnds) if (end < t) expect(t - end).toBeGreaterThanOrEqual(3 * HOUR);
    }
  });

  it('plays each answer and counts it in the summary', () => {
    const summary = lines.at(-1) as unknown as Summary;
    const answered = lines.filter((l) => l.type === 'answer').map((l) => String(l.action));
    for (const answer of ANSWERS) {
      expect(answered, answer).toContain(answer);
      expect(summary.answers[answer]).toBe(answered.filter((a) => a === answer).length);
    }
    expect(summary.reminders).toBe(summary.suggestedQuick + summary.suggestedFull);
    expect(summary.completed).toBe(summary.completedQuick + summary.completedFull);
    expect(summary.completedQuick).toBeGreaterThan(0);
    expect(summary.completedFull).toBeGreaterThan(0);
    expect(summary.stoodUp).toBe(answered.filter((a) => a === 'stood-up').length);
    expect(summary.skipped).toBeGreaterThan(0);
    // "I stood up" is never a skip; a snoozed reminder comes back marked as such.
    expect(lines.filter((l) => l.type === 'stood-up')).toHaveLength(summary.stoodUp);
    expect(lines.some((l) => l.afterSnooze === true)).toBe(true);
  });
});
