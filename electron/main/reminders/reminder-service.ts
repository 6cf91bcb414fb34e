import { breakMinutes } from '../../core/routine/length';
import { planForBreak } from '../../core/routine/plan';
import { unreportedRoutineResult } from '../../core/routine/unreported';
import type { Settings } from '../../core/settings/schema';
import { MINUTE_MS } from '../../core/time/units';
import type { BusyReason, DetectedBusyReason } from '../../core/schedule/busy';
import {
  busyCheckDue,
  idleCheckDue,
  nextEvent,
  pauseEnd,
  reminderWaiting,
  status as statusOf,
  wakesLate,
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
import {
  createIdleReader,
  watchPower,
  type IdleReader,
  type PowerMonitorLike,
} from '../power/power-events';
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
  /** Makes the process see the system's current time zone (../time-zone.ts). */
  followZone?: () => void;
  /** How idle readings are taken (Linux: locks, the desktop's own idle time); default Electron's. */
  idle?: IdleReader;
  /**
   * Told when an effect could not be carried out (a record the history refused, a listener
   * that threw). The timer goes on: the state is saved and the next wake-up armed regardless.
   */
  onError?: (error: unknown) => void;
  /**
   * Reads the busy detectors (electron/main/busy/monitor.ts). Without it every reading sees
   * nothing busy; a meeting set by hand still holds reminders.
   */
  busy?: BusyReader;
}

/** The service's side of the busy monitor. */
export interface BusyReader {
  /** One reading of every detector turned on; never rejects. */
  read(): Promise<DetectedBusyReason[]>;
  /** Whether readings are wanted now (a reminder waits or is held): signals are watched then. */
  setWanted(wanted: boolean): void;
  /** A detector's own signal that the state may have changed. */
  onChange(listener: () => void): () => void;
}

export interface WakeupCounts {
  /** Armed jobs that fired (each one a timer wake-up of the main process). */
  jobFires: number;
  /** System idle-time reads. */
  idleReads: number;
  /** Readings of the busy detectors. */
  busyReads: number;
}

