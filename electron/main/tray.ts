import type { UpdateState } from '../core/updates/update-state';
import { join } from 'node:path';
import type { MenuItemConstructorOptions, NativeImage } from 'electron';
import type { TodayCount } from '../core/history/statistics';
import type { EngineStatus } from '../core/schedule/status';
import {
  buildTrayModel,
  nextTooltipRefresh,
  sameMenuItems,
  type TrayIcon,
  type TrayMenuItem,
  type TrayModel,
} from '../core/tray/menu-model';
import { runUserCommand, type CommandRunner } from './commands';

/** The parts of Electron's Tray the adapter uses. */
export interface TrayLike {
  setImage(image: NativeImage): void;
  setToolTip(text: string): void;
  setContextMenu(menu: unknown): void;
  popUpContextMenu(): void;
  on(event: 'click', listener: () => void): unknown;
  on(event: 'mouse-enter', listener: () => void): unknown;
  destroy(): void;
}

export interface TrayElectron {
  Tray: new (image: NativeImage) => TrayLike;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): unknown };
  nativeImage: { createFromPath(path: string): NativeImage };
}

/** The user's commands the tray's menu items run: those of every door. */
export type TrayCommands = CommandRunner;

export interface TrayOptions {
  electron: TrayElectron;
  /** Folder holding tray-<state>.png (and tray-<state>Template.png for macOS). */
  iconDir: string;
  platform: NodeJS.Platform;
  commands: TrayCommands;
  status: () => EngineStatus;
  now: () => number;
  locale?: string;
  snoozeMinutes: () => number;
  /** Today's breaks taken and suggested, for the "Today" line. */
  today: () => TodayCount;
  /** Where the update check stands (installed builds); "Restart to update" once one is ready. */
  update?: () => UpdateState;
}

export interface TrayController {
  /** Recomputes the model; touches the native tray only where something changed. */
  refresh(): void;
  /**
   * The same, once after the current task: several outcomes recorded in one go (a routine's end
   * and a new reminder, say) rebuild the menu once. A microtask, not a timer.
   */
  refreshSoon(): void;
  destroy(): void;
}

/** macOS menu-bar icons are monochrome template images that follow the bar's appearance. */
function trayIconFile(icon: TrayIcon, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? `tray-${icon}Template.png` : `tray-${icon}.png`;
}

/** Turns the pure menu model into Electron's menu template. */
function menuTemplate(
  items: readonly TrayMenuItem[],
  commands: TrayCommands,
): MenuItemConstructorOptions[] {
  return items.map((item): MenuItemConstructorOptions => {
    switch (item.kind) {
      case 'separator':
        return { type: 'separator' };
      case 'info':
        return { label: item.label, enabled: false };
      case 'submenu':
        return { label: item.label, submenu: menuTemplate(item.items, commands) };
      case 'action':
        return {
          label: item.label,
          enabled: item.enabled,
          click: () => runUserCommand(item.action, commands),
        };
    }
  });
}

export function createTray(options: TrayOptions): TrayController {
  const { electron, iconDir, platform, commands } = options;
  const loadIcon = (icon: TrayIcon): NativeImage => {
    const image = electron.nativeImage.createFromPath(join(iconDir, trayIconFile(icon, platform)));
    if (platform === 'darwin') image.setTemplateImage(true);
    return image;
  };

  const model = (status: EngineStatus, now: number): TrayModel =>
    buildTrayModel({
      status,
      now,
      locale: options.locale,
      snoozeMinutes: options.snoozeMinutes(),
      today: options.today(),
      update: options.update?.(),
    });

  // Linux reports no 'mouse-enter', so there the countdown in the tooltip is refreshed by one
  // timeout, at most every 5 minutes and only while the words count down (docs/decisions.md,
  // "The Linux tooltip").
  const refreshByTimer = platform === 'linux';
  let refreshTimer: ReturnType<typeof setTimeout> | null = null;
  let destroyed = false;
  const armTooltipRefresh = (status: EngineStatus, now: number): void => {
    if (refreshTimer !== null) clearTimeout(refreshTimer);
    refreshTimer = null;
    const at = refreshByTimer && !destroyed ? nextTooltipRefresh(status, now) : null;
    if (at !== null) refreshTimer = setTimeout(refresh, at - now);
  };

  const firstStatus = options.status();
  const firstNow = options.now();
  let shown = model(firstStatus, firstNow);
  const tray = new electron.Tray(loadIcon(shown.icon));
  tray.setToolTip(shown.tooltip);
  tray.setContextMenu(electron.Menu.buildFromTemplate(menuTemplate(shown.items, commands)));
  armTooltipRefresh(firstStatus, firstNow);

  function refresh(): void {
    const status = options.status();
    const now = options.now();
    const next = model(status, now);
    if (next.icon !== shown.icon) tray.setImage(loadIcon(next.icon));
    if (next.tooltip !== shown.tooltip) tray.setToolTip(next.tooltip);
    if (!sameMenuItems(next.items, shown.items)) {
      tray.setContextMenu(electron.Menu.buildFromTemplate(menuTemplate(next.items, commands)));
    }
    shown = next;
    armTooltipRefresh(status, now);
  }

  // The tooltip says "in N min": where the system says so, refresh it when the pointer arrives.
  tray.on('mouse-enter', refresh);
  // Windows opens nothing on a left click by default; show the menu as users expect.
  if (platform === 'win32') tray.on('click', () => tray.popUpContextMenu());

  let refreshQueued = false;
  const refreshSoon = (): void => {
    if (refreshQueued) return;
    refreshQueued = true;
    queueMicrotask(() => {
      refreshQueued = false;
      refresh();
    });
  };

  return {
    refresh,
    refreshSoon,
    destroy() {
      destroyed = true;
      if (refreshTimer !== null) clearTimeout(refreshTimer);
      refreshTimer = null;
      tray.destroy();
    },
  };
}
