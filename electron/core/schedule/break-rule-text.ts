import type { BreakRules } from './break-choice';

const times = (n: number) => (n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`);
const hours = (n: number) => (n === 1 ? '1 hour' : `${n} hours`);

/** The break choice in plain words, for the settings window (see break-choice.ts). */
export function describeBreakRule(rules: BreakRules): string {
  const { fullRoutinesPerDay: perDay, fullRoutineGapHours: gap } = rules;
  if (perDay === 0) {
    return (
      'Every reminder suggests the quick standing stretch; the full routine is never ' +
      'suggested. You can still start it from the tray.'
    );
  }
  const spacing = gap === 0 ? '' : `, and never within ${hours(gap)} of the last one`;
  return (
    `Reminders suggest the full routine at most ${times(perDay)} a day${spacing}. ` +
    'Every other reminder suggests the quick standing stretch.'
  );
}
