import type { Clock } from '../core/time/clock';

/** The computer's wall clock. The core only ever receives a Clock, so tests can drive time. */
export const systemClock: Clock = { now: () => Date.now() };
