// Switches that make the stand-in behave as real Electron does where Electron is less kind than
// the stand-in's defaults. $UNSIT_STANDIN_REAL lists the ones a run turns on, comma-separated.
// Each names where the behaviour was read, so the stand-in can be checked again as Electron
// changes; docs/decisions.md ("What real Electron does, and the stand-in's switches") says more.

export const BEHAVIOURS = {
  // A hidden window of a native Wayland client never gets ready-to-show (Electron 38 and later).
  // Source: electron/electron#48859 (open), worked around by FreeTube #8294 and others.
  'no-ready-to-show': 'electron/electron#48859',
  // close() only asks: the page's beforeunload and pagehide run first, then 'close', then the
  // window is destroyed and emits 'closed'. Source: Electron docs, BrowserWindow, events
  // 'close' and 'closed' and win.close() ("tries to close the window ... the web page may
  // cancel the close").
  'async-close': 'electronjs.org/docs/latest/api/browser-window (win.close, close event)',
  // A toast that Windows could not show reports 'failed' some time after show(), not at once.
  // Source: Electron docs, Notification, event 'failed' (Windows), raised from the toast's
  // asynchronous activation callbacks (shell/browser/notifications/win/windows_toast_notification.cc).
  'notification-fails-late': 'electronjs.org/docs/latest/api/notification (failed, Windows)',
  // A toast dropped under Do Not Disturb / Focus reports neither 'show' nor 'failed'.
  // Source: Electron docs, Notification (timeoutType; no event for a suppressed toast).
  'notification-silent': 'electronjs.org/docs/latest/api/notification (timeoutType)',
  // The user turned the login item off in System Settings (macOS 13+): the app is still
  // registered, openAtLogin reads false and status is 'requires-approval'.
  // Source: Electron docs, app.getLoginItemSettings (status); Apple, SMAppService.Status.
  'login-item-off-by-user': 'electronjs.org/docs/latest/api/app (getLoginItemSettings status)',
  // The screen is locked: Linux has no lock-screen event, only getSystemIdleState() === 'locked'.
  // Source: Electron docs, powerMonitor ('lock-screen' is macOS and Windows only).
  'screen-locked': 'electronjs.org/docs/latest/api/power-monitor (lock-screen: macOS, Windows)',
  // Electron's idle time reads 0 whatever the person does (XWayland, some desktops).
  // Source: electron/electron#34826, #27912.
  'idle-stuck-at-zero': 'electron/electron#34826, electron/electron#27912',
  // The main process keeps the time zone it started in after the system's zone changes; only a
  // write to process.env.TZ makes it look again. Source: electron/electron#33723, #40944.
  'zone-cached': 'electron/electron#33723, electron/electron#40944',
};

const requested = (process.env.UNSIT_STANDIN_REAL ?? '')
  .split(',')
  .map((name) => name.trim())
  .filter((name) => name !== '');
for (const name of requested) {
  if (!(name in BEHAVIOURS)) throw new Error(`stand-in: no real behaviour called '${name}'`);
}
const active = new Set(requested);

/** True when this run plays Electron's real behaviour `name` (a key of BEHAVIOURS). */
export function real(name) {
  if (!(name in BEHAVIOURS)) throw new Error(`stand-in: no real behaviour called '${name}'`);
  return active.has(name);
}
