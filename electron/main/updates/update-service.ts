import type { AvailableUpdate, FeedVerdict } from '../../core/updates/feed';
import { nextCheckAt, type UpdateState } from '../../core/updates/update-state';
import { UpdateError } from './feed-client';
import { HOUR_MS } from '../../core/time/units';

/** How long one armed timer may wait, so a clock change or a sleep is noticed the same day. */
const LONGEST_WAIT_MS = HOUR_MS;

export interface UpdateClientPort {
  check(): Promise<FeedVerdict>;
  download(update: AvailableUpdate): Promise<string>;
}

/** Installs a downloaded, verified file (Windows: the NSIS installer, silently). */
export interface UpdateInstallerPort {
  /** Installs when Unsit quits. */
  installOnQuit(file: string): void;
  /** Quits Unsit, installs, and starts the new version. */
  restartNow(file: string): void;
}

export interface UpdateServiceDeps {
  client: UpdateClientPort;
  /** Null where this copy cannot update itself: Unsit then links to the release instead. */
  installer: UpdateInstallerPort | null;
  releaseUrl(version: string): string;
  /** The "Check for updates" setting. */
  enabled(): boolean;
  routinePlaying(): boolean;
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  onState(state: UpdateState): void;
  /** Opens a link in the user's browser (through the app's allow-list). */
  openExternal(url: string): void;
}

export interface UpdateService {
  /** The check at start (when allowed), then one a day at most. */
  start(): Promise<void>;
  /** Settings changed: turned off stops everything; turned on checks when a check is due. */
  settingsChanged(): Promise<void>;
  /** A routine ended: a check that waited for it may run now. */
  routineEnded(): Promise<void>;
  state(): UpdateState;
  /** Resolves when no check is running (one a timer started may be). */
  whenIdle(): Promise<void>;
  /** "Restart to update": only once an update is ready. */
  restartToUpdate(): boolean;
  /** Where this copy cannot update itself: opens the new version's release page. */
  openReleasePage(): void;
  stop(): void;
}

/** The failed state: its kind for the update line, its detail (English) for diagnostics. */
function failed(error: unknown): UpdateState {
  if (error instanceof UpdateError) {
    return { kind: 'failed', failure: error.failure, message: error.message };
  }
  return { kind: 'failed', failure: 'unexpected', message: String(error) };
}

export function createUpdateService(deps: UpdateServiceDeps): UpdateService {
  let state: UpdateState = deps.enabled() ? { kind: 'idle' } : { kind: 'off' };
  let lastCheckAt: number | null = null;
  let timer: unknown = null;
  let running: Promise<void> | null = null;
  let readyFile: string | null = null;
  let stopped = false;

  const set = (next: UpdateState) => {
    state = next;
    deps.onState(next);
  };
  const disarm = () => {
    if (timer !== null) deps.clearTimer(timer);
    timer = null;
  };

  async function check(): Promise<void> {
    lastCheckAt = deps.now();
    const readyVersion = state.kind === 'ready' ? state.version : null;
    const before = state;
    set({ kind: 'checking' });
    try {
      const verdict = await deps.client.check();
      if (verdict.kind !== 'available') return set(readyVersion ? before : { kind: 'current' });
      const { update } = verdict;
      if (update.version === readyVersion) return set(before);
      if (!deps.installer) {
        return set({
          kind: 'available',
          version: update.version,
          url: deps.releaseUrl(update.version),
        });
      }
      set({ kind: 'downloading', version: update.version });
      const file = await deps.client.download(update);
      readyFile = file;
      deps.installer.installOnQuit(file);
      set({ kind: 'ready', version: update.version });
    } catch (error) {
      // One quiet line; whatever was ready stays ready.
      set(readyVersion ? before : failed(error));
    }
  }

  /** Runs a check when one is due and allowed, then arms the timer for the next. */
  function tick(): Promise<void> {
    disarm();
    if (stopped || running) return running ?? Promise.resolve();
    if (!deps.enabled()) {
      if (state.kind !== 'ready') set({ kind: 'off' });
      return Promise.resolve();
    }
    if (state.kind === 'off') set({ kind: 'idle' });
    const now = deps.now();
    const due = nextCheckAt(lastCheckAt, now);
    // Never during a routine: routineEnded() comes back here.
    if (due <= now && deps.routinePlaying()) return Promise.resolve();
    if (due > now) {
      timer = deps.setTimer(() => void tick(), Math.min(due - now, LONGEST_WAIT_MS));
      return Promise.resolve();
    }
    running = check().finally(() => {
      running = null;
      if (!stopped) void tick();
    });
    return running;
  }

  return {
    start: tick,
    settingsChanged: tick,
    routineEnded: tick,
    state: () => state,
    whenIdle: () => running ?? Promise.resolve(),
    restartToUpdate() {
      if (state.kind !== 'ready' || !readyFile || !deps.installer) return false;
      deps.installer.restartNow(readyFile);
      return true;
    },
    openReleasePage() {
      if (state.kind === 'available') deps.openExternal(state.url);
    },
    stop() {
      stopped = true;
      disarm();
    },
  };
}
