import type { RoutineResult } from '../../../../electron/core/ipc/contract';
import type { PlanStep, Side, Stretch } from '../../../../electron/core/routine/types';

/**
 * ready: not started; playing / paused: in the routine; waiting: a set-up waits for the user
 * to say they are in position (nothing is timed meanwhile); finished: ran to the end;
 * ended: the user stopped early.
 */
export type PlayerStatus = 'ready' | 'playing' | 'waiting' | 'paused' | 'finished' | 'ended';

export interface PlayerOptions {
  /** Each set-up waits for inPosition() instead of running out on its timer. */
  waitForPosition?: boolean;
}

/** What the routine screen shows at one moment. */
export interface PlayerSnapshot {
  status: PlayerStatus;
  stepIndex: number;
  step: PlanStep;
  /** The stretch of the current step; null on the done step. */
  stretch: Stretch | null;
  /** Side of the current step; for a switch the side being switched to; null if two-sided. */
  side: Side | null;
  /** Time left in the current step (its full length while waiting). */
  remainingMs: number;
  stepDurationMs: number;
  /** 0..1 of the total planned time (pauses do not count). */
  progress: number;
  /** Holds held to their end. */
  holdsDone: number;
  /** Which holds (by holdNumber, ascending) were held to their end. */
  completedHoldNumbers: readonly number[];
  /** The hold shown as "hold N of M": the current one, or the next one during set-up/switch. */
  holdNumber: number;
  holdCount: number;
  /** Planned time left in the whole routine, the current step included. */
  timeLeftMs: number;
  /** Wall time since start, pauses and waits included; frozen once finished or ended. */
  elapsedMs: number;
}

export interface PlayerEvents {
  /** A new step begins, a waiting set-up too (not sent for the done step: see `finished`). */
  step: { stepIndex: number; step: PlanStep };
  /** The last three whole seconds of a hold or a get-set count: 3, 2, 1, each at most once. */
  countdown: { secondsLeft: number; stepIndex: number };
  finished: RoutineResult;
  ended: RoutineResult;
}

export interface NextChangeOptions {
  /** 'second' also wakes at each whole-second change of the countdown. Default 'step'. */
  precision?: 'step' | 'second';
}

export interface Player {
  start(): void;
  pause(): void;
  resume(): void;
  /** The user is in position: a waiting set-up ends and the hold after it starts now. */
  inPosition(): void;
  /** Skip to the next step; skipping past the last one finishes the routine. */
  next(): void;
  /**
   * Within the first 2 s of a step, go back to the step before it; later, restart the current
   * step from its full length (like a music player's previous button).
   */
  previous(): void;
  /** Stop early. */
  end(): void;
  /** Advance through every step whose deadline has passed; call when the UI timer fires. */
  update(): void;
  /** Ms until update() has something to do; null when nothing is timed (not playing). */
  msUntilNextChange(options?: NextChangeOptions): number | null;
  snapshot(): PlayerSnapshot;
  /** The outcome so far; once finished or ended it no longer changes. */
  result(): RoutineResult;
  on<K extends keyof PlayerEvents>(event: K, fn: (payload: PlayerEvents[K]) => void): () => void;
}
