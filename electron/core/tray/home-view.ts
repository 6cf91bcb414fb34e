import type { TodayCount } from '../history/statistics';
import type { EngineStatus } from '../schedule/status';
import { SECOND_MS } from '../time/units';
import { updateLine, type UpdateState } from '../updates/update-state';

/** What the Unsit window shows: the tray's status in words, and what its buttons may do. */
export interface HomeView {
  /** The tray's tooltip: "Next stretch in 23 min", "Paused until 14:30", "Break due now"... */
  status: string;
  /** Which of the tray's icons the status has, for the window's mark. */
  state: 'counting' | 'due' | 'paused' | 'off';
  /** "Today: 3 of 6 breaks", as in the tray menu. */
  today: string;
  /** Reminders are paused: the window offers Resume instead of the pause lengths. */
  paused: boolean;
  /** "In a meeting" is on: the window offers to end it instead of its lengths. */
  inMeeting: boolean;
  /** "I stood up" only matters inside working hours, as in the tray. */
  canStandUp: boolean;
  /**
   * When to ask again because the words above will have changed (the countdown's next minute,
   * the end of a pause...), in ms from now; null when only something else can change them.
   */
  refreshInMs: number | null;
  /** Explain how to get a tray icon (GNOME without the AppIndicator extension). */
  trayHelp: boolean;
  /** The history file's problem in this run, as the statistics window shows it, or null. */
  historyNotice: string | null;
  /**
   * The update line ("Unsit 1.3.0 is ready…"), with "Restart to update" once one is ready, or a
   * link to the release where this copy cannot update itself; null when there is nothing to say.
   */
  update: { line: string; action: 'restart' | 'release-page' | null } | null;
}
import { commandEnabled } from './commands';
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
  update?: UpdateState;
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

/** The update line and its button, or null where there is nothing to say. */
function updateView(state: UpdateState | undefined): HomeView['update'] {
  const line = state ? updateLine(state) : null;
  if (!state || line === null) return null;
  const action =
    state.kind === 'ready' ? 'restart' : state.kind === 'available' ? 'release-page' : null;
  return { line, action };
}

/** What the Unsit window shows: the same words as the tray, from the same functions. */
export function buildHomeView({
  status,
  now,
  locale,
  today,
  trayHelp,
  historyNotice = null,
  update,
}: HomeViewInput): HomeView {
  const changesAt = nextChange(status, now);
  return {
    status: trayTooltip(status, now, locale),
    state: trayIconFor(status),
    today: todayLabel(today),
    paused: status.phase === 'paused',
    inMeeting: commandEnabled('meeting-end', status),
    canStandUp: commandEnabled('stood-up', status),
    // At least a second, so a status that is a moment late to change never makes a busy loop.
    refreshInMs: changesAt === null ? null : Math.max(SECOND_MS, changesAt - now),
    trayHelp,
    historyNotice,
    update: updateView(update),
  };
}
