import { z } from 'zod';
import type { BreakKind } from '../routine/types';
import {
  BreakSettingsSchema,
  ReminderSettingsSchema,
  WEEKDAYS,
  WorkingHoursSchema,
} from '../settings/schema';
import type { Weekday } from '../settings/schema';
import { DAY_MS, MINUTE_MS } from '../time/units';
import { INPUT_PAUSE_SECONDS } from './input-pause';
import { addLocalDays, startOfLocalDay, weekdayOf, type LocalDate } from '../time/local-time';
import { projectNextReminder } from './next-event';
import { transition } from './sitting-timer';
import { freshTimerState, type TimerSettings } from './timer-state';
import { workingIntervalsBetween } from './working-hours';

/** What the settings window asks to preview: one weekday under the settings being edited. */
export const PreviewDayRequestSchema = z.object({
  workingHours: WorkingHoursSchema,
  reminders: ReminderSettingsSchema,
  breaks: BreakSettingsSchema,
  weekday: z.enum(WEEKDAYS),
});
export type PreviewDayRequest = z.infer<typeof PreviewDayRequestSchema>;

/** A segment of the previewed day, in minutes from local midnight (0-1440). */
export interface PreviewSegment {
  startMinute: number;
  endMinute: number;
}

/** A reminder of the previewed day: when it lands and the kind of break it suggests. */
export interface PreviewReminder {
  /** Minutes from local midnight. */
  minute: number;
  suggests: BreakKind;
}

export interface DayPreview {
  /** Working ranges that day, split at midnight. */
  working: PreviewSegment[];
  /** Where reminders would land for someone who sits through, and what each suggests. */
  reminders: PreviewReminder[];
  /** Total working minutes that day. */
  workingMinutes: number;
}

/** A calendar day with that weekday whose neighbours are 24 hours long (no DST change). */
function typicalDate(weekday: Weekday): LocalDate {
  let date: LocalDate = { year: 2025, month: 0, day: 13 }; // a Monday in mid-January
  while (weekdayOf(date) !== weekday) date = addLocalDays(date, 1);
  for (let week = 0; week < 52; week++) {
    const starts = [-1, 0, 1, 2].map((d) => startOfLocalDay(addLocalDays(date, d)));
    if (starts.every((t, i) => i === 0 || t - (starts[i - 1] as number) === DAY_MS)) return date;
    date = addLocalDays(date, 7);
  }
  return date;
}

/**
 * What a day with these settings looks like, computed by running the real sitting timer over a
 * typical (non-DST) day of that weekday. The day is the calendar day, so the tail of the
 * previous evening's overnight range shows from 00:00. The simulated user sits through the
 * working hours (starting the evening before, so an overnight shift carries its sitting over),
 * pauses typing when a reminder falls due, so it shows at once and suggests a kind of break by
 * the same rules as the app, and takes every break at once, away for exactly `breakMinutes`:
 * the timer then restarts.
 */
export function previewDay(request: PreviewDayRequest): DayPreview {
  const { workingHours, reminders, breaks, weekday } = request;
  // Nobody in the preview is ever busy: nothing is detected and nothing is held.
  const busy = { call: false, fullscreen: false, dnd: false, meeting: false, dndLimitMinutes: 120 };
  const settings: TimerSettings = { workingHours, reminders, breaks, busy };
  const date = typicalDate(weekday);
  const dayStart = startOfLocalDay(date);
  const dayEnd = startOfLocalDay(addLocalDays(date, 1));
  const working = workingIntervalsBetween(workingHours, dayStart, dayEnd).map((i) => ({
    startMinute: Math.round((i.start - dayStart) / MINUTE_MS),
    endMinute: Math.round((i.end - dayStart) / MINUTE_MS),
  }));
  const breakLength = reminders.breakMinutes * MINUTE_MS;
  const pause = { type: 'idleSeconds', seconds: INPUT_PAUSE_SECONDS } as const;
  const marks: PreviewReminder[] = [];
  let now = startOfLocalDay(addLocalDays(date, -1));
  let state = freshTimerState(settings, now);
  for (let guard = 0; guard < 500; guard++) {
    const at = projectNextReminder(settings, state, now);
    if (at === null || at >= dayEnd) break;
    state = transition(settings, state, { type: 'tick' }, at).state;
    const shown = transition(settings, state, pause, at);
    state = shown.state;
    const reminder = shown.effects.find((e) => e.type === 'remind');
    if (at >= dayStart && reminder) {
      marks.push({ minute: Math.round((at - dayStart) / MINUTE_MS), suggests: reminder.suggests });
    }
    state = transition(settings, state, { type: 'away', since: at, reason: 'lock' }, at).state;
    now = at + breakLength;
    state = transition(settings, state, { type: 'back', at: now, reason: 'lock' }, now).state;
  }
  return {
    working,
    reminders: marks,
    workingMinutes: working.reduce((sum, w) => sum + w.endMinute - w.startMinute, 0),
  };
}
