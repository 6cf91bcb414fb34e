import type { RoutineResult } from '../../../../electron/core/ipc/contract';
import type { PlanStep, RoutinePlan } from '../../../../electron/core/routine/types';
import type { MonotonicClock } from '../../../../electron/core/time/clock';
import { DAY_MS, SECOND_MS } from '../../../../electron/core/time/units';
import { createListenerRegistry } from './listeners';
import type {
  Player,
  PlayerEvents,
  PlayerOptions,
  PlayerSnapshot,
  PlayerStatus,
} from './player-types';
import { msUntilNextWholeSecond, wholeSecondsLeft } from './time-format';
import { buildStepFacts, durationOf, sideOf } from './step-facts';

export type * from './player-types';

/** previous() inside this much of a step goes to the step before; later it restarts the step. */
export const GO_BACK_WINDOW_MS = 2000;
const COUNTDOWN_FROM = 3;
/** Steps whose last seconds are counted aloud and ticked: the get-set count and the holds. */
const COUNTED_DOWN: ReadonlySet<PlanStep['kind']> = new Set(['get-set', 'hold']);
/** The result schema accepts at most a day. */
const MAX_RESULT_MS = DAY_MS;
const DONE: PlanStep = { kind: 'done' };

type Emission = () => void;

/**
 * A routine player driven by absolute deadlines on a monotonic clock. It owns no timer: the UI
 * asks `msUntilNextChange()`, sets one timeout, and calls `update()` when it fires. A late
 * `update()` catches up through every step that ended, chaining each deadline from the one
 * before, so a throttled or sleeping page never stretches a hold.
 *
 * Countdown events (holds and get-set counts): when `update()` runs late inside the last seconds, only the
 * number currently showing is sent (a stale "3" is dropped rather than ticked in a burst).
 * After a catch-up through several steps, one `step` event announces the step now playing.
 *
 * With `waitForPosition`, a set-up has no deadline: the player waits (status 'waiting') until
 * `inPosition()`, and the hold after it starts from that moment with its full length. A
 * catch-up stops at such a set-up, so time away never runs through one.
 */
