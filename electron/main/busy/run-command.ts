import { execFile } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/**
 * Runs a command-line tool and answers what it printed on stdout. Rejects when the tool is
 * missing, fails, or takes longer than `timeoutMs`; the detectors take any rejection as "not
 * busy". Injected, so tests hand in recorded outputs and nothing spawns.
 */
export type RunCommand = (
  cmd: string,
  args: readonly string[],
  options: { timeoutMs: number },
) => Promise<string>;

/** How long one tool may take before it counts as not answering. */
export const PROBE_TIMEOUT_MS = 2_000;

/** The most a probe's tool may print; more means something is wrong, and it is cut off. */
const MAX_OUTPUT_BYTES = 512 * 1024;

/**
 * The real runner: `execFile` (no shell, so nothing in an argument is interpreted), no window
 * on Windows, and the C locale so tools print the English words the parsers look for.
 */
export const runCommand: RunCommand = (cmd, args, { timeoutMs }) =>
  new Promise((resolve, reject) => {
    execFile(
      cmd,
      [...args],
      {
        timeout: timeoutMs,
        maxBuffer: MAX_OUTPUT_BYTES,
        windowsHide: true,
        encoding: 'utf8',
        env: { ...process.env, LC_ALL: 'C', LANG: 'C' },
      },
      (error, stdout) => (error ? reject(error) : resolve(stdout)),
    );
  });

/**
 * Whether an executable called `name` lies on `pathList` (a PATH value), under `root` ("/" in
 * the app, a temporary folder in tests). A handful of `access` calls, far cheaper than
 * starting a tool only to learn it is missing; asked once per detector, at its first use.
 */
export function onPath(name: string, pathList: string | undefined, root: string): boolean {
  for (const dir of (pathList ?? '').split(delimiter)) {
    if (!dir) continue;
    try {
      accessSync(join(root, dir, name), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}
