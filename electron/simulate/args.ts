import { readDayKey } from '../core/time/day-key';
import type { LocalDate } from '../core/time/local-time';

/** Arguments of `npm run simulate`; bad ones raise a UsageError (exit code 2). */
export interface SimulateArgs {
  zone: string;
  /** Local calendar date the run starts on (at midnight), given as "YYYY-MM-DD". */
  from: LocalDate;
  days: number;
  settingsFile: string | null;
  eventsFile: string | null;
}

export class UsageError extends Error {}

export const USAGE =
  'Usage: npm run simulate -- --tz ZONE --from YYYY-MM-DD --days N [--settings FILE] [--events FILE]';

const KNOWN = ['tz', 'from', 'days', 'settings', 'events'] as const;
type Key = (typeof KNOWN)[number];

function readPairs(argv: readonly string[]): Partial<Record<Key, string>> {
  const values: Partial<Record<Key, string>> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(arg);
    if (!match) throw new UsageError(`Unexpected argument "${arg}".`);
    const key = match[1] as Key;
    if (!KNOWN.includes(key)) throw new UsageError(`Unknown option --${match[1]}.`);
    const value = match[2] ?? argv[++i];
    if (value === undefined || value === '') throw new UsageError(`--${key} needs a value.`);
    if (values[key] !== undefined) throw new UsageError(`--${key} is given twice.`);
    values[key] = value;
  }
  return values;
}

function isKnownZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function parseDate(text: string): LocalDate {
  const date = readDayKey(text);
  if (date) return date;
  throw new UsageError(`--from must be a real date written YYYY-MM-DD, not "${text}".`);
}

export function parseSimulateArgs(argv: readonly string[]): SimulateArgs {
  const values = readPairs(argv);
  if (!values.tz) throw new UsageError('--tz is required (an IANA zone such as Europe/Berlin).');
  if (!isKnownZone(values.tz)) throw new UsageError(`Unknown time zone "${values.tz}".`);
  if (!values.from) throw new UsageError('--from is required (YYYY-MM-DD).');
  if (!values.days) throw new UsageError('--days is required (1-366).');
  const days = Number(values.days);
  if (!/^\d+$/.test(values.days) || days < 1 || days > 366) {
    throw new UsageError(`--days must be a whole number from 1 to 366, not "${values.days}".`);
  }
  return {
    zone: values.tz,
    from: parseDate(values.from),
    days,
    settingsFile: values.settings ?? null,
    eventsFile: values.events ?? null,
  };
}
