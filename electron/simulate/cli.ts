import { readFileSync } from 'node:fs';
import { defaultSettings } from '../core/settings/schema';
import { startOfLocalDay } from '../core/time/local-time';
import { USAGE, UsageError, parseSimulateArgs } from './args';
import { runSimulation } from './run';
import { ContentError, parseEventsFile, parseSettingsFile, type ScriptEvent } from './script';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  readFile(path: string): string;
}

const nodeIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFileSync(path, 'utf8'),
};

function read(io: CliIo, path: string, what: string): string {
  try {
    return io.readFile(path);
  } catch (error) {
    throw new UsageError(`Cannot read the ${what} file "${path}": ${(error as Error).message}`);
  }
}

/**
 * `npm run simulate`: returns the exit code (0 ok, 1 invalid settings or events content,
 * 2 bad arguments or unreadable files). Sets process.env.TZ to the zone for the run and puts
 * the previous value back afterwards.
 */
export function main(argv: readonly string[], io: CliIo = nodeIo): number {
  const previousZone = process.env.TZ;
  try {
    const args = parseSimulateArgs(argv);
    process.env.TZ = args.zone;
    const settings = args.settingsFile
      ? parseSettingsFile(
          read(io, args.settingsFile, 'settings'),
          args.settingsFile,
          startOfLocalDay(args.from),
        )
      : defaultSettings();
    const events: ScriptEvent[] = args.eventsFile
      ? parseEventsFile(read(io, args.eventsFile, 'events'), args.eventsFile)
      : [];
    runSimulation({ from: args.from, days: args.days, settings, events }, (line) =>
      io.out(JSON.stringify(line)),
    );
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(error.message);
      io.err(USAGE);
      return 2;
    }
    if (error instanceof ContentError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  } finally {
    if (previousZone === undefined) delete process.env.TZ;
    else process.env.TZ = previousZone;
  }
}
