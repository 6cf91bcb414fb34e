/** What went wrong with the settings file at start-up, for the one-time message to the user. */
export type SettingsRepair =
  | { kind: 'unreadable'; backupName: string | null }
  | { kind: 'salvaged'; problems: readonly string[]; backupName: string | null }
  | { kind: 'newer'; problems: readonly string[]; backupName: string | null };

function keptCopy(backupName: string | null): string {
  return backupName
    ? ` A copy of the old file was kept as ${backupName}.`
    : ' The old file was left where it was.';
}

function resetList(problems: readonly string[]): string {
  return `these went back to their defaults: ${problems.join('; ')}.`;
}

/** The one-time message shown in the settings window after a damaged file was repaired. */
export function repairNotice(repair: SettingsRepair): string {
  const copy = keptCopy(repair.backupName);
  switch (repair.kind) {
    case 'unreadable':
      return `Your settings file was damaged and could not be read, so Unsit started with its default settings.${copy}`;
    case 'salvaged':
      return `Part of your settings file could not be used, so ${resetList(repair.problems)}${copy}`;
    case 'newer': {
      const reset =
        repair.problems.length > 0
          ? ` Some of it was not understood, so ${resetList(repair.problems)}`
          : '';
      return `Your settings were saved by a newer version of Unsit. This version kept what it understands.${reset}${copy}`;
    }
  }
}

/** Added to the notice when the settings folder cannot be written at all. */
export function unwritableNotice(folder: string): string {
  return `Unsit cannot write to its settings folder (${folder}), so changes will only last until it quits.`;
}
