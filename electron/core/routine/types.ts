/**
 * Which leg gets the stretch in a sided stretch. Steps of a stretch done with both legs at once
 * (the butterfly) have no side: their `side` is null.
 */
export type Side = 'left' | 'right';

export type StretchId = 'kneeling-lunge' | 'kneeling-side' | 'butterfly' | 'standing-quad';

export const STRETCH_IDS: readonly StretchId[] = [
  'kneeling-lunge',
  'kneeling-side',
  'butterfly',
  'standing-quad',
];

/**
 * One stretch of the catalogue: what the plan and the player need. Its words (name, set-up,
 * cues, key cue, safety line, leg roles) are messages `stretch.<id>.…` of the catalogue of
 * the chosen language; `stretchWords` in `stretch-words.ts` reads them.
 */
export interface Stretch {
  id: StretchId;
  /** How many set-up lines (`stretch.<id>.setup1`…) and cue lines (`….cue1`…) it has. */
  setupLines: number;
  cueLines: number;
  /** True when it is done once per leg (left, then right). */
  sided: boolean;
  /**
   * For sided stretches: the default seconds to ease out and switch legs. The routine setting
   * "switch time" lengthens or shortens every stretch's by the same number of seconds.
   */
  switchSeconds?: number;
}

export interface SetupStep {
  kind: 'setup';
  stretchId: StretchId;
  /** Side of the first hold that follows, or null for a two-sided stretch. */
  side: Side | null;
  durationMs: number;
}

/**
 * The count between "I'm in position" and the hold, while the person gets down onto the mat or
 * takes hold of the desk; only in plans whose set-ups wait for the person.
 */
export interface GetSetStep {
  kind: 'get-set';
  stretchId: StretchId;
  side: Side | null;
  durationMs: number;
}

export interface HoldStep {
  kind: 'hold';
  stretchId: StretchId;
  side: Side | null;
  durationMs: number;
  /** 1-based number of this hold in the whole routine ("hold 5 of 13"). */
  holdNumber: number;
  /** 1-based cycle of this stretch (a cycle is left then right). */
  cycle: number;
}

export interface SwitchStep {
  kind: 'switch';
  stretchId: StretchId;
  from: Side;
  to: Side;
  durationMs: number;
}

export type TimedStep = SetupStep | GetSetStep | HoldStep | SwitchStep;

export interface DoneStep {
  kind: 'done';
}

export type PlanStep = TimedStep | DoneStep;

export interface RoutinePlan {
  /** Ordered steps; the last one is always `done`. */
  steps: readonly PlanStep[];
  /** The stretches the plan uses, in order, with their text. */
  stretches: readonly Stretch[];
  holdCount: number;
  /** Sum of every timed step. */
  totalMs: number;
  /** Sum of the holds alone. */
  holdMs: number;
}

/** The two routines a break can be: the standing quad stretch alone, or the whole routine. */
export const BREAK_KINDS = ['quick', 'full'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];
