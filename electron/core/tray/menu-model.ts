import type { UpdateState } from '../updates/update-state';
import type { TodayCount } from '../history/statistics';
import { BREAK_SHORT_NAMES } from '../routine/break-names';
import type { EngineStatus } from '../schedule/status';
import { hoursMinutesText } from '../time/duration-text';
import { MINUTE_MS } from '../time/units';

/**
 * What the tray shows, as plain data: the tray adapter turns it into an icon, a tooltip and a
 * native menu, and compares models so the menu is rebuilt only when something visible changed.
 */
export type TrayIcon = 'counting' | 'due' | 'paused' | 'off';

export type TrayAction =
  | 'start-quick'
  | 'start-full'
  | 'stood-up'
  | 'snooze'
  | 'skip-next'
  | 'pause-30'
  | 'pause-60'
  | 'pause-120'
  | 'pause-rest-of-day'
  | 'resume'
  | 'open-statistics'
  | 'open-settings'
  | 'restart-to-update'
  | 'quit';

export type TrayMenuItem =
  | { kind: 'action'; label: string; action: TrayAction; enabled: boolean }
  | { kind: 'info'; label: string }
  | { kind: 'separator' }
  | { kind: 'submenu'; label: string; items: TrayMenuItem[] };

export interface TrayModel {
  icon: TrayIcon;
  tooltip: string;
  items: TrayMenuItem[];
}

export interface TrayModelInput {
  status: EngineStatus;
  /** Epoch ms. */
  now: number;
  /** BCP 47 locale for times, e.g. "en-GB"; undefined uses the runtime default. */
  locale?: string;
  snoozeMinutes: number;
  /** Today's breaks taken and suggested (docs/decisions.md, "What counts as a break"). */
  today: TodayCount;
  /** Where the update check stands; "Restart to update" shows once one is ready. */
  update?: UpdateState;
}

/** "09:00" where clocks run to 24 h, "9:00 AM" where they run to 12 h (no "09:00 AM"). */
function timeOfDay(at: number, locale: string | undefined): string {
  const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  const twelveHour = hourCycle === 'h11' || hourCycle === 'h12';
  const hour = twelveHour ? 'numeric' : '2-digit';
  return new Intl.DateTimeFormat(locale, { hour, minute: '2-digit' }).format(at);
}

function weekdayName(at: number, locale: string | undefined): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(at);
}

function sameLocalDay(a: number, b: number): boolean {
  const x = new Date(a);
  const y = new Date(b);
  return (
    x.getFullYear() === y.getFullYear() &&
    x.getMonth() === y.getMonth() &&
    x.getDate() === y.getDate()
  );
}

/** "14:30" today, "Mon 09:00" on another day. */
function whenLabel(at: number, now: number, locale: string | undefined): string {
  const time = timeOfDay(at, locale);
  return sameLocalDay(at, now) ? time : `${weekdayName(at, locale)} ${time}`;
}

/** "23 min", "1 h", "1 h 5 min"; never less than 1 min so "in 0 min" is never shown. */
export function durationLabel(ms: number): string {
  return hoursMinutesText(Math.max(1, Math.ceil(ms / MINUTE_MS)));
}

/** The icon for a status; the Unsit window marks its status the same way. */
export function trayIconFor(status: EngineStatus): TrayIcon {
  switch (status.phase) {
    case 'due':
      return 'due';
    case 'paused':
      return 'paused';
    case 'outside-hours':
      return 'off';
    case 'counting':
    case 'away':
      return 'counting';
  }
}

/** The tooltip: relative times, refreshed whenever the status changes or the pointer hovers. */
export function trayTooltip(status: EngineStatus, now: number, locale?: string): string {
  switch (status.phase) {
    case 'due':
      return 'Break due now';
    case 'paused':
      return status.pausedUntil === null
        ? 'Reminders paused'
        : `Paused until ${whenLabel(status.pausedUntil, now, locale)}`;
    case 'outside-hours':
      return status.hoursResumeAt === null
        ? 'Off: no working hours in the coming week'
        : `Off until ${whenLabel(status.hoursResumeAt, now, locale)}`;
    case 'away':
      return 'Away from the computer';
    case 'counting':
      if (status.skipNext) return 'Next break will be skipped';
      return status.nextReminderAt === null
        ? 'No more stretches due before work ends'
        : `Next stretch in ${durationLabel(status.nextReminderAt - now)}`;
  }
}

/**
 * The next instant the tooltip's words change with the passing of time alone, or null while
 * only a change of status changes them. Only "Next stretch in N min" counts down: it changes at
 * each whole minute before the reminder, down to "1 min", which lasts until the reminder falls
 * due (a change of status). Clock times ("Paused until 14:30", "Off until Mon 09:00") stay true
 * as time passes, so they need no refresh.
 */
