import type { SettingsView } from '../../../electron/core/ipc/contract';

/** The launch-at-login option in each platform's own words. */
export function launchAtLoginWording(platform: SettingsView['platform']): {
  label: string;
  hint: string;
} {
  switch (platform) {
    case 'darwin':
      return {
        label: 'Open Unsit when you log in',
        hint: 'Adds Unsit to your Login Items in System Settings.',
      };
    case 'win32':
      return {
        label: 'Start Unsit when you sign in to Windows',
        hint: 'Unsit appears in the taskbar tray after you sign in.',
      };
    case 'linux':
      return {
        label: 'Start Unsit when you log in',
        hint: 'Unsit adds an autostart entry to your desktop session, and removes it when you switch this off.',
      };
    default:
      return { label: 'Start Unsit when you log in', hint: '' };
  }
}
