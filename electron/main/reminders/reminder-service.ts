import { breakMinutes } from '../../core/routine/length';
import { planForBreak } from '../../core/routine/plan';
import { unreportedRoutineResult } from '../../core/routine/unreported';
import type { Settings } from '../../core/settings/schema';
import { MINUTE_MS } from '../../core/time/units';
import {
  idleCheckDue,
  nextEvent,
  pauseEnd,
  reminderWaiting,
  status as statusOf,
  type NextEvent,
} from '../../core/schedule/next-event';
import { transition, type TimerEvent } from '../../core/schedule/sitting-timer';
import type { BreakKind } from '../../core/routine/types';
import type { EngineStatus } from '../../core/schedule/status';
import {
  freshTimerState,
  type TimerEffect,
  type TimerState,
} from '../../core/schedule/timer-state';
import { restoreTimerState } from '../../core/schedule/timer-state-migrations';
import type { HistoryStore, TimerStateStore } from '../../core/storage/ports';
import type { Clock } from '../../core/time/clock';
import { createIdleReader, watchPower, type PowerMonitorLike } from '../power/power-events';
import { createNodeScheduleScheduler, type JobScheduler } from './job-scheduler';
import type { ReminderPrompt, ReminderService } from './types';

export interface ReminderServiceDeps {
  clock: Clock;
  settings: Settings;
  power: PowerMonitorLike;
  timerStore: TimerStateStore;
  history: Pick<HistoryStore, 'append'>;
  /** Defaults to node-schedule. */
  scheduler?: JobScheduler;
  /** Planned length of a kind of break in whole minutes, for the reminder text. */
  breakMinutes?: (settings: Settings, kind: BreakKind) => number;
}

export interface WakeupCounts {
  /** Armed jobs that fired (each one a timer wake-up of the main process). */
  jobFires: number;
  /** System idle-time reads. */
  idleReads: number;
}

export interface ReminderServiceWithMetrics extends ReminderService {
  wakeups(): WakeupCounts;
  /** Every effect of the core, in order (for the simulator and diagnostics). */
  onEffect(listener: (effect: TimerEffect) => void): () => void;
  /** The next armed wake-up, if any. */
  armed(): NextEvent | null;
  /** A reminder waits for a pause in input now (simulated people pause then). */
  reminderWaiting(): boolean;
}

const plannedMinutes = (settings: Settings, kind: BreakKind): number =>
  breakMinutes(planForBreak(settings, kind));

/** What a reminder says: how long the person sat, what it suggests, and how long each kind takes. */
export function reminderPrompt(
  settings: Settings,
  reminder: Pick<ReminderPrompt, 'kind' | 'sittingMinutes' | 'suggests'>,
  minutesOf: (settings: Settings, kind: BreakKind) => number = plannedMinutes,
): ReminderPrompt {
  return {
    ...reminder,
    minutes: { quick: minutesOf(settings, 'quick'), full: minutesOf(settings, 'full') },
  };
}

/**
 * The longest the process sleeps between two looks at the clock. Nothing tells the main process
 * that the time zone changed (a laptop flown to another continent, a user changing it), and the
 * next working-hours start may then come hours earlier than the job armed for it.
 */
export const MAX_ARM_MS = 15 * MINUTE_MS;

/** The process time zone as Date resolves it now (it follows a change of `TZ` while running). */
const currentZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

function listeners<T>() {
  const set = new Set<(value: T) => void>();
  return {
    add(listener: (value: T) => void) {
      set.add(listener);
      return () => void set.delete(listener);
    },
    emit: (value: T) => set.forEach((l) => l(value)),
  };
}

const sameStatus = (a: EngineStatus | null, b: EngineStatus) =>
  a !== null &&
  a.phase === b.phase &&
  a.nextReminderAt === b.nextReminderAt &&
  a.pausedUntil === b.pausedUntil &&
  a.hoursResumeAt === b.hoursResumeAt &&
  a.skipNext === b.skipNext &&
  a.completedToday === b.completedToday;

