import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import {
  applicationMenuTemplate,
  installApplicationMenu,
  type AppMenuOptions,
} from '../../electron/main/app-menu';

const DEVELOPER_ROLES = ['reload', 'forceReload', 'toggleDevTools', 'viewMenu'];

function roles(template: readonly MenuItemConstructorOptions[] | null): string[] {
  return (template ?? []).flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

const mac = (packaged: boolean): AppMenuOptions => ({
  platform: 'darwin',
  packaged,
  appName: 'Unsit',
});

describe('the application menu', () => {
  it('on an installed Mac has no way to reload a page or open DevTools', () => {
    const found = roles(applicationMenuTemplate(mac(true)));
    for (const role of DEVELOPER_ROLES) expect(found).not.toContain(role);
  });

  it('on a Mac keeps the shortcuts a user expects in Unsit windows', () => {
    const found = roles(applicationMenuTemplate(mac(true)));
    expect(found).toEqual(
      expect.arrayContaining([
        'quit',
        'close',
        'minimize',
        'copy',
        'paste',
        'cut',
        'undo',
        'selectAll',
      ]),
    );
  });

  it('names the app menu after the app', () => {
    expect(applicationMenuTemplate(mac(true))?.[0]?.label).toBe('Unsit');
  });

  it('keeps Reload and DevTools when run from source', () => {
    const found = roles(applicationMenuTemplate(mac(false)));
    expect(found).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']));
  });

  it('is removed entirely on Windows and Linux, where Electron would add a hidden default', () => {
    const set: unknown[] = [];
    const Menu = {
      buildFromTemplate: (template: MenuItemConstructorOptions[]) => ({ template }),
      setApplicationMenu: (menu: unknown) => set.push(menu),
    };
    for (const platform of ['win32', 'linux'] as const) {
      installApplicationMenu(Menu, { platform, packaged: true, appName: 'Unsit' });
    }
    installApplicationMenu(Menu, mac(true));
    expect(set).toHaveLength(3);
    expect(set[0]).toBeNull();
    expect(set[1]).toBeNull();
    expect(roles((set[2] as { template: MenuItemConstructorOptions[] }).template)).toContain(
      'quit',
    );
  });
});
