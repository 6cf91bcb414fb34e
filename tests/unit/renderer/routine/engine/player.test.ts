import { describe, expect, it } from 'vitest';
import { RoutineResultSchema } from '../../../../../electron/core/ipc/contract';
import { playToEnd, prescription, setup, short } from './player-harness';

describe('a full routine', () => {
  it('plays the prescription to the end on schedule', () => {
    const { clock, player, events } = setup(prescription);
    expect(player.snapshot()).toMatchObject({ status: 'ready', stepIndex: 0, elapsedMs: 0 });
    player.start();
    playToEnd(player, clock);

    // 4 set-ups + 13 holds + 9 switches, a 3-2-1 countdown in each hold, then finished.
    expect(events.filter((e) => e.startsWith('step'))).toHaveLength(26);
    expect(events.filter((e) => e.startsWith('countdown'))).toHaveLength(39);
    expect(events.at(-1)).toBe('finished 13');
    const result = player.result();
    expect(result).toEqual({
      outcome: 'completed',
      holdsDone: 13,
      holdCount: 13,
      durationMs: 522_000,
    });
    expect(RoutineResultSchema.parse(result)).toEqual(result);
    expect(player.snapshot()).toMatchObject({
      status: 'finished',
      progress: 1,
      timeLeftMs: 0,
      remainingMs: 0,
      holdsDone: 13,
      elapsedMs: 522_000,
    });
  });

  it('shows what is happening mid-routine', () => {
    const { clock, player } = setup(prescription);
    player.start();
    clock.at(20_000); // 5 s into the first 30 s hold, after a 15 s set-up
    player.update();
    const snap = player.snapshot();
    expect(snap).toMatchObject({
      status: 'playing',
      stepIndex: 1,
      side: 'left',
      remainingMs: 25_000,
      stepDurationMs: 30_000,
      holdNumber: 1,
      holdCount: 13,
      holdsDone: 0,
      timeLeftMs: 502_000,
      elapsedMs: 20_000,
    });
    expect(snap.step.kind).toBe('hold');
    expect(snap.stretch?.id).toBe('kneeling-lunge');
    expect(snap.progress).toBeCloseTo(20 / 522, 10);
  });

  it('during a switch shows the side coming next and the hold it leads to', () => {
    const { clock, player } = setup(prescription);
    player.start();
    clock.at(47_000); // the first switch runs 45-53 s
    player.update();
    expect(player.snapshot()).toMatchObject({ side: 'right', holdNumber: 2, holdsDone: 1 });
    expect(player.snapshot().step).toMatchObject({ kind: 'switch', from: 'left', to: 'right' });
  });
});

describe('timing that does not drift', () => {
  it('a timer firing 700 ms late does not stretch the next hold', () => {
    const { clock, player } = setup(short);
    player.start();
    expect(player.msUntilNextChange()).toBe(5_000);
    clock.at(5_700);
    player.update();
    expect(player.snapshot()).toMatchObject({ stepIndex: 1, remainingMs: 9_300 });
    clock.at(15_000); // the left hold still ends 10 s after the set-up ended
    player.update();
    expect(player.snapshot()).toMatchObject({ stepIndex: 2, remainingMs: 3_000, holdsDone: 1 });
  });

  it('after a 70 s freeze it catches up through the steps that ended, on the original schedule', () => {
    const { clock, player, events } = setup(prescription);
    player.start();
    events.length = 0;
    clock.at(70_000); // set-up 0-15, left 15-45, switch 45-53, right 53-83
    player.update();
    expect(player.snapshot()).toMatchObject({ stepIndex: 3, remainingMs: 13_000, holdsDone: 1 });
    expect(events).toEqual(['step 3 hold']);
    playToEnd(player, clock);
    expect(player.result().durationMs).toBe(522_000);
  });

  it('a freeze past the end finishes at the planned end, not when the page woke', () => {
    const { clock, player } = setup(short);
    player.start();
    clock.at(600_000);
    player.update();
    expect(player.result()).toEqual({
      outcome: 'completed',
      holdsDone: 2,
      holdCount: 2,
      durationMs: 28_000,
    });
  });

  it('wakes the UI for the countdown and, on request, for every whole second', () => {
    const { clock, player } = setup(short);
    player.start();
    clock.at(5_700);
    player.update();
    expect(player.msUntilNextChange()).toBe(15_000 - 3_000 - 5_700);
    expect(player.msUntilNextChange({ precision: 'second' })).toBe(300);
    clock.at(6_000);
    expect(player.msUntilNextChange({ precision: 'second' })).toBe(1_000);
  });
});

describe('countdown', () => {
  it('sends 3, 2, 1 once each at the last three seconds of every hold', () => {
    const { clock, player } = setup(short);
    const ticks: string[] = [];
    player.on('countdown', ({ secondsLeft, stepIndex }) =>
      ticks.push(`${stepIndex}:${secondsLeft}@${player.snapshot().remainingMs}`),
    );
    player.start();
    for (let t = 0; t <= 30_000; t += 100) {
      clock.at(t);
      player.update();
      player.update();
    }
    expect(ticks).toEqual(['1:3@3000', '1:2@2000', '1:1@1000', '3:3@3000', '3:2@2000', '3:1@1000']);
  });

  it('a late update sends only the number now showing, not a burst of stale ones', () => {
    const { clock, player, events } = setup(short);
    player.start();
    clock.at(13_500); // 1.5 s left in the left hold
    player.update();
    clock.at(14_000);
    player.update();
    expect(events.filter((e) => e.startsWith('countdown'))).toEqual(['countdown 2', 'countdown 1']);
  });
});
