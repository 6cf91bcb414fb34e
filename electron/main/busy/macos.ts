import { PROBE_TIMEOUT_MS, type RunCommand } from './run-command';
import type { BusyDetector } from './types';

export interface MacBusyDeps {
  run: RunCommand;
  /** Unsit's own processes (Electron's `app.getAppMetrics()` pids), never counted as busy. */
  ownPids: () => readonly number[];
}

/** One power assertion from `pmset -g assertions`, as far as the detectors need it. */
export interface DisplayAssertion {
  pid: number;
  process: string;
  name: string;
  /** "Created for PID: N": a daemon holding it on behalf of another process. */
  createdFor: number | null;
}

/**
 * The `PreventUserIdleDisplaySleep` assertions listed by owning process:
 * `   pid 123(zoom.us): [0x…] 00:12:34 PreventUserIdleDisplaySleep named: "…"`, sometimes
 * followed by indented detail lines such as `Created for PID: 456.`
 */
export function displaySleepAssertions(output: string): DisplayAssertion[] {
  const found: DisplayAssertion[] = [];
  let last: DisplayAssertion | null = null;
  for (const line of output.split(/\r?\n/)) {
    const m = /^\s*pid (\d+)\((.*)\): \[0x[0-9a-f]+\] [\d:]+ (\w+) named: "(.*)"/i.exec(line);
    if (m) {
      last =
        m[3] === 'PreventUserIdleDisplaySleep'
          ? { pid: Number(m[1]), process: m[2]!, name: m[4]!, createdFor: null }
          : null;
      if (last) found.push(last);
      continue;
    }
    const forPid = /^\s+Created for PID: (\d+)/.exec(line);
    if (forPid && last) last.createdFor = Number(forPid[1]);
  }
  return found;
}

/**
 * Tools whose whole purpose is keeping the Mac awake: people leave them on for hours, so
 * their assertion says nothing about being busy.
 */
const KEEP_AWAKE_TOOLS = ['caffeinate', 'Amphetamine', 'KeepingYouAwake', 'Caffeine', 'Lungo'];

/** Call apps, by process name, and what browsers name the assertion a call holds. */
const CALL_APPS =
  /^(zoom\.us|Microsoft Teams.*|MSTeams|Teams|Slack|FaceTime|Webex|Cisco Webex Meetings|Skype|Discord|Around|Whereby)$/i;
const CALL_ASSERTION = /WebRTC|\bcall\b|meeting/i;

export type AssertionKind = 'call' | 'fullscreen' | null;

/** What one assertion says: a call, a presentation or film, or nothing about the person. */
export function assertionKind(a: DisplayAssertion, own: readonly number[]): AssertionKind {
  if (own.includes(a.pid) || (a.createdFor !== null && own.includes(a.createdFor))) return null;
  if (KEEP_AWAKE_TOOLS.some((tool) => tool.toLowerCase() === a.process.toLowerCase())) return null;
  return CALL_APPS.test(a.process) || CALL_ASSERTION.test(a.name) ? 'call' : 'fullscreen';
}

/**
 * macOS offers no supported way to see another app's camera or microphone, or Focus; what it
 * does show is who keeps the display awake. Call apps, Keynote, and video players (browsers
 * included) hold `PreventUserIdleDisplaySleep` while they run a call or show something, so one
 * `pmset -g assertions` feeds two detectors: held by a call app or for a WebRTC call, it is a
 * call; held by anything else, a presentation or a film. The front app's full-screen state is
 * left out: reading it needs the Accessibility or Automation permission, and a break app that
 * asks for control of the computer asks too much.
 */
export function macBusyDetectors(deps: MacBusyDeps): BusyDetector[] {
  let inFlight: Promise<DisplayAssertion[]> | null = null;
  const assertions = () =>
    (inFlight ??= deps
      .run('pmset', ['-g', 'assertions'], { timeoutMs: PROBE_TIMEOUT_MS })
      .then(displaySleepAssertions, () => [])
      .finally(() => {
        inFlight = null;
      }));
  const holds = (kind: Exclude<AssertionKind, null>) => async () => {
    try {
      const own = deps.ownPids();
      return (await assertions()).some((a) => assertionKind(a, own) === kind);
    } catch {
      return false;
    }
  };
  return [
    {
      reason: 'call',
      source: 'a call app keeps the display awake',
      supported: async () => true,
      probe: holds('call'),
    },
    {
      reason: 'fullscreen',
      source: 'an app keeps the display awake',
      supported: async () => true,
      probe: holds('fullscreen'),
    },
  ];
}
