import { waitingText } from '../schedule/busy';
import type { TodayCount } from '../history/statistics';
import type { Translator } from '../i18n/translator';
import { breakShortName } from '../routine/break-names';
import type { EngineStatus } from '../schedule/status';
import { sameLocalDay } from '../time/day-key';
import { hoursMinutesText } from '../time/duration-text';
import { MINUTE_MS } from '../time/units';
import type { UpdateState } from '../updates/update-state';
import { commandEnabled, lengthLabel, MEETINGS, PAUSES, type TrayCommand } from './commands';

/**
 * What the tray shows, as plain data: the tray adapter turns it into an icon, a tooltip and a
 * native menu, and compares models so the menu is rebuilt only when something visible changed.
 */
export type TrayIcon = 'counting' | 'due' | 'paused' | 'off';

/** A tray item carries a command (docs/architecture.md, "One vocabulary of commands"). */
export type TrayMenuItem =
  | { kind: 'action'; label: string; action: TrayCommand; enabled: boolean }
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
  /** The words, and the locale whose clock (12 or 24 h) and weekday names times use. */
  translator: Translator;
  snoozeMinutes: number;
  /** Today's breaks taken and suggested (docs/decisions.md, "What counts as a break"). */
  today: TodayCount;
  /** Where the update check stands; "Restart to update" shows once one is ready. */
  update?: UpdateState;
}

/** "09:00" where clocks run to 24 h, "9:00 AM" where they run to 12 h (no "09:00 AM"). */
export function timeOfDay(at: number, locale: string): string {
  const { hourCycle } = new Intl.DateTimeFormat(locale, { hour: 'numeric' }).resolvedOptions();
  const twelveHour = hourCycle === 'h11' || hourCycle === 'h12';
  const hour = twelveHour ? 'numeric' : '2-digit';
  return new Intl.DateTimeFormat(locale, { hour, minute: '2-digit' }).format(at);
}

function weekdayName(at: number, locale: string): string {
  return new Intl.DateTimeFormat(locale, { weekday: 'short' }).format(at);
}

/** "14:30" today, "Mon 09:00" on another day. */
function whenLabel({ locale, t }: Translator, at: number, now: number): string {
  const time = timeOfDay(at, locale);
  return sameLocalDay(at, now)
    ? time
    : t('time.dayAndTime', { weekday: weekdayName(at, locale), time });
}

