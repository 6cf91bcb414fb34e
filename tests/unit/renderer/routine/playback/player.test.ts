import { describe, expect, it } from 'vitest';
import { RoutineResultSchema } from '../../../../../electron/core/ipc/contract';
import { playToEnd, prescription, setup, short } from './player-harness';

describe('a full routine', () => {
  it('plays the prescription to the end on schedule', () => {
    const { clock, player, events } = setup(prescription);
    expect(player.snapshot()).toMatchObject({ status: 'ready', stepIndex: 0, elapsedMs: 0 });
    player.start();
    playToEnd(player, clock);

    // 4 set-ups + 13 holds + 9 switches, a 3-2-1 countdown in each hold, then finished:
    // 390 s of holds, 60 s of set-ups, switches of 3 x 10 s (lunge) and 6 x 15 s.
    expect(events.filter((e) => e.startsWith('step'))).toHaveLength(26);
    expect(events.filter((e) => e.startsWith('countdown'))).toHaveLength(39);
    expect(events.at(-1)).toBe('finished 13');
    const result = player.result();
    expect(result).toEqual({
      outcome: 'completed',
      holdsDone: 13,
      holdCount: 13,
      durationMs: 570_000,
    });
    expect(RoutineResultSchema.parse(result)).toEqual(result);
    expect(player.snapshot()).toMatchObject({
      status: 'finished',
      progress: 1,
      timeLeftMs: 0,
      remainingMs: 0,
      holdsDone: 13,
      elapsedMs: 570_000,
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
      timeLeftMs: 550_000,
      elapsedMs: 20_000,
    });
    expect(snap.step.kind).toBe('hold');
    expect(snap.stretch?.id).toBe('kneeling-lunge');
    expect(snap.progress).toBeCloseTo(20 / 570, 10);
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
    clock.at(70_000); // set-up 0-15, left 15-45, switch 45-55, right 55-85
    player.update();
    expect(player.snapshot()).toMatchObject({ stepIndex: 3, remainingMs: 15_000, holdsDone: 1 });
    expect(events).toEqual(['step 3 hold']);
    playToEnd(player, clock);
    expect(player.result().durationMs).toBe(570_000);
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

describe('waiting for the user to be in position', () => {
  const wait = { waitForPosition: true };

  it('holds a set-up, untimed, until the user is in position; the hold then runs in full', () => {
    const { clock, player, events } = setup(prescription, wait);
    player.start();
    expect(player.snapshot()).toMatchObject({ status: 'waiting', stepIndex: 0 });
    expect(player.msUntilNextChange()).toBeNull();
    clock.at(400_000); // nearly seven minutes getting down onto the mat
    player.update();
    expect(player.snapshot()).toMatchObject({
      status: 'waiting',
      stepIndex: 0,
      remainingMs: 15_000,
      elapsedMs: 400_000,
    });
    expect(events).toEqual(['step 0 setup']);

    player.inPosition();
    expect(player.snapshot()).toMatchObject({
      status: 'playing',
      stepIndex: 1,
      remainingMs: 30_000,
    });
    expect(events.at(-1)).toBe('step 1 hold');
    clock.at(429_999);
    player.update();
    expect(player.snapshot()).toMatchObject({ stepIndex: 1, remainingMs: 1 });
    clock.at(430_000);
    player.update();
    expect(player.snapshot()).toMatchObject({ stepIndex: 2, holdsDone: 1 });
    expect(player.snapshot().step.kind).toBe('switch');
  });

  it('never changes a hold, and reports the wall time with every wait in it', () => {
    const { clock, player } = setup(prescription, wait);
    const holds: number[] = [];
    let holdStartedAt: number | null = null;
    player.on('step', ({ step }) => {
      if (holdStartedAt !== null) holds.push(clock.now() - holdStartedAt);
      holdStartedAt = step.kind === 'hold' ? clock.now() : null;
    });
    player.on('finished', () => {
      if (holdStartedAt !== null) holds.push(clock.now() - holdStartedAt);
    });
    const waits = [5_000, 95_000, 41_000, 12_500];
    player.start();
    for (let guard = 0; guard < 1000 && player.snapshot().status !== 'finished'; guard++) {
      if (player.snapshot().status === 'waiting') {
        clock.advance(waits.shift() ?? 0);
        player.inPosition();
        continue;
      }
      clock.advance(player.msUntilNextChange() ?? 0);
      player.update();
    }
    expect(waits).toEqual([]);
    expect(holds).toEqual(new Array(13).fill(30_000));
    const waited = 5_000 + 95_000 + 41_000 + 12_500;
    expect(player.result()).toEqual({
      outcome: 'completed',
      holdsDone: 13,
      holdCount: 13,
      durationMs: waited + 13 * 30_000 + 3 * 10_000 + 6 * 15_000,
    });
  });

  it('a page frozen mid-routine catches up to the next set-up and waits there', () => {
    const { clock, player, events } = setup(prescription, wait);
    player.start();
    player.inPosition();
    events.length = 0;
    clock.at(3_600_000); // the four lunge holds and their switches took 144 s
    player.update();
    expect(player.snapshot()).toMatchObject({ status: 'waiting', stepIndex: 8, holdsDone: 4 });
    expect(player.snapshot().step).toMatchObject({ kind: 'setup', stretchId: 'kneeling-side' });
    expect(events).toEqual(['step 8 setup']);
    clock.at(3_700_000);
    player.inPosition();
    expect(player.snapshot()).toMatchObject({ stepIndex: 9, remainingMs: 30_000, holdNumber: 5 });
  });

  it('offers no pause while waiting; next, previous and end still work', () => {
    const { clock, player } = setup(short, wait);
    player.start();
    player.pause();
    expect(player.snapshot().status).toBe('waiting');
    player.next(); // the same as being in position
    expect(player.snapshot()).toMatchObject({
      status: 'playing',
      stepIndex: 1,
      remainingMs: 10_000,
    });
    player.previous(); // at once: back to the set-up, which waits again
    expect(player.snapshot()).toMatchObject({ status: 'waiting', stepIndex: 0 });
    clock.at(50_000);
    player.end();
    expect(player.result()).toEqual({
      outcome: 'ended-early',
      holdsDone: 0,
      holdCount: 2,
      durationMs: 50_000,
    });
  });

  it('a set-up reached while paused waits once resumed', () => {
    const { clock, player } = setup(prescription, wait);
    player.start();
    player.inPosition();
    clock.at(3_000);
    player.pause();
    for (let i = 0; i < 7; i++) player.next(); // through the lunge to the side stretch's set-up
    expect(player.snapshot()).toMatchObject({ status: 'paused', stepIndex: 8 });
    player.resume();
    expect(player.snapshot()).toMatchObject({ status: 'waiting', stepIndex: 8 });
    expect(player.msUntilNextChange()).toBeNull();
  });
});

describe('the get-set count after "I\'m in position"', () => {
  const waitingPlan = { ...prescription, waitForPosition: true, getSetSeconds: 8 };
  const wait = { waitForPosition: true };

  it('counts 8 s with a 3-2-1 at its end, then the hold runs its full 30 s', () => {
    const { clock, player, events } = setup(waitingPlan, wait);
    player.start();
    clock.at(60_000); // a minute reading the set-up
    const pressedAt = clock.now();
    player.inPosition();
    expect(player.snapshot()).toMatchObject({
      status: 'playing',
      stepIndex: 1,
      remainingMs: 8_000,
    });
    expect(player.snapshot().step.kind).toBe('get-set');
    // The count is not a hold: it shows the first hold's number, and no hold is done yet.
    expect(player.snapshot()).toMatchObject({ holdNumber: 1, holdsDone: 0 });
    events.length = 0;
    for (let guard = 0; guard < 20 && player.snapshot().step.kind === 'get-set'; guard++) {
      clock.advance(player.msUntilNextChange() ?? 0);
      player.update();
    }
    expect(events).toEqual(['countdown 3', 'countdown 2', 'countdown 1', 'step 2 hold']);
    expect(clock.now() - pressedAt).toBe(8_000);
    expect(player.snapshot()).toMatchObject({ remainingMs: 30_000, side: 'left' });
  });

  it('pauses with Space like a hold, and keeps the seconds it had', () => {
    const { clock, player } = setup(waitingPlan, wait);
    player.start();
    player.inPosition();
    clock.advance(3_000);
    player.pause();
    clock.advance(120_000);
    player.update();
    expect(player.snapshot()).toMatchObject({ status: 'paused', stepIndex: 1, remainingMs: 5_000 });
    player.resume();
    clock.advance(5_000);
    player.update();
    expect(player.snapshot().step.kind).toBe('hold');
    expect(player.snapshot().remainingMs).toBe(30_000);
  });

  it('goes back to the waiting set-up with Previous in its first 2 s', () => {
    const { clock, player } = setup(waitingPlan, wait);
    player.start();
    player.inPosition();
    clock.advance(1_000);
    player.previous();
    expect(player.snapshot()).toMatchObject({ status: 'waiting', stepIndex: 0 });
  });
});

describe('a switch', () => {
  it('pauses and resumes like a hold, keeping its seconds', () => {
    const { clock, player } = setup(prescription);
    player.start();
    clock.at(15_000 + 30_000 + 4_000); // 4 s into the lunge's 10 s switch
    player.update();
    expect(player.snapshot().step.kind).toBe('switch');
    player.pause();
    clock.advance(60_000);
    player.update();
    expect(player.snapshot()).toMatchObject({ status: 'paused', remainingMs: 6_000 });
    player.resume();
    clock.advance(5_999);
    player.update();
    expect(player.snapshot().step.kind).toBe('switch');
    clock.advance(1);
    player.update();
    expect(player.snapshot()).toMatchObject({ side: 'right', remainingMs: 30_000 });
  });
});
