/** Characters that force an Exec argument into double quotes (Desktop Entry spec, "Exec key"). */
const RESERVED = /[\s"'\\><~|&;$*?#()`]/;

/**
 * One Exec argument, quoted per the Desktop Entry spec. Quoting comes first (", `, $ and \ get a
 * backslash inside double quotes), then the general string escaping doubles every backslash,
 * which is why a literal "$" ends up as \\$ in the file. "%" is doubled so it is never read as a
 * field code.
 */
export function quoteExecArgument(argument: string): string {
  const percentSafe = argument.replaceAll('%', '%%');
  const quoted = RESERVED.test(percentSafe)
    ? `"${percentSafe.replace(/["`$\\]/g, (c) => `\\${c}`)}"`
    : percentSafe;
  return quoted
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll('\r', '\\r');
}

/** A string value per the Desktop Entry spec's escapes ("Possible value types"). */
export function escapeValue(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll('\n', '\\n')
    .replaceAll('\t', '\\t')
    .replaceAll('\r', '\\r');
}

/** Marks an entry Unsit wrote, so one the user wrote by hand is never taken for it. */
const OWN_ENTRY_MARK = 'X-Unsit-Managed=true';

export function isOwnEntry(content: string): boolean {
  return content.split('\n').some((line) => line.trim() === OWN_ENTRY_MARK);
}

/** The Exec line of the entry that starts `execPath` in its tray. */
const execLine = (execPath: string) => `Exec=${quoteExecArgument(execPath)} --hidden`;

/**
 * The autostart entry that starts Unsit at login, in its tray, without opening a window.
 * TryExec makes the session skip the entry once the program is gone (Unsit removed, or the
 * AppImage deleted), rather than fail to start it at every login.
 */
export function autostartDesktopEntry(execPath: string): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Version=1.0',
    'Name=Unsit',
    'Comment=Reminds you to stand up and stretch during your working hours',
    `TryExec=${escapeValue(execPath)}`,
    execLine(execPath),
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    OWN_ENTRY_MARK,
    '',
  ].join('\n');
}

/** False when the user switched the entry off in their desktop's start-up settings. */
export function entryIsActive(content: string): boolean {
  return (
    !/^Hidden\s*=\s*true\s*$/m.test(content) &&
    !/^X-GNOME-Autostart-enabled\s*=\s*false\s*$/m.test(content)
  );
}

/**
 * True when Unsit's own entry starts some other program than `execPath`, or an older entry
 * lacks TryExec: an AppImage updated to a new file name, or moved, leaves such an entry behind.
 */
export function entryIsStale(content: string, execPath: string): boolean {
  const lines = content.split('\n').map((line) => line.trim());
  return !lines.includes(execLine(execPath)) || !lines.includes(`TryExec=${escapeValue(execPath)}`);
}
