import type { UpdateState } from '../core/updates/update-state';
import type { TodayCount } from '../core/history/statistics';
import type { HomeCommand, HomeView } from '../core/ipc/contract';
import type { EngineStatus } from '../core/schedule/status';
import { buildHomeView } from '../core/tray/home-view';
import { runUserCommand } from './commands';
import type { TrayCommands } from './tray';
import type { TrayHelp } from './tray-help';

export interface HomeOptions {
  status: () => EngineStatus;
  today: () => TodayCount;
  now: () => number;
  locale?: string;
  commands: TrayCommands;
  trayHelp: Pick<TrayHelp, 'active' | 'delivered'>;
  /** What went wrong with the history file in this run, or null (shown as in statistics). */
  historyNotice?: () => string | null;
  /** Where the update check stands (installed builds). */
  update?: () => UpdateState;
}

/** Main's side of the Unsit window: what it shows, and its buttons, which are the tray's. */
export interface Home {
  view(): HomeView;
  /** Runs a command as the tray's item of the same name does (one dispatcher); answers the view after it. */
  run(command: HomeCommand): HomeView;
}

export function createHome(options: HomeOptions): Home {
  const view = (): HomeView => {
    const trayHelp = options.trayHelp.active();
    if (trayHelp) options.trayHelp.delivered();
    return buildHomeView({
      status: options.status(),
      now: options.now(),
      locale: options.locale,
      today: options.today(),
      trayHelp,
      historyNotice: options.historyNotice?.() ?? null,
      update: options.update?.(),
    });
  };
  return {
    view,
    run(command) {
      runUserCommand(command, options.commands);
      return view();
    },
  };
}