export function createPlayer(
  plan: RoutinePlan,
  clock: MonotonicClock,
  options: PlayerOptions = {},
): Player {
  if (plan.steps[plan.steps.length - 1]?.kind !== 'done') {
    throw new Error('A routine plan must end with a done step.');
  }
  const facts = buildStepFacts(plan);
  const listeners = createListenerRegistry<PlayerEvents>();
  const completedHolds = new Set<number>();
  let status: PlayerStatus = 'ready';
  let stepIndex = 0;
  /** Monotonic time the current step ends; meaningful while playing. */
  let deadline = 0;
  /** Time left in the current step; meaningful while not playing. */
  let frozenRemainingMs = durationOf(plan.steps[0]);
  let startedAt: number | null = null;
  let stoppedAt: number | null = null;
  let lowestCountdownSent = Infinity;

  const currentStep = (): PlanStep => plan.steps[stepIndex] ?? DONE;

  const remainingAt = (now: number): number => {
    if (status !== 'playing') return frozenRemainingMs;
    return Math.min(durationOf(currentStep()), Math.max(0, deadline - now));
  };

  /** Runs a change, then sends the events it queued, so listeners see the settled state. */
  const act = (change: (now: number, queue: Emission[]) => void): void => {
    const queue: Emission[] = [];
    change(clock.now(), queue);
    for (const emit of queue) emit();
  };

  const result = (): RoutineResult => {
    const end = stoppedAt ?? clock.now();
    const duration = startedAt === null ? 0 : Math.round(end - startedAt);
    return {
      outcome: status === 'finished' ? 'completed' : 'ended-early',
      holdsDone: completedHolds.size,
      holdCount: plan.holdCount,
      durationMs: Math.min(MAX_RESULT_MS, Math.max(0, duration)),
    };
  };

  const waitsHere = (): boolean =>
    options.waitForPosition === true && currentStep().kind === 'setup';

  /** Makes `index` the current step, starting at `startAt` (a deadline or now). */
  const enterStep = (index: number, startAt: number, queue: Emission[]): void => {
    stepIndex = Math.max(0, Math.min(index, plan.steps.length - 1));
    lowestCountdownSent = Infinity;
    const step = currentStep();
    if (step.kind === 'done') {
      status = 'finished';
      stoppedAt = startAt;
      frozenRemainingMs = 0;
      const finished = result();
      queue.push(() => listeners.emit('finished', finished));
      return;
    }
    if (status === 'waiting') status = 'playing';
    if (status === 'playing' && waitsHere()) status = 'waiting';
    if (status === 'playing') deadline = startAt + step.durationMs;
    else frozenRemainingMs = step.durationMs;
  };

  const announceStep = (queue: Emission[]): void => {
    const payload = { stepIndex, step: currentStep() };
    queue.push(() => listeners.emit('step', payload));
  };

  const inRoutine = (): boolean =>
    status === 'playing' || status === 'paused' || status === 'waiting';

  /** Moves on user request; the step starts with its full length. */
  const moveTo = (index: number, now: number, queue: Emission[]): void => {
    enterStep(index, now, queue);
    if (inRoutine()) announceStep(queue);
  };

  /** The countdown second not sent yet for this hold or get-set count, if any remains. */
  const pendingCountdownSecond = (): number | null => {
    const step = currentStep();
    if (step.kind === 'done' || !COUNTED_DOWN.has(step.kind)) return null;
    const longest = Math.ceil(step.durationMs / SECOND_MS) - 1;
    const second = Math.min(COUNTDOWN_FROM, lowestCountdownSent - 1, longest);
    return second >= 1 ? second : null;
  };

  const queueCountdown = (now: number, queue: Emission[]): void => {
    const pending = pendingCountdownSecond();
    if (pending === null) return;
    const showing = wholeSecondsLeft(deadline - now);
    if (showing < 1 || showing > pending) return;
    lowestCountdownSent = showing;
    const payload = { secondsLeft: showing, stepIndex };
    queue.push(() => listeners.emit('countdown', payload));
  };

  const advance = (now: number, queue: Emission[]): void => {
    if (status !== 'playing') return;
    let moved = false;
    while (status === 'playing' && now >= deadline) {
      const step = currentStep();
      if (step.kind === 'hold') completedHolds.add(step.holdNumber);
      enterStep(stepIndex + 1, deadline, queue);
      moved = true;
    }
    if (moved && inRoutine()) announceStep(queue);
    if (status === 'playing') queueCountdown(now, queue);
  };

  return {
    start() {
      act((now, queue) => {
        if (status !== 'ready') return;
        startedAt = now;
        status = 'playing';
        moveTo(0, now, queue);
      });
    },

    pause() {
      act((now, queue) => {
        advance(now, queue);
        if (status !== 'playing') return;
        frozenRemainingMs = deadline - now;
        status = 'paused';
      });
    },

    resume() {
      act((now) => {
        if (status !== 'paused') return;
        // A set-up reached while paused (with Previous or Next) waits once resumed.
        if (waitsHere()) {
          status = 'waiting';
          return;
        }
        status = 'playing';
        deadline = now + frozenRemainingMs;
      });
    },

    inPosition() {
      act((now, queue) => {
        if (status !== 'waiting') return;
        moveTo(stepIndex + 1, now, queue);
      });
    },

    next() {
      act((now, queue) => {
        if (!inRoutine()) return;
        const step = currentStep();
        if (step.kind === 'hold' && remainingAt(now) === 0) completedHolds.add(step.holdNumber);
        moveTo(stepIndex + 1, now, queue);
      });
    },

    previous() {
      act((now, queue) => {
        if (!inRoutine()) return;
        const elapsedInStep = durationOf(currentStep()) - remainingAt(now);
        const goBack = elapsedInStep < GO_BACK_WINDOW_MS && stepIndex > 0;
        moveTo(goBack ? stepIndex - 1 : stepIndex, now, queue);
      });
    },

    end() {
      act((now, queue) => {
        advance(now, queue);
        if (status === 'finished' || status === 'ended') return;
        frozenRemainingMs = remainingAt(now);
        startedAt ??= now;
        stoppedAt = now;
        status = 'ended';
        const ended = result();
        queue.push(() => listeners.emit('ended', ended));
      });
    },

    update() {
      act(advance);
    },

    msUntilNextChange(options = {}) {
      if (status !== 'playing') return null;
      const now = clock.now();
      let wait = deadline - now;
      const countdownSecond = pendingCountdownSecond();
      if (countdownSecond !== null)
        wait = Math.min(wait, deadline - countdownSecond * SECOND_MS - now);
      if (options.precision === 'second') {
        wait = Math.min(wait, msUntilNextWholeSecond(deadline - now));
      }
      return Math.max(0, wait);
    },

    snapshot(): PlayerSnapshot {
      const now = clock.now();
      const step = currentStep();
      const stepDurationMs = durationOf(step);
      const remainingMs = remainingAt(now);
      const plannedElapsed = (facts.startOffsetMs[stepIndex] ?? 0) + stepDurationMs - remainingMs;
      const stretchId = step.kind === 'done' ? null : step.stretchId;
      return {
        status,
        stepIndex,
        step,
        stretch: plan.stretches.find((s) => s.id === stretchId) ?? null,
        side: sideOf(step),
        remainingMs,
        stepDurationMs,
        progress:
          status === 'finished' || plan.totalMs <= 0
            ? 1
            : Math.min(1, plannedElapsed / plan.totalMs),
        holdsDone: completedHolds.size,
        completedHoldNumbers: [...completedHolds].sort((a, b) => a - b),
        holdNumber: facts.displayHoldNumber[stepIndex] ?? plan.holdCount,
        holdCount: plan.holdCount,
        timeLeftMs: Math.max(0, plan.totalMs - plannedElapsed),
        elapsedMs: startedAt === null ? 0 : (stoppedAt ?? now) - startedAt,
      };
    },

    result,

    on(event, fn) {
      return listeners.on(event, fn);
    },
  };
}
