import type { z } from 'zod';
import { fieldLabel } from '../settings/labels';
import { RoutineSettingsSchema, type RoutineSettings, type Settings } from '../settings/schema';
import type { BreakKind } from './types';
import { CATALOGUE } from './catalogue';
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
  switchSeconds: true,
  stretches: true,
});
export type PlanOptions = z.infer<typeof PlanOptionsSchema>;

export interface PlanOptionsError {
  /** Dotted path into the options, e.g. "stretches.2"; empty for the options as a whole. */
  path: string;
  message: string;
}

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

export function validatePlanOptions(input: unknown): PlanOptionsValidation {
  const parsed = PlanOptionsSchema.safeParse(input, { error: describeIssue });
  if (parsed.success) return { ok: true, options: parsed.data };
  return {
    ok: false,
    errors: parsed.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}

/** The plan options that a user's routine settings ask for. */
export function planOptionsFromSettings(settings: RoutineSettings): PlanOptions {
  const { holdSeconds, cycles, setupSeconds, switchSeconds, stretches } = settings;
  return { holdSeconds, cycles, setupSeconds, switchSeconds, stretches: [...stretches] };
}

const SECOND = 1000;

/**
 * Turns options into the ordered steps the player runs. For each stretch: a set-up step, then
 * its holds. A sided stretch holds left then right for each cycle, with a switch step between
 * any two consecutive holds (L, switch, R, switch, L, switch, R). A two-sided stretch is held
 * once: cycles do not apply to it. The last step is always `done`.
 */
export function buildPlan(catalogue: readonly Stretch[], options: PlanOptions): RoutinePlan {
  const checked = validatePlanOptions(options);
  if (!checked.ok) {
    const details = checked.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message));
    throw new Error(`Cannot build a routine plan: ${details.join('; ')}`);
  }
  const { holdSeconds, cycles, setupSeconds, switchSeconds } = checked.options;
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
      durationMs: setupSeconds * SECOND,
    });
    for (let cycle = 1; cycle <= rounds; cycle++) {
      sides.forEach((side) => {
        const previous = steps[steps.length - 1];
        if (side !== null && previous?.kind === 'hold' && previous.side !== null) {
          steps.push({
            kind: 'switch',
            stretchId,
            from: previous.side,
            to: side,
            durationMs: switchSeconds * SECOND,
          });
        }
        holdNumber += 1;
        steps.push({
          kind: 'hold',
          stretchId,
          side,
          durationMs: holdSeconds * SECOND,
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
 * is the standing quad stretch alone, one cycle (left, then right), with the user's hold, set-up
 * and switch lengths, whether or not their routine includes that stretch.
 */
export function planForBreak(settings: Pick<Settings, 'routine'>, kind: BreakKind): RoutinePlan {
  if (kind === 'full') return planForSettings(settings);
  const { holdSeconds, setupSeconds, switchSeconds } = settings.routine;
  return buildPlan(CATALOGUE, {
    holdSeconds,
    cycles: 1,
    setupSeconds,
    switchSeconds,
    stretches: [QUICK_STRETCH],
  });
}

export { describePlanLength } from './length';
