import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import {
  APP_ID,
  SOURCE_APP_ID,
  SOURCE_APP_NAME,
  SOURCE_TOAST_ACTIVATOR_CLSID,
  TOAST_ACTIVATOR_CLSID,
  applyWindowsIdentity,
  type IdentityApp,
} from '../../electron/main/app-identity';

const ROAMING = 'C:\\Users\\me\\AppData\\Roaming\\';

/** `nameMovesData`: the data folder still follows the name (Electron before it is first used). */
function recordingApp({ nameMovesData = true } = {}) {
  const calls: string[] = [];
  let name = 'Unsit';
  let userData: string | null = null;
  const app: IdentityApp = {
    setAppUserModelId: (id) => calls.push(`aumid ${id}`),
    setToastActivatorCLSID: (id) => calls.push(`clsid ${id}`),
    setName: (next) => {
      name = next;
      calls.push(`name ${next}`);
    },
    getPath: () => userData ?? ROAMING + (nameMovesData ? name : 'Unsit'),
    setPath: (_, path) => {
      userData = path;
      calls.push(`userData ${path}`);
    },
  };
  return { app, calls, dataFolder: () => app.getPath('userData') };
}

describe('the identity Unsit gives Windows', () => {
  it('sets the AppUserModelID and a fixed toast activator on Windows only', () => {
    const windows = recordingApp();
    applyWindowsIdentity(windows.app, 'win32', true);
    expect(windows.calls).toEqual([`aumid ${APP_ID}`, `clsid ${TOAST_ACTIVATOR_CLSID}`]);
    for (const platform of ['darwin', 'linux'] as const) {
      const other = recordingApp();
      applyWindowsIdentity(other.app, platform, true);
      applyWindowsIdentity(other.app, platform, false);
      expect(other.calls).toEqual([]);
    }
  });

  it('from source, uses an identity and a shortcut name of its own, keeping the data folder', () => {
    const source = recordingApp();
    applyWindowsIdentity(source.app, 'win32', false);
    expect(source.calls).toEqual([
      `name ${SOURCE_APP_NAME}`,
      `userData ${ROAMING}Unsit`,
      `aumid ${SOURCE_APP_ID}`,
      `clsid ${SOURCE_TOAST_ACTIVATOR_CLSID}`,
    ]);
    expect(source.dataFolder()).toBe(`${ROAMING}Unsit`);
    // Once the folder is in use (after `ready`) the name no longer moves it: nothing to pin.
    const started = recordingApp({ nameMovesData: false });
    applyWindowsIdentity(started.app, 'win32', false);
    expect(started.calls).not.toContainEqual(expect.stringMatching(/^userData/));
    expect(started.calls).toContain(`name ${SOURCE_APP_NAME}`);
    expect(started.dataFolder()).toBe(`${ROAMING}Unsit`);
    expect(SOURCE_APP_ID).not.toBe(APP_ID);
    expect(SOURCE_TOAST_ACTIVATOR_CLSID).not.toBe(TOAST_ACTIVATOR_CLSID);
    expect(SOURCE_APP_NAME).not.toBe('Unsit');
  });

  it('uses CLSIDs in the braced form Electron and the registry accept', () => {
    for (const clsid of [TOAST_ACTIVATOR_CLSID, SOURCE_TOAST_ACTIVATOR_CLSID])
      expect(clsid).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
  });
});

describe('the installers carry the same identity as the app', () => {
  const builder = yaml.load(readFileSync('electron-builder.yml', 'utf8')) as {
    appId: string;
    nsis: { include: string };
  };
  const source = readFileSync(builder.nsis.include, 'utf8');
  // The script's own !defines expanded; ${APP_ID} is electron-builder's (appId).
  const defines = new Map(
    [...source.matchAll(/^!define (\w+) "([^"]*)"$/gm)].map((m) => [m[1], m[2]] as const),
  );
  const installer = source.replace(
    /\$\{(UNSIT_\w+)\}/g,
    (text, name: string) => defines.get(name) ?? text,
  );

  it('electron-builder builds with the app id the app sets at run time', () => {
    // NSIS stamps it on the shortcuts, macOS uses it as the bundle id.
    expect(builder.appId).toBe(APP_ID);
  });

  it('the NSIS script stamps and unregisters the toast activator the app asks for', () => {
    expect(installer).toContain(`!define UNSIT_TOAST_ACTIVATOR_CLSID "${TOAST_ACTIVATOR_CLSID}"`);
  });

  it('the uninstaller removes the login entry Electron writes for launch at login', () => {
    // Electron names the Run value after the AppUserModelID; electron-builder defines APP_ID
    // as appId in the NSIS script. The StartupApproved copy is what Task Manager toggles.
    const deleted = [...installer.matchAll(/DeleteRegValue HKCU "([^"]+)" "([^"]+)"/g)].map(
      (match) => [match[1], match[2]],
    );
    expect(deleted).toEqual(
      expect.arrayContaining([
        ['Software\\Microsoft\\Windows\\CurrentVersion\\Run', '${APP_ID}'],
        [
          'Software\\Microsoft\\Windows\\CurrentVersion\\Explorer\\StartupApproved\\Run',
          '${APP_ID}',
        ],
      ]),
    );
  });
});