export function createReminderService(deps: ReminderServiceDeps): ReminderServiceWithMetrics {
  const { clock, power, timerStore, history } = deps;
  const scheduler = deps.scheduler ?? createNodeScheduleScheduler(() => clock.now());
  const minutesOf = deps.breakMinutes ?? plannedMinutes;
  const idle = createIdleReader(power);
  const statusListeners = listeners<EngineStatus>();
  const reminderListeners = listeners<ReminderPrompt>();
  const withdrawnListeners = listeners<void>();
  const effectListeners = listeners<TimerEffect>();
  let settings = deps.settings;
  let state: TimerState | null = null;
  let armedEvent: NextEvent | null = null;
  let lastStatus: EngineStatus | null = null;
  let jobFires = 0;
  let detachPower: (() => void) | null = null;
  let zone = currentZone();

  // Before start() (or after a failed load) the service answers from a fresh state.
  const current = (): TimerState => state ?? freshTimerState(settings, clock.now());

  function dispatch(effect: TimerEffect): void {
    effectListeners.emit(effect);
    if (effect.type === 'record') history.append(effect.record);
    else if (effect.type === 'withdraw-reminder') withdrawnListeners.emit();
    else if (effect.type === 'remind') {
      const sittingMinutes = Math.floor(effect.sittingMs / MINUTE_MS);
      const { kind, suggests } = effect;
      reminderListeners.emit(
        reminderPrompt(settings, { kind, sittingMinutes, suggests }, minutesOf),
      );
    }
  }

  function step(events: TimerEvent[]): void {
    if (!state) return;
    const now = clock.now();
    for (const event of events) {
      const result = transition(settings, current(), event, now);
      state = result.state;
      result.effects.forEach(dispatch);
    }
    if (idleCheckDue(settings, current(), now)) {
      const result = transition(
        settings,
        current(),
        { type: 'idleSeconds', seconds: idle.read() },
        now,
      );
      state = result.state;
      result.effects.forEach(dispatch);
    }
    timerStore.save(current());
    zone = currentZone();
    rearm(now);
    const next = statusOf(settings, current(), now);
    if (!sameStatus(lastStatus, next)) {
      lastStatus = next;
      statusListeners.emit(next);
    }
  }

  function rearm(now: number): void {
    armedEvent = nextEvent(settings, current(), now);
    scheduler.arm(Math.min(armedEvent?.at ?? Infinity, now + MAX_ARM_MS), onJobFired);
  }

  // A late fire is handled by the core ('wake'); an early one (clock set back) just re-arms.
  function onJobFired(): void {
    jobFires++;
    if (!state) return;
    const due = idleCheckDue(settings, state, clock.now());
    const idleSeconds = due ? idle.read() : undefined;
    // After a change of time zone the event the job was armed for may lie far behind in the new
    // local hours: that time was observed (the process ran), so it is not taken as time away.
    if (zone !== currentZone()) {
      step(
        idleSeconds === undefined
          ? [{ type: 'tick' }]
          : [{ type: 'idleSeconds', seconds: idleSeconds }],
      );
      return;
    }
    step([idleSeconds === undefined ? { type: 'wake' } : { type: 'wake', idleSeconds }]);
  }

  const powerHandlers = {
    suspend: () => step([{ type: 'away', since: clock.now(), reason: 'sleep' }]),
    resume: () => step([{ type: 'back', at: clock.now(), reason: 'sleep' }]),
    lock: () => step([{ type: 'away', since: clock.now(), reason: 'lock' }]),
    unlock: () => step([{ type: 'back', at: clock.now(), reason: 'lock' }]),
    shutdown: () => {
      if (state) timerStore.save(state);
    },
  };

  return {
    start() {
      if (state) return;
      const restored = restoreTimerState(settings, timerStore.load(), clock.now());
      state = restored.state;
      const { routineStartedAt: routineSince, routineKind, asOf: seenUntil } = state;
      detachPower = watchPower(power, powerHandlers);
      // Time since the saved state was not observed: a long gap counts as a break.
      step([{ type: 'wake' }]);
      // A routine window does not outlive the process: one still running ended unreported,
      // as when its window is closed.
      if (routineSince !== null && state.routineStartedAt !== null) {
        const { holdCount } = planForBreak(settings, routineKind ?? 'full');
        const result = unreportedRoutineResult(holdCount, routineSince, seenUntil);
        step([{ type: 'routineFinished', result }]);
      }
    },
    stop() {
      scheduler.cancel();
      armedEvent = null;
      detachPower?.();
      detachPower = null;
      if (state) timerStore.save(state);
    },
    status: () => statusOf(settings, current(), clock.now()),
    onStatus: (listener) => statusListeners.add(listener),
    onReminder: (listener) => reminderListeners.add(listener),
    onReminderWithdrawn: (listener) => withdrawnListeners.add(() => listener()),
    onEffect: (listener) => effectListeners.add(listener),
    routineStarted: (kind) => step([{ type: 'routineStarted', kind }]),
    routineFinished: (result) => step([{ type: 'routineFinished', result }]),
    stoodUp: () => step([{ type: 'stoodUp' }]),
    snooze: () => step([{ type: 'answer', action: 'snooze' }]),
    skipNext: () => step([{ type: 'skipNext' }]),
    pause: (length) => step([{ type: 'pause', until: pauseEnd(settings, length, clock.now()) }]),
    resume: () => step([{ type: 'resume' }]),
    settingsChanged(next) {
      const previous = settings;
      settings = next;
      if (state) step([{ type: 'settingsChanged', previous }]);
    },
    wakeups: () => ({ jobFires, idleReads: idle.reads() }),
    armed: () => armedEvent,
    reminderWaiting: () => reminderWaiting(settings, current(), clock.now()),
  };
}
