/** Lengths of time in milliseconds. Free of imports so any window can use them. */
export const SECOND_MS = 1000;
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** Minutes in a wall-clock day; "24:00" is this many minutes after midnight. */
export const MINUTES_PER_DAY = 1440;
