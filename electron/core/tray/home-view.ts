import type { TodayCount } from '../history/statistics';
import type { HomeView } from '../ipc/contract';
import type { EngineStatus } from '../schedule/status';
import { SECOND_MS } from '../time/units';
import { todayLabel, tooltipChangesAt, trayIconFor, trayTooltip } from './menu-model';

export interface HomeViewInput {
  status: EngineStatus;
  /** Epoch ms. */
  now: number;
  locale?: string;
  today: TodayCount;
  trayHelp: boolean;
  /** What went wrong with the history file (history/notice.ts), or null. */
  historyNotice?: string | null;
}

/**
 * The next instant the Unsit window's words may change: the countdown's next minute, or the
 * moment the status itself is due to change (a reminder falls due, a pause ends, working hours
 * begin). Anything else (a break taken from the tray, the person coming back) the window learns
 * when it is focused again.
 */
function nextChange(status: EngineStatus, now: number): number | null {
  const instants = [
    tooltipChangesAt(status, now),
    status.phase === 'counting' ? status.nextReminderAt : null,
    status.phase === 'paused' ? status.pausedUntil : null,
    status.phase === 'outside-hours' ? status.hoursResumeAt : null,
  ].filter((at): at is number => at !== null && at > now);
  return instants.length === 0 ? null : Math.min(...instants);
}

/** What the Unsit window shows: the same words as the tray, from the same functions. */
export function buildHomeView({
  status,
  now,
  locale,
  today,
  trayHelp,
  historyNotice = null,
}: HomeViewInput): HomeView {
  const changesAt = nextChange(status, now);
  return {
    status: trayTooltip(status, now, locale),
    state: trayIconFor(status),
    today: todayLabel(today),
    paused: status.phase === 'paused',
    canStandUp: status.phase !== 'outside-hours',
    // At least a second, so a status that is a moment late to change never makes a busy loop.
    refreshInMs: changesAt === null ? null : Math.max(SECOND_MS, changesAt - now),
    trayHelp,
    historyNotice,
  };
}
