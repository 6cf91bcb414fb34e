import type { Translator } from '../i18n/translator';
import { fieldName } from './error-text';

/**
 * What went wrong with the settings file at start-up, for the one-time message to the user.
 * `problems` are the settings paths that went back to their defaults; the message names them
 * in the language of the moment it is shown.
 */
export type SettingsRepair =
  | { kind: 'unreadable'; backupName: string | null }
  | { kind: 'salvaged'; problems: readonly string[]; backupName: string | null }
  | { kind: 'newer'; problems: readonly string[]; backupName: string | null };

function fieldList(translator: Translator, problems: readonly string[]): string {
  const names = [...new Set(problems.map((path) => fieldName(translator, path)))];
  return new Intl.ListFormat(translator.locale, { type: 'conjunction' }).format(names);
}

/** The one-time message shown in the settings window after a damaged file was repaired. */
export function repairNotice(translator: Translator, repair: SettingsRepair): string {
  const { t } = translator;
  const copy =
    repair.backupName === null
      ? t('settings.repair.copyLeft')
      : t('settings.repair.copyKept', { file: repair.backupName });
  switch (repair.kind) {
    case 'unreadable':
      return `${t('settings.repair.unreadable')} ${copy}`;
    case 'salvaged':
      return `${t('settings.repair.salvaged', { fields: fieldList(translator, repair.problems) })} ${copy}`;
    case 'newer': {
      const reset =
        repair.problems.length > 0
          ? ` ${t('settings.repair.newerReset', { fields: fieldList(translator, repair.problems) })}`
          : '';
      return `${t('settings.repair.newer')}${reset} ${copy}`;
    }
  }
}

/** Added to the notice when the settings folder cannot be written at all. */
export function unwritableNotice({ t }: Translator, folder: string): string {
  return t('settings.repair.unwritable', { folder });
}
