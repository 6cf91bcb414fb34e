import { describe, expect, it } from 'vitest';
import {
  NOTIFICATION_STATE_SCRIPT,
  powershellArgs,
  windowsBusyDetectors,
} from '../../../electron/main/busy/windows';
import { fakeRun } from './fakes';

const STORE =
  'HKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore';
const QUERY = (device: string) =>
  `reg query HKCU\\Software\\Microsoft\\Windows\\CurrentVersion\\CapabilityAccessManager\\ConsentStore\\${device} /s`;
const UNSIT_EXE = 'C:\\Users\\ana\\AppData\\Local\\Programs\\Unsit\\Unsit.exe';

/** `reg query … /s` as Windows prints it: CRLF, four-space indents and separators. */
function regOutput(device: string, apps: { key: string; start: string; stop: string }[]): string {
  const lines = ['', `${STORE}\\${device}`, '    Value    REG_SZ    Allow', ''];
  lines.push(`${STORE}\\${device}\\Microsoft.WindowsCamera_8wekyb3d8bbwe`);
  lines.push('    Value    REG_SZ    Allow');
  lines.push('    LastUsedTimeStart    REG_QWORD    0x1db3e9a51f0c2d4');
  lines.push('    LastUsedTimeStop    REG_QWORD    0x1db3e9a6c9b8e10', '');
  lines.push(`${STORE}\\${device}\\NonPackaged`, '    Value    REG_SZ    Allow', '');
  for (const app of apps) {
    lines.push(`${STORE}\\${device}\\NonPackaged\\${app.key}`);
    lines.push(`    LastUsedTimeStart    REG_QWORD    ${app.start}`);
    lines.push(`    LastUsedTimeStop    REG_QWORD    ${app.stop}`, '');
  }
  return lines.join('\r\n');
}

const ZOOM = 'C:#Users#ana#AppData#Roaming#Zoom#bin#Zoom.exe';

function detectors(answers: Record<string, string | Error>) {
  const fake = fakeRun(answers);
  const all = windowsBusyDetectors({ run: fake.run, execPath: UNSIT_EXE });
  const by = (source: string) => all.find((d) => d.source === source)!;
  return { fake, all, by };
}

describe('Windows: camera and microphone from the consent store', () => {
  it('is busy while an app has started and not stopped using the device', async () => {
    const { by } = detectors({
      [QUERY('webcam')]: regOutput('webcam', [
        { key: ZOOM, start: '0x1db3ea0b7d6e1a2', stop: '0x0' },
      ]),
      [QUERY('microphone')]: regOutput('microphone', [
        { key: ZOOM, start: '0x1db3ea0b7d6e1a2', stop: '0x1db3ea1c0a3b4f0' },
      ]),
    });
    expect(await by('camera in use').probe()).toBe(true);
    expect(await by('microphone in use').probe()).toBe(false);
  });

  it('counts packaged apps too, and never Unsit itself', async () => {
    const packaged = regOutput('microphone', []).replace('0x1db3e9a6c9b8e10', '0x0');
    const own = regOutput('webcam', [
      { key: UNSIT_EXE.replaceAll('\\', '#'), start: '0x1db3ea0b7d6e1a2', stop: '0x0' },
    ]);
    const { by } = detectors({ [QUERY('microphone')]: packaged, [QUERY('webcam')]: own });
    expect(await by('microphone in use').probe()).toBe(true);
    expect(await by('camera in use').probe()).toBe(false);
  });

  it('does not count an app that was allowed but never used the device', async () => {
    const never = regOutput('webcam', [{ key: ZOOM, start: '0x0', stop: '0x0' }]);
    const { by } = detectors({ [QUERY('webcam')]: never });
    expect(await by('camera in use').probe()).toBe(false);
  });

  it('is not busy when reg fails', async () => {
    const { by } = detectors({ [QUERY('webcam')]: new Error('ERROR: Access is denied.') });
    expect(await by('camera in use').probe()).toBe(false);
    expect(await by('microphone in use').probe()).toBe(false);
  });
});

const POWERSHELL = ['powershell.exe', ...powershellArgs(NOTIFICATION_STATE_SCRIPT)].join(' ');

describe('Windows: full screen, presentation and quiet time through one PowerShell call', () => {
  const cases: [string, { fullscreen: boolean; dnd: boolean }][] = [
    ['quns=5 focus=0', { fullscreen: false, dnd: false }],
    ['quns=2 focus=0', { fullscreen: true, dnd: false }],
    ['quns=3 focus=0', { fullscreen: true, dnd: false }],
    ['quns=4 focus=0', { fullscreen: true, dnd: false }],
    ['quns=7 focus=0', { fullscreen: true, dnd: false }],
    ['quns=6 focus=0', { fullscreen: false, dnd: true }],
    ['quns=5 focus=1', { fullscreen: false, dnd: true }],
    ['quns=5 focus=2', { fullscreen: false, dnd: true }],
    ['quns=1 focus=0', { fullscreen: false, dnd: false }],
    ['quns=-1 focus=-1', { fullscreen: false, dnd: false }],
    ['Add-Type : Cannot add type.', { fullscreen: false, dnd: false }],
  ];
  for (const [printed, expected] of cases) {
    it(`"${printed}" reads as ${JSON.stringify(expected)}`, async () => {
      const { by, fake } = detectors({ [POWERSHELL]: `${printed}\r\n` });
      const [fullscreen, dnd] = await Promise.all([
        by('full screen or presentation mode').probe(),
        by('Focus Assist / Do not disturb').probe(),
      ]);
      expect({ fullscreen, dnd }).toEqual(expected);
      // Both detectors asked together share one PowerShell.
      expect(fake.calls).toHaveLength(1);
    });
  }

  it('starts PowerShell again for the next round of probes', async () => {
    const { by, fake } = detectors({ [POWERSHELL]: 'quns=2 focus=0\r\n' });
    await by('full screen or presentation mode').probe();
    await by('full screen or presentation mode').probe();
    expect(fake.calls).toHaveLength(2);
  });

  it('is not busy when PowerShell is missing or times out', async () => {
    const { by } = detectors({});
    expect(await by('full screen or presentation mode').probe()).toBe(false);
    expect(await by('Focus Assist / Do not disturb').probe()).toBe(false);
  });

  it('sends the script without a shell: base64 of UTF-16, which decodes to the script', () => {
    const args = powershellArgs(NOTIFICATION_STATE_SCRIPT);
    expect(args.slice(0, -1)).toEqual([
      '-NoProfile',
      '-NonInteractive',
      '-ExecutionPolicy',
      'Bypass',
      '-EncodedCommand',
    ]);
    expect(Buffer.from(args.at(-1)!, 'base64').toString('utf16le')).toBe(NOTIFICATION_STATE_SCRIPT);
  });
});