/** "23 min", "1 h", "1 h 5 min"; never less than 1 min so "in 0 min" is never shown. */
export function durationLabel(t: Translator['t'], ms: number): string {
  return hoursMinutesText(t, Math.max(1, Math.ceil(ms / MINUTE_MS)));
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
export function trayTooltip(tr: Translator, status: EngineStatus, now: number): string {
  const { t } = tr;
  switch (status.phase) {
    case 'due':
      return t('tray.tooltip.due');
    case 'paused':
      return status.pausedUntil === null
        ? t('tray.tooltip.paused')
        : t('tray.tooltip.pausedUntil', { when: whenLabel(tr, status.pausedUntil, now) });
    case 'outside-hours':
      return status.hoursResumeAt === null
        ? t('tray.tooltip.offNoHours')
        : t('tray.tooltip.offUntil', { when: whenLabel(tr, status.hoursResumeAt, now) });
    case 'away':
      return t('tray.tooltip.away');
    case 'counting':
      // A reminder held while the person is busy: "Waiting for your call to end".
      if (status.heldBy !== null) return waitingText(t, status.heldBy);
      if (status.skipNext) return t('tray.tooltip.skipNext');
      return status.nextReminderAt === null
        ? t('tray.tooltip.noMore')
        : t('tray.tooltip.nextIn', { duration: durationLabel(t, status.nextReminderAt - now) });
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
  if (status.heldBy !== null) return null;
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
function trayStatusLine(tr: Translator, status: EngineStatus, now: number): string {
  const counting = status.phase === 'counting' && status.heldBy === null;
  if (counting && !status.skipNext && status.nextReminderAt !== null) {
    return tr.t('tray.status.nextAt', { when: whenLabel(tr, status.nextReminderAt, now) });
  }
  return trayTooltip(tr, status, now);
}

/** "Today: 3 of 6 breaks", and whether the day's goal is met. */
export function todayLabel(t: Translator['t'], { taken, occasions, goal }: TodayCount): string {
  if (occasions === 0) return t('tray.today.none');
  return t(taken >= goal ? 'tray.today.countGoalMet' : 'tray.today.count', { taken, occasions });
}

function pauseOrResume(t: Translator['t'], status: EngineStatus): TrayMenuItem {
  if (status.phase === 'paused') {
    return { kind: 'action', label: t('tray.menu.resume'), action: 'resume', enabled: true };
  }
  return {
    kind: 'submenu',
    label: t('tray.menu.pause'),
    items: PAUSES.map((pause) => ({
      kind: 'action',
      label: lengthLabel(t, pause.command, 'menu'),
      action: pause.command,
      enabled: true,
    })),
  };
}

/**
 * An update ready to install offers "Restart to update" (it would install at quit anyway); a
 * version this copy cannot install itself offers its release page. Failures and checks in
 * progress stay out of the menu: the Unsit window's update line tells them.
 */
function updateItems(t: Translator['t'], update: UpdateState | undefined): TrayMenuItem[] {
  if (update?.kind === 'ready') {
    return [
      {
        kind: 'action',
        label: t('tray.menu.restartToUpdate'),
        action: 'restart-to-update',
        enabled: true,
      },
    ];
  }
  if (update?.kind === 'available') {
    return [
      {
        kind: 'action',
        label: t('tray.menu.getVersion', { version: update.version }),
        action: 'open-release-page',
        enabled: true,
      },
    ];
  }
  return [];
}

/** "In a meeting" for a while or until it is ended; "End the meeting" while one is on. */
function meetingItem(t: Translator['t'], status: EngineStatus): TrayMenuItem {
  if (commandEnabled('meeting-end', status)) {
    return {
      kind: 'action',
      label: t('tray.menu.meetingEnd'),
      action: 'meeting-end',
      enabled: true,
    };
  }
  return {
    kind: 'submenu',
    label: t('tray.menu.meeting'),
    items: MEETINGS.map((meeting) => ({
      kind: 'action',
      label: lengthLabel(t, meeting.command, 'menu'),
      action: meeting.command,
      enabled: true,
    })),
  };
}

export function buildTrayModel({
  status,
  now,
  translator,
  snoozeMinutes,
  today,
  update,
}: TrayModelInput): TrayModel {
  const { t } = translator;
  const due = status.phase === 'due';
  const action = (label: string, command: TrayCommand): TrayMenuItem => ({
    kind: 'action',
    label,
    action: command,
    enabled: commandEnabled(command, status),
  });
  const items: TrayMenuItem[] = [
    action(breakShortName(t, 'quick'), 'start-quick'),
    action(breakShortName(t, 'full'), 'start-full'),
    action(t('tray.menu.stoodUp'), 'stood-up'),
    { kind: 'separator' },
    { kind: 'info', label: trayStatusLine(translator, status, now) },
    action(t('tray.menu.snooze', { minutes: snoozeMinutes }), 'snooze'),
    action(due ? t('tray.menu.skipThis') : t('tray.menu.skipNext'), 'skip-next'),
    pauseOrResume(t, status),
    meetingItem(t, status),
    { kind: 'separator' },
    { kind: 'info', label: todayLabel(t, today) },
    action(t('tray.menu.statistics'), 'open-statistics'),
    { kind: 'separator' },
    action(t('tray.menu.settings'), 'open-settings'),
    ...updateItems(t, update),
    action(t('tray.menu.quit'), 'quit'),
  ];
  return { icon: trayIconFor(status), tooltip: trayTooltip(translator, status, now), items };
}

/** Structural equality of two menus (models are plain JSON data). */
export function sameMenuItems(a: readonly TrayMenuItem[], b: readonly TrayMenuItem[]): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
