import { describe, expect, it } from 'vitest';
import { RoutineResultSchema } from '../../../../../electron/core/ipc/contract';
import { playToEnd, setup, short } from './player-harness';

describe('pause and resume', () => {
  it('keeps the remaining time exactly across a pause', () => {
    const { clock, player } = setup(short);
    player.start();
    clock.at(7_000); // 2 s into the left hold
    player.pause();
    clock.at(67_000);
    player.update();
    expect(player.snapshot()).toMatchObject({
      status: 'paused',
      stepIndex: 1,
      remainingMs: 8_000,
      elapsedMs: 67_000,
    });
    expect(player.msUntilNextChange()).toBeNull();
    player.resume();
    expect(player.msUntilNextChange()).toBe(5_000); // to the "3" of the countdown
    clock.at(75_000);
    player.update();
    expect(player.snapshot()).toMatchObject({ stepIndex: 2, holdsDone: 1 });
    playToEnd(player, clock);
    expect(player.result().durationMs).toBe(28_000 + 60_000);
  });

  it('sends no events and skips no step while paused', () => {
    const { clock, player, events } = setup(short);
    player.start();
    clock.at(12_500); // 2.5 s left in the left hold, "3" already due
    player.update();
    player.pause();
    events.length = 0;
    for (let t = 12_500; t < 500_000; t += 1_000) {
      clock.at(t);
      player.update();
    }
    expect(events).toEqual([]);
    player.resume();
    player.update();
    expect(events).toEqual([]);
    expect(player.snapshot()).toMatchObject({ stepIndex: 1, remainingMs: 2_500 });
  });

  it('a pause requested after a deadline passed first moves to the step that is due', () => {
    const { clock, player } = setup(short);
    player.start();
    clock.at(6_000); // the set-up ended at 5 s but the timer has not fired yet
    player.pause();
    expect(player.snapshot()).toMatchObject({ status: 'paused', stepIndex: 1, remainingMs: 9_000 });
  });
});

describe('next and previous', () => {
  it('next starts the following step in full; a skipped hold does not count', () => {
    const { clock, player, events } = setup(short);
    player.start();
    clock.at(2_000);
    player.next();
    expect(player.snapshot()).toMatchObject({ stepIndex: 1, remainingMs: 10_000 });
    clock.at(4_000);
    player.next();
    expect(player.snapshot()).toMatchObject({
      stepIndex: 2,
      remainingMs: 3_000,
      holdsDone: 0,
      completedHoldNumbers: [],
    });
    clock.at(7_000);
    player.update();
    clock.at(17_000);
    player.update(); // the right hold ran 7-17 s in full
    expect(player.snapshot()).toMatchObject({ holdsDone: 1, completedHoldNumbers: [2] });
    expect(events.filter((e) => e.startsWith('step'))).toEqual([
      'step 0 setup',
      'step 1 hold',
      'step 2 switch',
      'step 3 hold',
    ]);
  });

  it('next past the last step finishes the routine', () => {
    const { player, events } = setup(short);
    player.start();
    for (let i = 0; i < 4; i++) player.next();
    expect(player.snapshot().status).toBe('finished');
    expect(events.at(-1)).toBe('finished 0');
    expect(player.result()).toMatchObject({ outcome: 'completed', holdsDone: 0 });
  });

  it('previous within the first 2 s goes back a step, later restarts the current one', () => {
    const { clock, player } = setup(short);
    player.start();
    clock.at(6_000); // 1 s into the left hold
    player.update();
    player.previous();
    expect(player.snapshot()).toMatchObject({ stepIndex: 0, remainingMs: 5_000 });
    player.next();
    clock.at(9_000); // 3 s into the left hold
    player.previous();
    expect(player.snapshot()).toMatchObject({ stepIndex: 1, remainingMs: 10_000 });
    clock.at(9_500);
    player.previous(); // back within 2 s of the restart: to the set-up
    expect(player.snapshot()).toMatchObject({ stepIndex: 0, remainingMs: 5_000 });
    clock.at(10_000);
    player.previous(); // first step: nothing before it, so it restarts
    expect(player.snapshot()).toMatchObject({ stepIndex: 0, remainingMs: 5_000 });
    expect(player.msUntilNextChange()).toBe(5_000);
  });

  it('moves while paused and stays paused with the new step in full', () => {
    const { clock, player } = setup(short);
    player.start();
    clock.at(1_000);
    player.pause();
    player.next();
    clock.at(60_000);
    player.update();
    expect(player.snapshot()).toMatchObject({
      status: 'paused',
      stepIndex: 1,
      remainingMs: 10_000,
    });
  });
});

describe('ending early', () => {
  it('reports the holds fully done and the wall time', () => {
    const { clock, player, events } = setup(short);
    player.start();
    clock.at(20_000); // left hold done, 2 s into the right one
    player.update();
    player.end();
    const result = player.result();
    expect(result).toEqual({
      outcome: 'ended-early',
      holdsDone: 1,
      holdCount: 2,
      durationMs: 20_000,
    });
    expect(RoutineResultSchema.parse(result)).toEqual(result);
    expect(events.at(-1)).toBe('ended 1');

    clock.at(90_000);
    player.update();
    player.next();
    player.end();
    expect(player.snapshot()).toMatchObject({
      status: 'ended',
      elapsedMs: 20_000,
      remainingMs: 8_000,
    });
    expect(events.filter((e) => e.startsWith('ended'))).toHaveLength(1);
  });

  it('ending before starting reports nothing done', () => {
    const { player } = setup(short);
    player.end();
    expect(player.result()).toEqual({
      outcome: 'ended-early',
      holdsDone: 0,
      holdCount: 2,
      durationMs: 0,
    });
  });
});

describe('listeners', () => {
  it('stop hearing events once unsubscribed', () => {
    const { player } = setup(short);
    const heard: number[] = [];
    const off = player.on('step', ({ stepIndex }) => heard.push(stepIndex));
    player.start();
    off();
    player.next();
    expect(heard).toEqual([0]);
  });
});
