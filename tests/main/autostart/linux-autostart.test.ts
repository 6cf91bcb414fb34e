import * as fs from 'node:fs';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createLoginItem, type LoginItemApp } from '../../../electron/main/autostart';

const unusedApp: LoginItemApp = {
  setLoginItemSettings: () => {
    throw new Error('Linux must not use Electron login items');
  },
  getLoginItemSettings: () => {
    throw new Error('Linux must not use Electron login items');
  },
};

const homes: string[] = [];
afterEach(() => {
  for (const home of homes.splice(0)) rmSync(home, { recursive: true, force: true });
});
function tempHome(): string {
  const home = mkdtempSync(join(tmpdir(), 'unsit-home-'));
  homes.push(home);
  return home;
}

const linuxItem = (env: Record<string, string | undefined>, execPath = '/opt/Unsit/unsit') =>
  createLoginItem({ platform: 'linux', app: unusedApp, env, execPath });

describe('launch at login on Linux (XDG autostart)', () => {
  it('writes ~/.config/autostart/unsit.desktop when switched on and removes it when off', () => {
    const home = tempHome();
    const item = linuxItem({ HOME: home });
    const entry = join(home, '.config', 'autostart', 'unsit.desktop');
    expect(item.isEnabled()).toBe(false);

    item.setEnabled(true);
    expect(item.isEnabled()).toBe(true);
    expect(readdirSync(join(home, '.config', 'autostart'))).toEqual(['unsit.desktop']);
    const lines = readFileSync(entry, 'utf8').split('\n');
    expect(lines[0]).toBe('[Desktop Entry]');
    expect(lines).toContain('Type=Application');
    expect(lines).toContain('Name=Unsit');
    expect(lines).toContain('Exec=/opt/Unsit/unsit --hidden');
    expect(lines).toContain('X-GNOME-Autostart-enabled=true');
    expect(lines.some((line) => /^Comment=.{10,}/.test(line))).toBe(true);

    item.setEnabled(false);
    expect(item.isEnabled()).toBe(false);
    expect(readdirSync(join(home, '.config', 'autostart'))).toEqual([]);
  });

  it('uses XDG_CONFIG_HOME when it is set to an absolute path', () => {
    const home = tempHome();
    const config = join(home, 'custom-config');
    linuxItem({ HOME: home, XDG_CONFIG_HOME: config }).setEnabled(true);
    expect(readdirSync(join(config, 'autostart'))).toEqual(['unsit.desktop']);
    expect(fs.existsSync(join(home, '.config'))).toBe(false);
  });

  it('ignores a relative XDG_CONFIG_HOME, as the XDG spec asks', () => {
    const home = tempHome();
    linuxItem({ HOME: home, XDG_CONFIG_HOME: 'relative/config' }).setEnabled(true);
    expect(fs.existsSync(join(home, '.config', 'autostart', 'unsit.desktop'))).toBe(true);
  });

  it('quotes an executable path with spaces so the desktop launches the right program', () => {
    const home = tempHome();
    linuxItem({ HOME: home }, '/home/ana/My Apps/Unsit.AppImage').setEnabled(true);
    const content = readFileSync(join(home, '.config', 'autostart', 'unsit.desktop'), 'utf8');
    expect(content).toContain('Exec="/home/ana/My Apps/Unsit.AppImage" --hidden\n');
  });

  it('switching on twice or off twice is harmless', () => {
    const home = tempHome();
    const item = linuxItem({ HOME: home });
    item.setEnabled(true);
    item.setEnabled(true);
    expect(item.isEnabled()).toBe(true);
    item.setEnabled(false);
    item.setEnabled(false);
    expect(item.isEnabled()).toBe(false);
  });

  it('reads an entry the user switched off in their desktop settings as off', () => {
    const home = tempHome();
    const item = linuxItem({ HOME: home });
    item.setEnabled(true);
    const entry = join(home, '.config', 'autostart', 'unsit.desktop');
    writeFileSync(
      entry,
      readFileSync(entry, 'utf8').replace(
        'X-GNOME-Autostart-enabled=true',
        'X-GNOME-Autostart-enabled=false',
      ),
    );
    expect(item.isEnabled()).toBe(false);
    writeFileSync(entry, `${readFileSync(entry, 'utf8')}Hidden=true\n`);
    expect(item.isEnabled()).toBe(false);
    item.setEnabled(true);
    expect(item.isEnabled()).toBe(true);
  });

  it('never deletes an unsit.desktop the user wrote: it is moved aside, where it starts nothing', () => {
    const home = tempHome();
    const folder = join(home, '.config', 'autostart');
    fs.mkdirSync(folder, { recursive: true });
    const usersEntry = '[Desktop Entry]\nType=Application\nName=Unsit\nExec=unsit --my-flag\n';
    writeFileSync(join(folder, 'unsit.desktop'), usersEntry);
    writeFileSync(join(folder, 'unsit.desktop.user-1'), 'an earlier one');
    const item = linuxItem({ HOME: home });
    item.setEnabled(false);
    expect(readdirSync(folder).sort()).toEqual(['unsit.desktop.user-1', 'unsit.desktop.user-2']);
    expect(readFileSync(join(folder, 'unsit.desktop.user-1'), 'utf8')).toBe('an earlier one');
    expect(readFileSync(join(folder, 'unsit.desktop.user-2'), 'utf8')).toBe(usersEntry);
    // Unsit's own entry is simply removed and replaced, with nothing moved aside.
    item.setEnabled(true);
    item.setEnabled(true);
    item.setEnabled(false);
    expect(readdirSync(folder).sort()).toEqual(['unsit.desktop.user-1', 'unsit.desktop.user-2']);
  });

  it('writes through the one atomic writer: a failed write leaves the old entry as it was', () => {
    const home = tempHome();
    linuxItem({ HOME: home }, '/old/unsit').setEnabled(true);
    const item = createLoginItem({
      platform: 'linux',
      app: unusedApp,
      env: { HOME: home },
      execPath: '/new/unsit',
      writeText: () => {
        throw Object.assign(new Error('no space left'), { code: 'ENOSPC' });
      },
    });
    expect(() => item.setEnabled(true)).toThrow(/no space left/);
    const folder = join(home, '.config', 'autostart');
    expect(readdirSync(folder)).toEqual(['unsit.desktop']);
    expect(readFileSync(join(folder, 'unsit.desktop'), 'utf8')).toContain(
      'Exec=/old/unsit --hidden',
    );
  });

  it('names the program in TryExec, so a removed Unsit is skipped at login', () => {
    const home = tempHome();
    linuxItem({ HOME: home }, '/opt/Unsit/unsit').setEnabled(true);
    const entry = readFileSync(join(home, '.config', 'autostart', 'unsit.desktop'), 'utf8');
    expect(entry.split('\n')).toContain('TryExec=/opt/Unsit/unsit');
  });

  it('at start, points its own entry at an AppImage that was updated or moved', () => {
    const home = tempHome();
    linuxItem({ HOME: home }, '/home/ada/Apps/Unsit-1.0.AppImage').setEnabled(true);
    linuxItem({ HOME: home }, '/home/ada/Apps/Unsit-1.1.AppImage').repair();
    const entry = readFileSync(join(home, '.config', 'autostart', 'unsit.desktop'), 'utf8');
    expect(entry).toContain('Exec=/home/ada/Apps/Unsit-1.1.AppImage --hidden');
    expect(entry).not.toContain('Unsit-1.0');
  });

  it('at start, leaves alone an entry the user switched off, one they wrote, and a missing one', () => {
    const home = tempHome();
    const folder = join(home, '.config', 'autostart');
    const path = join(folder, 'unsit.desktop');
    linuxItem({ HOME: home }, '/old/unsit').setEnabled(true);
    const disabled = `${readFileSync(path, 'utf8')}Hidden=true\n`;
    writeFileSync(path, disabled);
    linuxItem({ HOME: home }, '/new/unsit').repair();
    expect(readFileSync(path, 'utf8')).toBe(disabled);
    const theirs = '[Desktop Entry]\nType=Application\nExec=/old/unsit --my-flag\n';
    writeFileSync(path, theirs);
    linuxItem({ HOME: home }, '/new/unsit').repair();
    expect(readFileSync(path, 'utf8')).toBe(theirs);
    rmSync(path);
    linuxItem({ HOME: home }, '/new/unsit').repair();
    expect(readdirSync(folder)).toEqual([]);
  });
});
