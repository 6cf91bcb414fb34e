// The routine window's player controller: what the person on the mat sees, hears and gets
// recorded. Compiled by the Svelte plugin (the `runes` project in vitest.config.ts). The
// controller's clock reads the fake timers' time, so its one timeout and the clock move together;
// `vi.setSystemTime` moves the clock alone, as a throttled or sleeping page sees it.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CATALOGUE } from '../../../../electron/core/routine/catalogue';
import { buildPlan, type PlanOptions } from '../../../../electron/core/routine/plan';
import type { PlanStep } from '../../../../electron/core/routine/types';
import { Announcer } from '../../../../renderer/src/lib/announcer.svelte';
import type { Cues } from '../../../../renderer/src/routine/cues/cues';
import {
  PlayerController,
  type RoutineOutcome,
} from '../../../../renderer/src/routine/player-controller.svelte';
import { english } from '../../../english';

/**
 * Lunge: set-up 0-5 s, left hold 5-15 s, switch 15-18 s, right hold 18-28 s; butterfly: set-up
 * 28-33 s, hold 33-43 s; done at 43 s.
 */
const twoStretches: PlanOptions = {
  holdSeconds: 10,
  cycles: 1,
  setupSeconds: 5,
  switchExtraSeconds: -7,
  getSetSeconds: 4,
  waitForPosition: false,
  stretches: ['kneeling-lunge', 'butterfly'],
};
const S = 1000;

const kindOf = (step: PlanStep | null): string => step?.kind ?? 'none';

function play(options: PlanOptions = twoStretches) {
  const cues: string[] = [];
  const fakeCues: Cues = {
    prime: () => cues.push('prime'),
    stepStarted: (previous, step) => cues.push(`${kindOf(previous)}>${step.kind}`),
    countdown: (secondsLeft) => cues.push(`tick ${secondsLeft}`),
    finished: () => cues.push('finished'),
    stop: () => cues.push('stop'),
  };
  const announcer = new Announcer();
  const said: string[] = [];
  const say = announcer.say.bind(announcer);
  vi.spyOn(announcer, 'say').mockImplementation((text) => {
    said.push(text);
    say(text);
  });
  const stops: RoutineOutcome[] = [];
  const controller = new PlayerController({
    plan: buildPlan(CATALOGUE, options),
    waitForPosition: options.waitForPosition,
    cues: fakeCues,
    announcer,
    onStop: (outcome) => stops.push(outcome),
    words: () => english,
    clock: { now: () => Date.now() },
  });
  return { controller, cues, said, announcer, stops };
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.setSystemTime(1_000_000);
});
afterEach(() => {
  vi.useRealTimers();
});

