import type { DetectedBusyReason } from '../../core/schedule/busy';
import type { BusySource } from '../../core/schedule/busy-detection';

/**
 * One way of telling that the person is busy (in a call, presenting, Do Not Disturb) on this
 * system. Detectors read state, never content, and never throw: a probe that cannot tell
 * answers false.
 */
export interface BusyDetector {
  readonly reason: DetectedBusyReason;
  /**
   * A short name of what it reads, for logs ("camera in use"); the settings window words it
   * through `BUSY_SOURCE_WORDS`, where every name is listed.
   */
  readonly source: BusySource;
  /** Whether this system lets Unsit see this at all; asked once at start. */
  supported(): Promise<boolean>;
  /** One probe: true while busy. */
  probe(): Promise<boolean>;
  /**
   * An event-driven signal where the system offers one (a D-Bus property change): calls
   * `onChange` when the state may have changed. Returns a function that stops watching.
   */
  watch?(onChange: () => void): () => void;
}
