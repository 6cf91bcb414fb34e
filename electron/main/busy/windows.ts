import type { BusySource } from '../../core/schedule/busy-detection';
import { PROBE_TIMEOUT_MS, type RunCommand } from './run-command';
import type { BusyDetector } from './types';

export interface WindowsBusyDeps {
  run: RunCommand;
  /** Unsit's own executable (`process.execPath`), whose use of a device never counts. */
  execPath: string;
}

const CONSENT_STORE =
  'HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';

/** One registry key as `reg query /s` prints it: its path and its values by name. */
interface RegKey {
  path: string;
  values: Map<string, string>;
}

/**
 * Parses `reg query KEY /s`: a key's full path on a line of its own, then its values indented,
 * "    Name    REG_TYPE    data". Lines may end in CRLF.
 */
export function parseRegQuery(output: string): RegKey[] {
  const keys: RegKey[] = [];
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.trimEnd();
    if (/^HKEY_/i.test(line)) {
      keys.push({ path: line, values: new Map() });
      continue;
    }
    const value = /^\s+(.+?)\s{2,}(REG_\w+)\s{2,}(.*)$/.exec(line);
    if (value && keys.length > 0) keys.at(-1)!.values.set(value[1]!, value[3]!.trim());
  }
  return keys;
}

/**
 * Whether an app other than Unsit is using the device now: Windows sets an app's
 * `LastUsedTimeStop` to 0 from the moment it opens the camera or microphone until it lets go
 * (the same record that lights the microphone icon in the taskbar). Desktop apps sit under
 * `NonPackaged`, named by their path with `#` for `\`.
 */
export function deviceInUse(output: string, execPath: string): boolean {
  const ownKey = execPath.replaceAll('\\', '#').toLowerCase();
  return parseRegQuery(output).some((key) => {
    const stop = key.values.get('LastUsedTimeStop');
    const start = key.values.get('LastUsedTimeStart');
    if (stop === undefined || start === undefined) return false;
    if (Number(stop) !== 0 || Number(start) === 0) return false;
    const name = key.path.slice(key.path.lastIndexOf('\\') + 1).toLowerCase();
    return ownKey === '' || name !== ownKey;
  });
}

function consentDetector(
  deps: WindowsBusyDeps,
  device: 'webcam' | 'microphone',
  source: BusySource,
): BusyDetector {
  return {
    reason: 'call',
    source,
    supported: async () => true,
    async probe() {
      try {
        const out = await deps.run('reg', ['query', `${CONSENT_STORE}\\${device}`, '/s'], {
          timeoutMs: PROBE_TIMEOUT_MS,
        });
        return deviceInUse(out, deps.execPath);
      } catch {
        return false;
      }
    },
  };
}

/**
 * One PowerShell call reads two things. `SHQueryUserNotificationState` (shell32, documented)
 * answers whether a full-screen app, a Direct3D game or presentation mode is on, or quiet
 * time. Focus Assist (Windows 10) / Do not disturb (Windows 11) has no documented API: its
 * level is read from the Windows Notification Facility state the shell publishes
 * (`NtQueryWnfStateData`, state name 0x0D83063EA3BF1C75; 0 off, 1 priority only, 2 alarms
 * only). Either read that fails prints -1 and counts as not busy.
 */
export const NOTIFICATION_STATE_SCRIPT = [
  "$ErrorActionPreference = 'SilentlyContinue'",
  "Add-Type -Namespace UnsitProbe -Name Native -MemberDefinition @'",
  '[DllImport("shell32.dll")] public static extern int SHQueryUserNotificationState(out int state);',
  '[DllImport("ntdll.dll")] public static extern int NtQueryWnfStateData(ref ulong name, IntPtr typeId, IntPtr scope, out uint stamp, out uint data, ref uint size);',
  "'@",
  '$quns = 0',
  'if ([UnsitProbe.Native]::SHQueryUserNotificationState([ref]$quns) -ne 0) { $quns = -1 }',
  '$name = [uint64]0x0D83063EA3BF1C75; $stamp = [uint32]0; $level = [uint32]0; $size = [uint32]4',
  '$focus = -1',
  'if ([UnsitProbe.Native]::NtQueryWnfStateData([ref]$name, [IntPtr]::Zero, [IntPtr]::Zero, [ref]$stamp, [ref]$level, [ref]$size) -eq 0) { $focus = $level }',
  '"quns=$quns focus=$focus"',
].join('\n');

export const QUNS = {
  NOT_PRESENT: 1,
  BUSY: 2,
  RUNNING_D3D_FULL_SCREEN: 3,
  PRESENTATION_MODE: 4,
  ACCEPTS_NOTIFICATIONS: 5,
  QUIET_TIME: 6,
  APP: 7,
} as const;

export interface NotificationState {
  /** SHQueryUserNotificationState's answer, or null when it could not be read. */
  quns: number | null;
  /** Focus Assist's level (0 off, 1 priority only, 2 alarms only), or null. */
  focus: number | null;
}

export function parseNotificationState(output: string): NotificationState {
  const read = (name: string) => {
    const m = new RegExp(`\\b${name}=(-?\\d+)\\b`).exec(output);
    const n = m ? Number(m[1]) : -1;
    return n >= 0 ? n : null;
  };
  return { quns: read('quns'), focus: read('focus') };
}

const FULL_SCREEN_STATES: readonly number[] = [
  QUNS.BUSY,
  QUNS.RUNNING_D3D_FULL_SCREEN,
  QUNS.PRESENTATION_MODE,
  QUNS.APP,
];

export const fullScreenOrPresenting = (s: NotificationState) =>
  s.quns !== null && FULL_SCREEN_STATES.includes(s.quns);

export const quietOrFocusAssist = (s: NotificationState) =>
  s.quns === QUNS.QUIET_TIME || (s.focus !== null && s.focus > 0);

/** The command line: the script goes base64 in UTF-16, so no quoting can go wrong. */
export function powershellArgs(script: string): string[] {
  return [
    '-NoProfile',
    '-NonInteractive',
    '-ExecutionPolicy',
    'Bypass',
    '-EncodedCommand',
    Buffer.from(script, 'utf16le').toString('base64'),
  ];
}

/**
 * Reads the notification state once for both detectors that need it: while one call is on its
 * way, a second probe waits for the same answer instead of starting PowerShell again.
 */
function sharedNotificationState(deps: WindowsBusyDeps): () => Promise<NotificationState> {
  let inFlight: Promise<NotificationState> | null = null;
  const read = async (): Promise<NotificationState> => {
    try {
      const out = await deps.run('powershell.exe', powershellArgs(NOTIFICATION_STATE_SCRIPT), {
        // PowerShell's start and the small compile take longer than a plain tool.
        timeoutMs: PROBE_TIMEOUT_MS * 5,
      });
      return parseNotificationState(out);
    } catch {
      return { quns: null, focus: null };
    }
  };
  return () => {
    inFlight ??= read().finally(() => {
      inFlight = null;
    });
    return inFlight;
  };
}

export function windowsBusyDetectors(deps: WindowsBusyDeps): BusyDetector[] {
  const state = sharedNotificationState(deps);
  return [
    consentDetector(deps, 'webcam', 'camera in use'),
    consentDetector(deps, 'microphone', 'microphone in use'),
    {
      reason: 'fullscreen',
      source: 'full screen or presentation mode',
      supported: async () => true,
      probe: async () => fullScreenOrPresenting(await state()),
    },
    {
      reason: 'dnd',
      source: 'Focus Assist / Do not disturb',
      supported: async () => true,
      probe: async () => quietOrFocusAssist(await state()),
    },
  ];
}
