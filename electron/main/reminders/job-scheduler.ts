import schedule from 'node-schedule';

/** Arms at most one wake-up at a time; arming again replaces the previous one. */
export interface JobScheduler {
  /** Calls `fire(scheduledAt)` at wall time `at` (at once if `at` is not in the future). */
  arm(at: number, fire: (scheduledAt: number) => void): void;
  cancel(): void;
}

/**
 * The scheduler on node-schedule: one date job for the next event. node-schedule waits for the
 * wall clock, so after the clock is set back it would sleep through the jump; a plain timer
 * with the same delay runs beside it, and whichever comes first fires (early, when the clock
 * went back; the service then re-checks and re-arms). Both are cancelled on every re-arm.
 */
export function createNodeScheduleScheduler(now: () => number): JobScheduler {
  let job: schedule.Job | null = null;
  let guard: ReturnType<typeof setTimeout> | null = null;

  const cancel = () => {
    job?.cancel();
    job = null;
    if (guard !== null) clearTimeout(guard);
    guard = null;
  };

  return {
    arm(at, fire) {
      cancel();
      let fired = false;
      const once = () => {
        if (fired) return;
        fired = true;
        cancel();
        fire(at);
      };
      const delay = Math.max(0, at - now());
      if (delay > 0) job = schedule.scheduleJob(new Date(at), once);
      guard = setTimeout(once, Math.min(delay, 2 ** 31 - 1));
    },
    cancel,
  };
}
