// Shared set-up for the player suites: a fake monotonic clock and two small plans.
import { CATALOGUE } from '../../../../../electron/core/routine/catalogue';
import { buildPlan, type PlanOptions } from '../../../../../electron/core/routine/plan';
import type { RoutinePlan } from '../../../../../electron/core/routine/types';
import {
  createPlayer,
  type Player,
  type PlayerOptions,
} from '../../../../../renderer/src/routine/playback/player';

export const START = 5_000_000;

export function fakeClock() {
  let t = START;
  return {
    now: () => t,
    advance(ms: number) {
      t += ms;
    },
    /** Sets the time relative to START. */
    at(ms: number) {
      t = START + ms;
    },
  };
}

export const prescription: PlanOptions = {
  holdSeconds: 30,
  cycles: 2,
  setupSeconds: 15,
  switchExtraSeconds: 0,
  getSetSeconds: 8,
  waitForPosition: false,
  stretches: ['kneeling-lunge', 'kneeling-side', 'butterfly', 'standing-quad'],
};
/** Set-up 0-5 s, left hold 5-15 s, switch 15-18 s, right hold 18-28 s, then done. */
export const short: PlanOptions = {
  holdSeconds: 10,
  cycles: 1,
  setupSeconds: 5,
  switchExtraSeconds: -7,
  getSetSeconds: 3,
  waitForPosition: false,
  stretches: ['kneeling-lunge'],
};

export function setup(options: PlanOptions, playerOptions: PlayerOptions = {}) {
  const clock = fakeClock();
  const plan: RoutinePlan = buildPlan(CATALOGUE, options);
  const player = createPlayer(plan, clock, playerOptions);
  const events: string[] = [];
  player.on('step', ({ stepIndex, step }) => events.push(`step ${stepIndex} ${step.kind}`));
  player.on('countdown', ({ secondsLeft }) => events.push(`countdown ${secondsLeft}`));
  player.on('finished', (r) => events.push(`finished ${r.holdsDone}`));
  player.on('ended', (r) => events.push(`ended ${r.holdsDone}`));
  return { clock, plan, player, events };
}

/** Plays like the UI does: one timeout to the next change, then update(). */
export function playToEnd(player: Player, clock: ReturnType<typeof fakeClock>) {
  for (let guard = 0; guard < 1000; guard++) {
    const wait = player.msUntilNextChange();
    if (wait === null) return;
    clock.advance(wait);
    player.update();
  }
  throw new Error('player never stopped');
}