export function tooltipChangesAt(status: EngineStatus, now: number): number | null {
  if (status.phase !== 'counting' || status.skipNext || status.nextReminderAt === null) {
    return null;
  }
  const shownMinutes = Math.ceil((status.nextReminderAt - now) / MINUTE_MS);
  if (shownMinutes <= 1) return null;
  return status.nextReminderAt - (shownMinutes - 1) * MINUTE_MS;
}

/**
 * How long a tray that cannot tell when the pointer is over it (Linux) waits between two
 * refreshes of its tooltip, at least (docs/decisions.md, "The Linux tooltip").
 */
export const TOOLTIP_REFRESH_GAP_MS = 5 * MINUTE_MS;

/**
 * The first instant at least `gapMs` after `now` at which the tooltip's words change, so a
 * refresh then shows the exact figure; null when none is left before the status changes.
 */
export function nextTooltipRefresh(
  status: EngineStatus,
  now: number,
  gapMs: number = TOOLTIP_REFRESH_GAP_MS,
): number | null {
  const first = tooltipChangesAt(status, now);
  if (first === null || status.nextReminderAt === null) return null;
  const earliest = now + gapMs;
  const at =
    first >= earliest ? first : first + Math.ceil((earliest - first) / MINUTE_MS) * MINUTE_MS;
  // The last change is to "1 min", one minute before the reminder.
  return at <= status.nextReminderAt - MINUTE_MS ? at : null;
}

/**
 * The status line inside the menu. It uses clock times rather than "in N min" because the menu
 * is only rebuilt when the status changes, so a relative time there would go stale.
 */
function trayStatusLine(status: EngineStatus, now: number, locale?: string): string {
  if (status.phase === 'counting' && !status.skipNext && status.nextReminderAt !== null) {
    return `Next stretch at ${whenLabel(status.nextReminderAt, now, locale)}`;
  }
  return trayTooltip(status, now, locale);
}

/** "Today: 3 of 6 breaks", and whether the day's goal is met. */
export function todayLabel({ taken, occasions, goal }: TodayCount): string {
  if (occasions === 0) return 'Today: no breaks yet';
  const count = `Today: ${taken} of ${occasions} ${occasions === 1 ? 'break' : 'breaks'}`;
  return taken >= goal ? `${count}, goal met` : count;
}

function pauseOrResume(status: EngineStatus): TrayMenuItem {
  if (status.phase === 'paused') {
    return { kind: 'action', label: 'Resume reminders', action: 'resume', enabled: true };
  }
  const option = (label: string, action: TrayAction): TrayMenuItem => ({
    kind: 'action',
    label,
    action,
    enabled: true,
  });
  return {
    kind: 'submenu',
    label: 'Pause reminders',
    items: [
      option('For 30 minutes', 'pause-30'),
      option('For 1 hour', 'pause-60'),
      option('For 2 hours', 'pause-120'),
      option('For the rest of today', 'pause-rest-of-day'),
    ],
  };
}

export function buildTrayModel({
  status,
  now,
  locale,
  snoozeMinutes,
  today,
  update,
}: TrayModelInput): TrayModel {
  const due = status.phase === 'due';
  const canSkip = (due || status.phase === 'counting') && !status.skipNext;
  const items: TrayMenuItem[] = [
    // Both kinds work at any time, also outside working hours.
    { kind: 'action', label: BREAK_SHORT_NAMES.quick, action: 'start-quick', enabled: true },
    { kind: 'action', label: BREAK_SHORT_NAMES.full, action: 'start-full', enabled: true },
    // A break taken on one's own only matters while sitting is counted.
    {
      kind: 'action',
      label: 'I stood up',
      action: 'stood-up',
      enabled: status.phase !== 'outside-hours',
    },
    { kind: 'separator' },
    { kind: 'info', label: trayStatusLine(status, now, locale) },
    { kind: 'action', label: `Snooze ${snoozeMinutes} min`, action: 'snooze', enabled: due },
    {
      kind: 'action',
      label: due ? 'Skip this break' : 'Skip next break',
      action: 'skip-next',
      enabled: canSkip,
    },
    pauseOrResume(status),
    { kind: 'separator' },
    { kind: 'info', label: todayLabel(today) },
    { kind: 'action', label: 'Statistics…', action: 'open-statistics', enabled: true },
    { kind: 'separator' },
    { kind: 'action', label: 'Settings…', action: 'open-settings', enabled: true },
    // An update downloaded and verified installs at quit; this installs it now.
    ...(update?.kind === 'ready'
      ? [
          {
            kind: 'action',
            label: 'Restart to update',
            action: 'restart-to-update',
            enabled: true,
          } as const,
        ]
      : []),
    { kind: 'action', label: 'Quit Unsit', action: 'quit', enabled: true },
  ];
  return { icon: trayIconFor(status), tooltip: trayTooltip(status, now, locale), items };
}

/** Structural equality of two menus (models are plain JSON data). */
export function sameMenuItems(a: readonly TrayMenuItem[], b: readonly TrayMenuItem[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
