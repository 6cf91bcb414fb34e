/** Wall-clock time, injected everywhere so tests control it. */
export interface Clock {
  /** Milliseconds since the epoch (may jump when the user or NTP changes the clock). */
  now(): number;
}

/** A clock that only moves forward at a steady rate; used to time holds. */
export interface MonotonicClock {
  /** Milliseconds from an arbitrary origin, never going backwards. */
  now(): number;
}
