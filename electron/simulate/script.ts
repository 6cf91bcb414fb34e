import { z } from 'zod';
import type { ReminderAnswer } from '../core/tray/commands';
import { toFieldErrors, type FieldError } from '../core/settings/field-error';
import { settingsErrorText } from '../core/settings/error-text';
import { sourceCatalogue } from '../core/i18n/catalogues';
import { createTranslator } from '../core/i18n/translator';

/** The simulator is a developer's tool: it reports in the source language, English. */
const english = createTranslator('en-GB', sourceCatalogue());
import { migrateSettings } from '../core/settings/migrations';
import { SETTINGS_VERSION, type Settings } from '../core/settings/schema';
import { validateSettings } from '../core/settings/validate';
import { withoutConfInternals } from '../main/storage/raw-file';
import { BusyReasonSchema, type BusyReason } from '../core/schedule/busy';
import { MINUTE_MS } from '../core/time/units';

/** The answers a script can give, in its own short words (kept so old scripts still run). */
export const SCRIPT_ANSWERS = ['start', 'quick', 'full', 'stood-up', 'snooze', 'skip'] as const;
export type ScriptAnswer = (typeof SCRIPT_ANSWERS)[number];
/** The user command each script word stands for. */
export const SCRIPT_ANSWER_COMMANDS: Record<ScriptAnswer, ReminderAnswer> = {
  start: 'start-suggested',
  quick: 'start-quick',
  full: 'start-full',
  'stood-up': 'stood-up',
  snooze: 'snooze',
  skip: 'skip-next',
};

/** Thrown for a settings or events file whose content is invalid (exit code 1). */
export class ContentError extends Error {}

const At = z
  .string()
  .refine(
    (text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(text) && !Number.isNaN(Date.parse(text)),
    {
      message: 'Use an ISO-8601 date and time, e.g. 2025-03-03T10:30:00+01:00.',
    },
  );
const Minutes = z.number().int().min(1, 'At least 1 minute.').max(10_080, 'At most a week.');

export const ScriptEventSchema = z.discriminatedUnion('type', [
  z.object({ at: At, type: z.literal('idle'), minutes: Minutes }),
  z.object({ at: At, type: z.literal('lock'), minutes: Minutes }),
  z.object({ at: At, type: z.literal('sleep'), minutes: Minutes }),
  z.object({ at: At, type: z.literal('pause'), minutes: Minutes }),
  /** Input stays busy for that long: a reminder falling due then waits for a pause. */
  z.object({ at: At, type: z.literal('typing'), minutes: Minutes }),
  /** Busy (in a call, presenting, Do Not Disturb, a meeting): reminders falling due are held. */
  z.object({
    at: At,
    type: z.literal('busy'),
    reason: BusyReasonSchema,
    minutes: z.number().int().min(1, 'At least 1 minute.').max(1440, 'At most 1440 minutes.'),
  }),
  /** The answers of the reminder window; 'start' is the kind the reminder suggests. */
  z.object({ at: At, type: z.literal('answer'), action: z.enum(SCRIPT_ANSWERS) }),
]);
export type ScriptEvent = z.infer<typeof ScriptEventSchema>;

function describe(errors: readonly FieldError[], file: string, root: string): string {
  const first = errors[0];
  if (!first) return `${file}: invalid content.`;
  const path = [root, first.path].filter(Boolean).join('.');
  return `${file}: ${path || 'the file'}: ${first.message}`;
}

function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ContentError(`${file}: not valid JSON (${(error as Error).message}).`);
  }
}

/**
 * A settings file in the stored format, read as the app reads its own: conf's bookkeeping key
 * is ignored and an older version is migrated (`now` stands for the moment of the migration).
 * Where the app would reset a field it cannot take, this refuses the file and names the field,
 * so a run never simulates settings other than the ones asked for.
 */
export function parseSettingsFile(text: string, file: string, now: number): Settings {
  const migrated = migrateSettings(withoutConfInternals(parseJson(text, file)), now);
  if (migrated.kind === 'not-an-object') {
    throw new ContentError(`${file}: the file must hold one JSON object, the settings.`);
  }
  if (migrated.kind === 'unknown-version') {
    throw new ContentError(`${file}: version: not a settings version (a whole number from 1).`);
  }
  if (migrated.kind === 'newer') {
    throw new ContentError(
      `${file}: version: written by a newer Unsit (version ${migrated.fromVersion}); this one reads versions up to ${SETTINGS_VERSION}.`,
    );
  }
  const checked = validateSettings(migrated.data);
  if (!checked.ok) {
    const errors = checked.errors.map((e) => ({
      path: e.path,
      message: settingsErrorText(english, e),
    }));
    throw new ContentError(describe(errors, file, ''));
  }
  return checked.settings;
}

/** The events file: a JSON array, returned sorted by time (stable). */
export function parseEventsFile(text: string, file: string): ScriptEvent[] {
  const parsed = z.array(ScriptEventSchema).safeParse(parseJson(text, file));
  if (!parsed.success) {
    throw new ContentError(describe(toFieldErrors(parsed.error.issues), file, 'events'));
  }
  return parsed.data
    .map((event, index) => ({ event, index, at: Date.parse(event.at) }))
    .sort((a, b) => a.at - b.at || a.index - b.index)
    .map((e) => e.event);
}

/**
 * The script's busy windows as spells: windows of one reason that overlap or touch become one
 * spell, starting at the first one's start. (Windows of different reasons hold as one anyway:
 * the core holds while any reason does.)
 */
export function mergeBusySpells(
  events: readonly ScriptEvent[],
): { reason: BusyReason; since: number; until: number }[] {
  const spells: { reason: BusyReason; since: number; until: number }[] = [];
  const windows = events
    .filter((e) => e.type === 'busy')
    .map((e) => ({
      reason: e.reason,
      since: Date.parse(e.at),
      until: Date.parse(e.at) + e.minutes * MINUTE_MS,
    }))
    .sort((a, b) => a.since - b.since);
  for (const w of windows) {
    const open = spells.find((s) => s.reason === w.reason && s.until >= w.since);
    if (open) open.until = Math.max(open.until, w.until);
    else spells.push({ ...w });
  }
  return spells;
}
