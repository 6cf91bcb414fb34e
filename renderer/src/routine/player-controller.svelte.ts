import type { Translator } from '../../../electron/core/i18n/translator';
import type { RoutineResult } from '../../../electron/core/ipc/contract';
import type { PlanStep, RoutinePlan, StretchId } from '../../../electron/core/routine/types';
import type { MonotonicClock } from '../../../electron/core/time/clock';
import type { Announcer } from '../lib/announcer.svelte';
import { stepAnnouncement } from './announcements';
import type { Cues } from './cues/cues';
import { createPlayer, type Player, type PlayerSnapshot } from './playback/player';
import { stretchesCompleted } from './hold-tracker';

export interface RoutineOutcome {
  result: RoutineResult;
  stretchesDone: StretchId[];
}

export interface PlayerControllerOptions {
  plan: RoutinePlan;
  /** Each set-up waits for "I'm in position" instead of running on its timer. */
  waitForPosition?: boolean;
  cues: Cues;
  announcer: Announcer;
  /** The window's translator of the moment: announcements are worded when they are made. */
  words: () => Translator;
  /** Called exactly once, when the routine finishes or the user ends it. */
  onStop: (outcome: RoutineOutcome) => void;
  clock?: MonotonicClock;
}

const performanceClock: MonotonicClock = { now: () => performance.now() };

/**
 * Runs the pure player for the routine window: one timeout re-armed from the player's next
 * change (never an interval), cues and announcements from its events, and an immediate catch-up
 * whenever the window becomes visible or focused again.
 */
export class PlayerController {
  snapshot: PlayerSnapshot;
  readonly #plan: RoutinePlan;
  readonly #player: Player;
  readonly #options: PlayerControllerOptions;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #stopResult: RoutineResult | null = null;
  #reported = false;

  constructor(options: PlayerControllerOptions) {
    this.#options = options;
    this.#plan = options.plan;
    this.#player = createPlayer(options.plan, options.clock ?? performanceClock, {
      waitForPosition: options.waitForPosition === true,
    });
    this.snapshot = $state.raw(this.#player.snapshot());
    this.#listen();
  }

  start(): void {
    this.#options.cues.prime();
    this.#run(() => this.#player.start());
  }

  togglePause(): void {
    if (this.snapshot.status === 'playing') this.pause();
    else if (this.snapshot.status === 'paused') this.resume();
  }

  pause(): void {
    if (this.snapshot.status !== 'playing') return;
    this.#run(() => this.#player.pause());
    this.#options.announcer.say(this.#options.words().t('routine.announce.paused'));
  }

  resume(): void {
    if (this.snapshot.status !== 'paused') return;
    this.#run(() => this.#player.resume());
    this.#options.announcer.say(this.#options.words().t('routine.announce.resumed'));
  }

  /** The user says they are in position: the waiting set-up gives way to the hold. */
  inPosition(): void {
    this.#run(() => this.#player.inPosition());
  }

  next(): void {
    this.#run(() => this.#player.next());
  }

  previous(): void {
    this.#run(() => this.#player.previous());
  }

  end(): void {
    this.#run(() => this.#player.end());
  }

  /** Catches up with the clock; safe to call at any time. */
  update(): void {
    this.#run(() => this.#player.update());
  }

  /** Wakes the player when the window comes back; returns the function that stops listening. */
  connect(target: Window): () => void {
    const wake = (): void => this.update();
    target.document.addEventListener('visibilitychange', wake);
    target.addEventListener('focus', wake);
    return () => {
      target.document.removeEventListener('visibilitychange', wake);
      target.removeEventListener('focus', wake);
      this.dispose();
    };
  }

  dispose(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    this.#options.cues.stop();
  }

  #listen(): void {
    const { cues, announcer, words } = this.#options;
    let previousStep: PlanStep | null = null;
    this.#player.on('step', ({ step }) => {
      const now = this.#player.snapshot();
      cues.stepStarted(previousStep, step);
      previousStep = step;
      // The end screen puts focus on its heading, which is read out; a live message would repeat it.
      if (step.kind === 'done') return;
      announcer.say(
        stepAnnouncement(
          words().t,
          step,
          now.stretch,
          now.holdNumber,
          now.holdCount,
          now.status === 'waiting',
        ),
      );
    });
    this.#player.on('countdown', ({ secondsLeft }) => {
      cues.countdown(secondsLeft);
      announcer.say(new Intl.NumberFormat(words().locale).format(secondsLeft));
    });
    this.#player.on('finished', (result) => {
      cues.finished();
      announcer.clear();
      this.#stopResult = result;
    });
    this.#player.on('ended', (result) => {
      announcer.clear();
      this.#stopResult = result;
    });
  }

  /** Applies one change to the player, then refreshes what the screen shows and re-arms. */
  #run(change: () => void): void {
    change();
    this.snapshot = this.#player.snapshot();
    this.#arm();
    this.#reportOnce();
  }

  #arm(): void {
    if (this.#timer !== null) clearTimeout(this.#timer);
    this.#timer = null;
    const wait = this.#player.msUntilNextChange({ precision: 'second' });
    if (wait === null) return;
    // Whole milliseconds, at least one: a timer rounded down would wake just before the
    // deadline and spin; the deadlines themselves stay exact, so nothing drifts.
    this.#timer = setTimeout(() => this.update(), Math.max(1, Math.ceil(wait)));
  }

  #reportOnce(): void {
    if (this.#reported || this.#stopResult === null) return;
    this.#reported = true;
    this.#options.onStop({
      result: this.#stopResult,
      stretchesDone: stretchesCompleted(this.#plan, this.snapshot.completedHoldNumbers),
    });
  }
}
