import type { Translate } from '../i18n/translator';
import type { BreakRules } from './break-choice';

/** The break choice in plain words, for the settings window (see break-choice.ts). */
export function describeBreakRule(t: Translate, rules: BreakRules): string {
  const { fullRoutinesPerDay: perDay, fullRoutineGapHours: gap } = rules;
  if (perDay === 0) return t('settings.breaks.rule.never');
  return t('settings.breaks.rule', { perDay, gap });
}
