import type { Translate } from '../../../electron/core/i18n/translator';
import type { SettingsView } from '../../../electron/core/ipc/contract';

/** The launch-at-login option in each platform's own words. */
export function launchAtLoginWording(
  t: Translate,
  platform: SettingsView['platform'],
): { label: string; hint: string } {
  switch (platform) {
    case 'darwin':
      return { label: t('settings.login.label.darwin'), hint: t('settings.login.hint.darwin') };
    case 'win32':
      return { label: t('settings.login.label.win32'), hint: t('settings.login.hint.win32') };
    case 'linux':
      return { label: t('settings.login.label.other'), hint: t('settings.login.hint.linux') };
    default:
      return { label: t('settings.login.label.other'), hint: '' };
  }
}
