import type { z } from 'zod';
import { toFieldErrors, type FieldError } from '../settings/field-error';
import { fieldLabel } from '../settings/labels';
import { numberUnit } from '../settings/fields';
import { RoutineSettingsSchema, type RoutineSettings, type Settings } from '../settings/schema';
import type { BreakKind } from './types';
import { CATALOGUE } from './catalogue';
import { SECOND_MS } from '../time/units';
import {
  STRETCH_IDS,
  type PlanStep,
  type RoutinePlan,
  type Side,
  type Stretch,
  type StretchId,
} from './types';

/** The routine settings that shape a plan (sound and voice only affect playback). */
export const PlanOptionsSchema = RoutineSettingsSchema.pick({
  holdSeconds: true,
  cycles: true,
  setupSeconds: true,
  switchExtraSeconds: true,
  getSetSeconds: true,
  waitForPosition: true,
  stretches: true,
});
export type PlanOptions = z.infer<typeof PlanOptionsSchema>;

/** Dotted path into the options, e.g. "stretches.2"; empty for the options as a whole. */
export type PlanOptionsError = FieldError;

export type PlanOptionsValidation =
  { ok: true; options: PlanOptions } | { ok: false; errors: PlanOptionsError[] };

type IssueForMessage = Parameters<z.core.$ZodErrorMap>[0];

/** Messages for the cases the schema leaves to zod's generic wording (types, unknown ids). */
function describeIssue(issue: IssueForMessage): string | undefined {
  const path = issue.path ?? [];
  const field = typeof path[0] === 'string' ? path[0] : undefined;
  const label = field === undefined ? 'Plan options' : fieldLabel(`routine.${field}`);
  if (issue.code === 'invalid_type') {
    if (path.length === 0) return 'Plan options must be an object.';
    if (issue.input === undefined) return `${label} is missing.`;
    if (issue.expected === 'int') return `${label} must be a whole number.`;
    if (issue.expected === 'array') return 'The list of stretches must be a list of stretch ids.';
    return `${label} must be a number.`;
  }
  if (issue.code === 'invalid_value' && field === 'stretches') {
    return `Unknown stretch "${String(issue.input)}"; choose from ${STRETCH_IDS.join(', ')}.`;
  }
  return undefined;
}

/**
 * The settings schema's own messages are codes the windows word for people (settings/error-text);
 * these errors are for the code that builds plans, so they are put plainly here.
 */
function developerMessage(issue: z.core.$ZodIssue): string {
  // "10 seconds", "1 cycle": the unit the settings schema gives the field.
  const limit = (value: unknown) => {
    const unit = numberUnit(`routine.${String(issue.path[0])}`) ?? '';
    return `${String(value)} ${Number(value) === 1 ? unit.replace(/s$/, '') : unit}`.trim();
  };
  switch (issue.message) {
    case 'atLeast':
      return `At least ${limit('minimum' in issue ? issue.minimum : '?')}.`;
    case 'atMost':
      return `At most ${limit('maximum' in issue ? issue.maximum : '?')}.`;
    case 'noStretch':
      return 'Choose at least one stretch.';
    case 'stretchTwice':
      return 'Each stretch can appear only once.';
    default:
      return issue.message;
  }
}

export function validatePlanOptions(input: unknown): PlanOptionsValidation {
  const parsed = PlanOptionsSchema.safeParse(input, { error: describeIssue });
  if (parsed.success) return { ok: true, options: parsed.data };
  const issues = parsed.error.issues.map((issue) => ({
    ...issue,
    message: developerMessage(issue),
  }));
  return { ok: false, errors: toFieldErrors(issues) };
}

/** The plan options that a user's routine settings ask for. */
export function planOptionsFromSettings(settings: RoutineSettings): PlanOptions {
  const { holdSeconds, cycles, setupSeconds, switchExtraSeconds, getSetSeconds } = settings;
  return {
    holdSeconds,
    cycles,
    setupSeconds,
    switchExtraSeconds,
    getSetSeconds,
    waitForPosition: settings.waitForPosition,
    stretches: [...settings.stretches],
  };
}

/** However much the setting takes off, a switch leaves this long to ease out and change legs. */
export const MIN_SWITCH_SECONDS = 3;
/** A stretch without a switch time of its own in the catalogue switches in this long. */
export const DEFAULT_SWITCH_SECONDS = 10;

