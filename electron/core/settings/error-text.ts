import type { MessageKey, Translator } from '../i18n/translator';
import { timeOfDayText, weekdayName } from '../time/wall-clock-text';
import { WEEKDAYS, type Weekday } from '../time/weekdays';
import type { SettingsError } from './field-error';
import { numberUnit } from './fields';
import { writeProblemText, type WriteProblem } from './write-problem';

const WRITE_PROBLEMS = [
  'folder-not-writable',
  'disk-full',
  'file-too-large',
  'folder-in-the-way',
  'file-open-elsewhere',
] as const;

/** The write problem a `saveFailed` error names; an unknown kind shows its detail as it is. */
function writeProblemOf(params: Readonly<Record<string, string | number>>): WriteProblem {
  const kind = WRITE_PROBLEMS.find((known) => known === params.problem);
  return kind ? { kind } : { kind: 'other', detail: String(params.detail ?? params.problem) };
}

/**
 * Each settings field's name in the catalogue, by dotted path: what an error or a repair names
 * the field by. A test checks that every field the schema titles has one.
 */
export const FIELD_NAME_KEYS = {
  version: 'settings.field.version',
  workingHours: 'settings.field.workingHours',
  reminders: 'settings.field.reminders',
  'reminders.sittingMinutes': 'settings.field.reminders.sittingMinutes',
  'reminders.breakMinutes': 'settings.field.reminders.breakMinutes',
  'reminders.snoozeMinutes': 'settings.field.reminders.snoozeMinutes',
  'reminders.repeatIfUnanswered': 'settings.field.reminders.repeatIfUnanswered',
  'reminders.repeatAfterMinutes': 'settings.field.reminders.repeatAfterMinutes',
  'reminders.style': 'settings.field.reminders.style',
  routine: 'settings.field.routine',
  'routine.holdSeconds': 'settings.field.routine.holdSeconds',
  'routine.cycles': 'settings.field.routine.cycles',
  'routine.setupSeconds': 'settings.field.routine.setupSeconds',
  'routine.switchExtraSeconds': 'settings.field.routine.switchExtraSeconds',
  'routine.getSetSeconds': 'settings.field.routine.getSetSeconds',
  'routine.stretches': 'settings.field.routine.stretches',
  'routine.sound': 'settings.field.routine.sound',
  'routine.voice': 'settings.field.routine.voice',
  'routine.waitForPosition': 'settings.field.routine.waitForPosition',
  'routine.largeView': 'settings.field.routine.largeView',
  breaks: 'settings.field.breaks',
  'breaks.fullRoutinesPerDay': 'settings.field.breaks.fullRoutinesPerDay',
  'breaks.fullRoutineGapHours': 'settings.field.breaks.fullRoutineGapHours',
  'breaks.dailyGoal': 'settings.field.breaks.dailyGoal',
  busy: 'settings.field.busy',
  'busy.call': 'settings.field.busy.call',
  'busy.fullscreen': 'settings.field.busy.fullscreen',
  'busy.dnd': 'settings.field.busy.dnd',
  'busy.meeting': 'settings.field.busy.meeting',
  'busy.dndLimitMinutes': 'settings.field.busy.dndLimitMinutes',
  general: 'settings.field.general',
  'general.launchAtLogin': 'settings.field.general.launchAtLogin',
  'general.checkForUpdates': 'settings.field.general.checkForUpdates',
  'general.language': 'settings.field.general.language',
  'general.cautionAcknowledgedAt': 'settings.field.general.cautionAcknowledgedAt',
} as const satisfies Record<string, MessageKey>;

const isWeekday = (value: unknown): value is Weekday =>
  typeof value === 'string' && (WEEKDAYS as readonly string[]).includes(value);

/**
 * The name of the field at a dotted path, in the translator's language: "Working hours on
 * Tuesday" for a day and anything under it, the field's own name, else the nearest enclosing
 * field's name, else "The settings file".
 */
export function fieldName({ locale, t }: Translator, path: string): string {
  const parts = path.split('.');
  const [section, day] = parts;
  if (section === 'workingHours' && isWeekday(day)) {
    return t('settings.field.workingHoursOn', { day: weekdayName(locale, day) });
  }
  for (let length = parts.length; length > 0; length -= 1) {
    const key = (FIELD_NAME_KEYS as Record<string, MessageKey>)[parts.slice(0, length).join('.')];
    if (key) return t(key);
  }
  return t('settings.field.version');
}

/** Why a field cannot be taken, in the translator's words (limits, times and days for its locale). */
export function settingsErrorText(translator: Translator, error: SettingsError): string {
  const { locale, t } = translator;
  const params = error.params ?? {};
  const number = (name: string) => (typeof params[name] === 'number' ? params[name] : 0);
  const time = (name: string) => timeOfDayText(locale, String(params[name] ?? ''));
  switch (error.code) {
    case 'time':
      return t('settings.error.time');
    case 'rangeEmpty':
      return t('settings.error.rangeEmpty');
    case 'rangeStartsAtEnd':
      return t('settings.error.rangeStartsAtEnd');
    case 'tooManyRanges':
      return t('settings.error.tooManyRanges', { limit: number('limit') });
    case 'atLeast':
    case 'atMost': {
      const unit = numberUnit(error.path) ?? 'other';
      const key = error.code === 'atLeast' ? 'settings.error.atLeast' : 'settings.error.atMost';
      return t(key, { limit: number('limit'), unit });
    }
    case 'noStretch':
      return t('settings.error.noStretch');
    case 'stretchTwice':
      return t('settings.error.stretchTwice');
    case 'overlapSameDay':
      return t('settings.error.overlapSameDay', { from: time('from'), to: time('to') });
    case 'overlapNight': {
      const day = isWeekday(params.day) ? weekdayName(locale, params.day) : String(params.day);
      return t('settings.error.overlapNight', { day, from: time('from'), to: time('to') });
    }
    case 'enterNumber':
      return t('settings.error.enterNumber', { min: number('min'), max: number('max') });
    case 'enterTime':
      return t('settings.error.enterTime', { example: timeOfDayText(locale, '09:00') });
    case 'saveFailed':
      return t('settings.saveFailed', {
        path: String(params.file),
        problem: writeProblemText(t, writeProblemOf(params)),
      });
    case 'invalid':
      return t('settings.error.invalid');
  }
}