describe('playing through', () => {
  it('moves through every step on its own timer and reports the result once, at the end', () => {
    const { controller, cues, stops } = play();
    controller.start();
    expect(cues[0]).toBe('prime'); // inside the Start click, so sound may play
    expect(controller.snapshot).toMatchObject({ status: 'playing', stepIndex: 0 });
    expect(controller.snapshot.step.kind).toBe('setup');

    vi.advanceTimersByTime(5 * S);
    expect(controller.snapshot.step).toMatchObject({ kind: 'hold', side: 'left' });
    expect(controller.snapshot.remainingMs).toBe(10 * S);
    vi.advanceTimersByTime(10 * S);
    expect(controller.snapshot.step).toMatchObject({ kind: 'switch', to: 'right' });
    expect(controller.snapshot.side).toBe('right');
    vi.advanceTimersByTime(3 * S);
    expect(controller.snapshot.step).toMatchObject({ kind: 'hold', side: 'right' });
    expect(stops).toEqual([]);

    vi.advanceTimersByTime(25 * S);
    expect(controller.snapshot.status).toBe('finished');
    expect(stops).toHaveLength(1);
    expect(stops[0]?.result).toMatchObject({
      outcome: 'completed',
      holdsDone: 3,
      holdCount: 3,
      durationMs: 43 * S,
    });
    expect(stops[0]?.stretchesDone).toEqual(['kneeling-lunge', 'butterfly']);
    expect(cues.filter((c) => c === 'finished')).toHaveLength(1);
    expect(cues.filter((c) => c.includes('>'))).toEqual([
      'none>setup',
      'setup>hold',
      'hold>switch',
      'switch>hold',
      'hold>setup',
      'setup>hold',
    ]); // the end has its own cue, 'finished'

    vi.advanceTimersByTime(60 * S);
    controller.end();
    controller.update();
    expect(stops).toHaveLength(1); // a finished routine is never reported again
    expect(vi.getTimerCount()).toBe(0); // and nothing keeps waking the page
  });

  it('counts the last three seconds of a hold aloud, each on its second', () => {
    const { controller, cues, said } = play();
    controller.start();
    vi.advanceTimersByTime(5 * S); // the left hold starts
    said.length = 0;
    cues.length = 0;
    vi.advanceTimersByTime(7 * S - 1);
    expect(said).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(said).toEqual(['3']);
    expect(controller.snapshot.remainingMs).toBe(3 * S);
    vi.advanceTimersByTime(S);
    expect(said).toEqual(['3', '2']);
    vi.advanceTimersByTime(S);
    expect(said).toEqual(['3', '2', '1']);
    expect(cues).toEqual(['tick 3', 'tick 2', 'tick 1']);
    vi.advanceTimersByTime(S);
    expect(said[3]).toMatch(/^Ease out and switch legs\. Right leg next/);
  });

  it('the time shown counts down by the second, without anything else waking the page', () => {
    const { controller } = play();
    controller.start();
    vi.advanceTimersByTime(5 * S); // the left hold starts
    const shown: number[] = [];
    for (let second = 1; second <= 4; second++) {
      vi.advanceTimersByTime(S);
      shown.push(controller.snapshot.remainingMs);
    }
    expect(shown).toEqual([9 * S, 8 * S, 7 * S, 6 * S]);
  });

  it('tells a screen reader what each step is, once per step', () => {
    const { controller, said } = play();
    controller.start();
    vi.advanceTimersByTime(5 * S);
    const steps = said.filter((text) => !/^\d$/.test(text));
    expect(steps).toHaveLength(2);
    expect(steps[0]).toMatch(/^Get ready: .+5 seconds to get into position\.$/);
    expect(steps[1]).toBe('Left leg: hold 10 seconds. Hold 1 of 3.');
  });
});