/** Seconds to switch legs in this stretch: its own time, lengthened or shortened by the setting. */
export function switchSecondsFor(stretch: Stretch, extraSeconds: number): number {
  return Math.max(
    MIN_SWITCH_SECONDS,
    (stretch.switchSeconds ?? DEFAULT_SWITCH_SECONDS) + extraSeconds,
  );
}

/**
 * Turns options into the ordered steps the player runs. For each stretch: a set-up step, then
 * (when set-ups wait for the person) a get-set count, then its holds. A sided stretch holds left
 * then right for each cycle, with a switch step between any two consecutive holds (L, switch, R,
 * switch, L, switch, R), each switch as long as that stretch's own switch time plus the extra
 * seconds of the options. A two-sided stretch is held once: cycles do not apply to it. The last
 * step is always `done`.
 */
export function buildPlan(catalogue: readonly Stretch[], options: PlanOptions): RoutinePlan {
  const checked = validatePlanOptions(options);
  if (!checked.ok) {
    const details = checked.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
    throw new Error(`Cannot build a routine plan: ${details.join('; ')}`);
  }
  const { holdSeconds, cycles, setupSeconds, switchExtraSeconds, getSetSeconds } = checked.options;
  const stretches = checked.options.stretches.map((id) => {
    const stretch = catalogue.find((s) => s.id === id);
    if (!stretch) throw new Error(`Cannot build a routine plan: "${id}" is not in the catalogue.`);
    return stretch;
  });

  const steps: PlanStep[] = [];
  let holdNumber = 0;
  for (const stretch of stretches) {
    const stretchId = stretch.id;
    const sides: (Side | null)[] = stretch.sided ? ['left', 'right'] : [null];
    const rounds = stretch.sided ? cycles : 1;
    steps.push({
      kind: 'setup',
      stretchId,
      side: sides[0] ?? null,
      durationMs: setupSeconds * SECOND_MS,
    });
    if (checked.options.waitForPosition) {
      steps.push({
        kind: 'get-set',
        stretchId,
        side: sides[0] ?? null,
        durationMs: getSetSeconds * SECOND_MS,
      });
    }
    const switchMs = switchSecondsFor(stretch, switchExtraSeconds) * SECOND_MS;
    for (let cycle = 1; cycle <= rounds; cycle++) {
      sides.forEach((side) => {
        const previous = steps[steps.length - 1];
        if (side !== null && previous?.kind === 'hold' && previous.side !== null) {
          steps.push({
            kind: 'switch',
            stretchId,
            from: previous.side,
            to: side,
            durationMs: switchMs,
          });
        }
        holdNumber += 1;
        steps.push({
          kind: 'hold',
          stretchId,
          side,
          durationMs: holdSeconds * SECOND_MS,
          holdNumber,
          cycle,
        });
      });
    }
  }
  steps.push({ kind: 'done' });

  let totalMs = 0;
  let holdMs = 0;
  for (const step of steps) {
    if (step.kind === 'done') continue;
    totalMs += step.durationMs;
    if (step.kind === 'hold') holdMs += step.durationMs;
  }
  return { steps, stretches, holdCount: holdNumber, totalMs, holdMs };
}

/**
 * The routine the user's settings ask for, from the built-in catalogue. Every part of Unsit
 * that needs the plan (the routine window's session, the reminder text, the tray's commands,
 * the simulator, the settings window's length line) builds it here.
 */
export function planForSettings(settings: Pick<Settings, 'routine'>): RoutinePlan {
  return buildPlan(CATALOGUE, planOptionsFromSettings(settings.routine));
}

/** The stretch a quick break plays: it needs no mat and no change of clothes. */
export const QUICK_STRETCH: StretchId = 'standing-quad';

/**
 * The plan for a break of either kind. 'full' is the user's routine (`planForSettings`); 'quick'
 * is the standing quad stretch alone, one cycle (left, then right), with the user's hold,
 * set-up, get-set and switch lengths, whether or not their routine includes that stretch.
 */
export function planForBreak(settings: Pick<Settings, 'routine'>, kind: BreakKind): RoutinePlan {
  if (kind === 'full') return planForSettings(settings);
  return buildPlan(CATALOGUE, {
    ...planOptionsFromSettings(settings.routine),
    cycles: 1,
    stretches: [QUICK_STRETCH],
  });
}

export { describePlanLength } from './length';
