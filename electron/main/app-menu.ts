import type { MenuItemConstructorOptions } from 'electron';

export interface AppMenuOptions {
  platform: NodeJS.Platform;
  /** app.isPackaged: an installed build gets no way to reload a page or open DevTools. */
  packaged: boolean;
  appName: string;
}

/**
 * The application menu. Electron's default one has Reload and Toggle Developer Tools, reachable
 * by their shortcuts even where the menu is hidden, so Unsit always sets its own.
 *
 * macOS: Unsit shows no menu bar (it is a menu-bar extra), but the menu's shortcuts still work in
 * its windows: Cmd+Q, Cmd+W, Cmd+M, and copy and paste in the settings' fields. Elsewhere there
 * is no application menu at all: each window removes its own (see windows.ts).
 */
export function applicationMenuTemplate({
  platform,
  packaged,
  appName,
}: AppMenuOptions): MenuItemConstructorOptions[] | null {
  if (platform !== 'darwin') return null;
  const template: MenuItemConstructorOptions[] = [
    {
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'Window',
      submenu: [{ role: 'minimize' }, { role: 'close' }],
    },
  ];
  if (!packaged) {
    template.push({
      label: 'Develop',
      submenu: [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }],
    });
  }
  return template;
}

/** The parts of Electron's Menu used here. */
export interface ApplicationMenuPort<M> {
  buildFromTemplate(template: MenuItemConstructorOptions[]): M;
  setApplicationMenu(menu: M | null): void;
}

export function installApplicationMenu<M>(
  Menu: ApplicationMenuPort<M>,
  options: AppMenuOptions,
): void {
  const template = applicationMenuTemplate(options);
  Menu.setApplicationMenu(template ? Menu.buildFromTemplate(template) : null);
}