export interface ReminderServiceWithMetrics extends ReminderService {
  wakeups(): WakeupCounts;
  /** Every effect of the core, in order (for the simulator and diagnostics). */
  onEffect(listener: (effect: TimerEffect) => void): () => void;
  /** The next armed wake-up, if any. */
  armed(): NextEvent | null;
  /** A reminder waits for a pause in input now (simulated people pause then). */
  reminderWaiting(): boolean;
  /** Busy for `reason` until `until` (the simulator's scripted spells). */
  busyFor(reason: BusyReason, until: number): void;
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

/**
 * While a reading found the screen locked (Linux, where no unlock event comes), how often the
 * service looks for the person's return; the core's own look for a return from idle is as often.
 */
export const LOCKED_CHECK_MS = 2 * MINUTE_MS;

/**
 * The process time zone as Date resolves it now: it follows a change of `TZ` while running, and
 * the system's zone when `followZone` makes the process look again (../time-zone.ts).
 */
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
  a.completedToday === b.completedToday &&
  a.heldBy === b.heldBy &&
  a.meeting?.until === b.meeting?.until &&
  (a.meeting === null) === (b.meeting === null);

export function createReminderService(deps: ReminderServiceDeps): ReminderServiceWithMetrics {
  const { clock, power, timerStore, history } = deps;
  const scheduler = deps.scheduler ?? createNodeScheduleScheduler(() => clock.now());
  const minutesOf = deps.breakMinutes ?? plannedMinutes;
  const idle = deps.idle ?? createIdleReader(power);
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
  let detachBusy: (() => void) | null = null;
  let zone = currentZone();
  let busyReads = 0;
  /** A reading of the detectors is under way; its answer steps the timer. */
  let probing = false;
  // A reading found the screen locked, and no reading since found it unlocked.
  let lockedByReading = false;

  // Before start() (or after a failed load) the service answers from a fresh state.
  const current = (): TimerState => state ?? freshTimerState(settings, clock.now());

  /** One effect's failure never stops the others, the save or the next wake-up. */
  function dispatch(effect: TimerEffect): void {
    try {
      carryOut(effect);
    } catch (error) {
      deps.onError?.(error);
    }
  }

  function carryOut(effect: TimerEffect): void {
    effectListeners.emit(effect);
    if (effect.type === 'record') history.append(effect.record);
    else if (effect.type === 'withdraw-reminder') withdrawnListeners.emit();
    else if (effect.type === 'remind') {
      const sittingMinutes = Math.floor(effect.sittingMs / MINUTE_MS);
      const { kind, suggests } = effect;
      const moment = {
        ...(effect.after === undefined ? {} : { after: effect.after }),
        ...(effect.quiet ? { quiet: true as const } : {}),
      };
      reminderListeners.emit({
        ...reminderPrompt(settings, { kind, sittingMinutes, suggests }, minutesOf),
        ...moment,
      });
    }
  }

  /**
   * What one idle reading tells the core. A lock seen only through a reading (Linux) is an
   * absence like a lock event; the core stops asking while locked, so the service keeps looking
   * for its end. An idle time that cannot be trusted tells nothing.
   */
  function readingEvents(now: number): TimerEvent[] {
    const reading = idle.read();
    if (reading.kind === 'locked') {
      if (lockedByReading) return [];
      lockedByReading = true;
      return [{ type: 'away', since: now, reason: 'lock' }];
    }
    const events: TimerEvent[] = [];
    if (lockedByReading) {
      lockedByReading = false;
      events.push({ type: 'back', at: now, reason: 'lock' });
    }
    if (reading.kind === 'seconds') events.push({ type: 'idleSeconds', seconds: reading.seconds });
    return events;
  }

  const readingDue = (now: number): boolean =>
    lockedByReading || idleCheckDue(settings, current(), now);

  /** Applies the events, then an idle reading when one is due and `read` was not taken yet. */
  function step(events: TimerEvent[], read = false): void {
    if (!state) return;
    deps.followZone?.();
    const now = clock.now();
    for (const event of events) {
      const result = transition(settings, current(), event, now);
      state = result.state;
      result.effects.forEach(dispatch);
    }
    // The detectors are read before idle, so a reminder never slips out in the moment before a
    // call is seen; the idle reading follows with the detectors' answer.
    if (!probing && busyCheckDue(settings, current(), now)) readBusy(now);
    if (!probing && !read && readingDue(now)) {
      for (const event of readingEvents(now)) {
        const result = transition(settings, current(), event, now);
        state = result.state;
        result.effects.forEach(dispatch);
      }
    }
    timerStore.save(current());
    zone = currentZone();
    const held = current();
    deps.busy?.setWanted(held.pending !== null || held.held !== null);
    rearm(now);
    const next = statusOf(settings, current(), now);
    if (!sameStatus(lastStatus, next)) {
      lastStatus = next;
      statusListeners.emit(next);
    }
  }

  /** Reads the detectors; without a reader the answer is "nothing busy", at once. */
  function readBusy(now: number): void {
    busyReads++;
    const apply = (reasons: DetectedBusyReason[]) => {
      const result = transition(settings, current(), { type: 'busyReading', reasons }, now);
      state = result.state;
      result.effects.forEach(dispatch);
    };
    if (!deps.busy) {
      apply([]);
      return;
    }
    probing = true;
    void deps.busy.read().then(
      (reasons) => {
        probing = false;
        step([{ type: 'busyReading', reasons }]);
      },
      () => {
        probing = false;
        step([{ type: 'busyReading', reasons: [] }]);
      },
    );
  }

  function rearm(now: number): void {
    armedEvent = nextEvent(settings, current(), now);
    // The reading's answer steps the timer and arms the next job.
    if (probing) {
      scheduler.cancel();
      return;
    }
    const lockedCheck = lockedByReading ? now + LOCKED_CHECK_MS : Infinity;
    scheduler.arm(Math.min(armedEvent?.at ?? Infinity, now + MAX_ARM_MS, lockedCheck), onJobFired);
  }

  // A late fire is handled by the core ('wake'); an early one (clock set back) just re-arms.
  function onJobFired(): void {
    jobFires++;
    if (!state) return;
    deps.followZone?.();
    const now = clock.now();
    // A late wake-up is a break only if the idle time says so (or a suspend was seen), so it is
    // read at once, even when the detectors are due too: a clock set forward during a call is
    // not time away. Otherwise, when the detectors are due, idle is read after their answer
    // (see `step`); the core shows no waiting reminder on a reading taken before them.
    const read =
      wakesLate(settings, current(), now) ||
      (!busyCheckDue(settings, current(), now) && readingDue(now));
    const readings = read ? readingEvents(now) : [];
    // After a change of time zone the event the job was armed for may lie far behind in the new
    // local hours: that time was observed (the process ran), so it is not taken as time away.
    if (zone !== currentZone()) {
      step(readings.length > 0 ? readings : [{ type: 'tick' }], read);
      return;
    }
    const [only, ...more] = readings;
    if (only?.type === 'idleSeconds' && more.length === 0) {
      step([{ type: 'wake', idleSeconds: only.seconds }], read);
    } else {
      step([{ type: 'wake' }, ...readings], read);
    }
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
      // A detector's own signal (a D-Bus property change) is read at once, while one matters.
      detachBusy =
        deps.busy?.onChange(() => {
          const s = current();
          if (!probing && (s.pending !== null || s.held !== null)) readBusy(clock.now());
        }) ?? null;
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
      detachBusy?.();
      detachBusy = null;
      deps.busy?.setWanted(false);
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
    startMeeting(minutes) {
      const until = minutes === null ? null : clock.now() + minutes * MINUTE_MS;
      step([{ type: 'busy', reason: 'meeting', until }]);
    },
    endMeeting: () => step([{ type: 'notBusy', reason: 'meeting' }]),
    busyFor: (reason, until) => step([{ type: 'busy', reason, until }]),
    wakeups: () => ({ jobFires, idleReads: idle.reads(), busyReads }),
    armed: () => armedEvent,
    reminderWaiting: () => reminderWaiting(settings, current(), clock.now()),
  };
}