describe('the controls', () => {
  it('pause stops the clock where it stood, and resume carries on from there', () => {
    const { controller, said } = play();
    controller.start();
    vi.advanceTimersByTime(8 * S); // 3 s into the left hold
    controller.pause();
    expect(said.at(-1)).toBe('Paused.');
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(10 * 60 * S);
    expect(controller.snapshot).toMatchObject({ status: 'paused', remainingMs: 7 * S });
    expect(controller.snapshot.step.kind).toBe('hold');

    controller.togglePause();
    expect(said.at(-1)).toBe('Going again.');
    vi.advanceTimersByTime(7 * S - 1);
    expect(controller.snapshot.step.kind).toBe('hold');
    vi.advanceTimersByTime(1);
    expect(controller.snapshot.step.kind).toBe('switch');
    expect(controller.snapshot.holdsDone).toBe(1);
  });

  it('a skipped hold is not counted, and a stretch with a skipped hold is not reported done', () => {
    const { controller, stops } = play();
    controller.start();
    vi.advanceTimersByTime(6 * S); // 1 s into the left hold
    controller.next();
    expect(controller.snapshot.step.kind).toBe('switch');
    expect(controller.snapshot.remainingMs).toBe(3 * S); // a skip starts the next step in full
    vi.advanceTimersByTime(60 * S);
    expect(stops).toHaveLength(1);
    expect(stops[0]?.result).toMatchObject({ outcome: 'completed', holdsDone: 2 });
    expect(stops[0]?.stretchesDone).toEqual(['butterfly']);
  });

  it('previous restarts the step that just began from the one before it', () => {
    const { controller } = play();
    controller.start();
    vi.advanceTimersByTime(15 * S + 500); // half a second into the switch
    controller.previous();
    expect(controller.snapshot.step).toMatchObject({ kind: 'hold', side: 'left' });
    expect(controller.snapshot.remainingMs).toBe(10 * S);
  });

  it('end stops the routine early and reports what was held, once', () => {
    const { controller, stops, announcer } = play();
    controller.start();
    vi.advanceTimersByTime(20 * S); // the left hold done, 2 s into the right
    controller.end();
    expect(controller.snapshot.status).toBe('ended');
    expect(announcer.message).toBe(''); // nothing stale left in the live region
    expect(stops).toHaveLength(1);
    expect(stops[0]?.result).toMatchObject({
      outcome: 'ended-early',
      holdsDone: 1,
      durationMs: 20 * S,
    });
    expect(stops[0]?.stretchesDone).toEqual([]);
    controller.end();
    controller.next();
    vi.advanceTimersByTime(60 * S);
    expect(stops).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('closing the window stops its timer and silences the cues', () => {
    const { controller, cues, stops } = play();
    controller.start();
    vi.advanceTimersByTime(2 * S);
    controller.dispose();
    expect(cues.at(-1)).toBe('stop');
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(60 * S);
    expect(controller.snapshot.step.kind).toBe('setup');
    expect(stops).toEqual([]);
  });
});

describe('waiting for position and the get-set count', () => {
  const waiting: PlanOptions = { ...twoStretches, waitForPosition: true };

  it('a set-up waits for "I\'m in position", then the get-set count runs before the hold', () => {
    const { controller, said, cues } = play(waiting);
    controller.start();
    expect(controller.snapshot.status).toBe('waiting');
    expect(said.at(-1)).toMatch(/Press Space or Enter when you are in position\.$/);
    expect(vi.getTimerCount()).toBe(0);
    vi.advanceTimersByTime(5 * 60 * S);
    expect(controller.snapshot).toMatchObject({ status: 'waiting', stepIndex: 0 });

    controller.inPosition();
    expect(controller.snapshot.status).toBe('playing');
    expect(controller.snapshot.step).toMatchObject({ kind: 'get-set', durationMs: 4 * S });
    expect(said.at(-1)).toMatch(/The hold starts in 4 seconds\.$/);
    said.length = 0;
    cues.length = 0;
    vi.advanceTimersByTime(4 * S - 1);
    expect(said).toEqual(['3', '2', '1']);
    expect(cues).toEqual(['tick 3', 'tick 2', 'tick 1']);
    vi.advanceTimersByTime(1);
    expect(controller.snapshot.step).toMatchObject({ kind: 'hold', side: 'left' });
    expect(controller.snapshot.remainingMs).toBe(10 * S); // the hold starts in full
    expect(cues.at(-1)).toBe('get-set>hold');
  });

  it("the next stretch's set-up waits again, however long the page was away", () => {
    const { controller } = play(waiting);
    controller.start();
    controller.inPosition();
    vi.setSystemTime(Date.now() + 60 * 60 * S); // the page slept for an hour
    controller.update();
    expect(controller.snapshot.status).toBe('waiting');
    expect(controller.snapshot.step).toMatchObject({ kind: 'setup', stretchId: 'butterfly' });
    expect(controller.snapshot.holdsDone).toBe(2);
  });
});

describe('coming back to the window', () => {
  /** A window and document that only dispatch events, as `connect` uses them. */
  function fakeWindow() {
    const target = new EventTarget();
    const document = new EventTarget();
    return Object.assign(target, { document }) as unknown as Window;
  }

  it('catches up at once when the window is shown or focused, and stops listening when closed', () => {
    const { controller, said } = play();
    const window = fakeWindow();
    const disconnect = controller.connect(window);
    controller.start();
    vi.setSystemTime(Date.now() + 16 * S); // the timer was held back while hidden
    expect(controller.snapshot.step.kind).toBe('setup');
    window.document.dispatchEvent(new Event('visibilitychange'));
    expect(controller.snapshot.step.kind).toBe('switch');
    expect(controller.snapshot.holdsDone).toBe(1);
    // One announcement for the step now playing, not a burst of every step passed.
    expect(said.filter((text) => /hold|switch/i.test(text))).toHaveLength(1);

    vi.setSystemTime(Date.now() + 3 * S);
    window.dispatchEvent(new Event('focus'));
    expect(controller.snapshot.step).toMatchObject({ kind: 'hold', side: 'right' });

    disconnect();
    vi.setSystemTime(Date.now() + 10 * S);
    window.dispatchEvent(new Event('focus'));
    expect(controller.snapshot.step).toMatchObject({ kind: 'hold', side: 'right' });
    expect(vi.getTimerCount()).toBe(0);
  });
});
