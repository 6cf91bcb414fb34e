import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Conf from 'conf';
import { addDays, localDayKey } from '../../electron/core/time/day-key';
import { localIso } from '../../electron/core/time/local-iso';
import { createHistoryStore } from '../../electron/main/storage';
import type { OpenStore } from '../../electron/main/storage/open-store';
import { generateHistory } from '../fixtures/history-generator';
import type { Figure } from './table';

const openConf: OpenStore = (options) => new Conf({ ...options, projectName: 'unsit-bench' });
const DAY = 86_400_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

function timed(run: () => void, times: number): number {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

/**
 * Five years of a busy user, through the real store: Monday to Friday, 08:00-18:00 (longer
 * than the default day), a reminder after 45 minutes of sitting (the default is 60), answered
 * as people do (tests/fixtures/history-generator.ts). The records reach the store as the
 * version-2 file of an older Unsit, so it migrates and folds them into daily totals; then a
 * working week more is appended record by record as the days pass. The file is measured at
 * the end, its load and one append against plain JSON work on the same text in the same run.
 */
export function historyFigures(): Figure[] {
  const dir = mkdtempSync(join(tmpdir(), 'unsit-bench-history-'));
  try {
    const end = new Date(2026, 2, 6, 18, 0).getTime(); // a Friday evening
    const lastDay = localDayKey(end);
    const firstDay = addDays(lastDay, -5 * 365);
    const generated = generateHistory({
      from: firstDay,
      to: lastDay,
      seed: 2026,
      start: 8 * 60,
      end: 18 * 60,
      sittingMinutes: 45,
      // Written the way the engine writes them: the local offset of each moment.
      offsetOn: (day) => localIso(new Date(`${day}T12:00:00`).getTime()).slice(23),
    });
    const lastWeek = addDays(lastDay, -6);
    const earlier = generated.filter((r) => r.at.slice(0, 10) < lastWeek);
    const week = generated.filter((r) => r.at.slice(0, 10) >= lastWeek);
    const path = join(dir, 'history.json');
    writeFileSync(path, JSON.stringify({ version: 2, records: earlier }));

    let now = Date.parse(earlier.at(-1)?.at ?? '') + DAY;
    const store = createHistoryStore({ dir, now: () => now, openStore: openConf });
    for (const record of week) {
      now = Date.parse(record.at);
      store.append(record);
    }
    const size = statSync(path).size;
    const text = readFileSync(path, 'utf8');

    const load = timed(() => createHistoryStore({ dir, now: () => end, openStore: openConf }), 15);
    const parse = timed(() => JSON.parse(readFileSync(path, 'utf8')), 15);

    const probe = { at: localIso(end), type: 'stood-up' as const, sittingMinutes: 30 };
    const append = timed(() => store.append({ ...probe }), 15);
    const reference = join(dir, 'reference.json');
    const write = timed(() => writeFileSync(reference, text), 15);

    const records = store.read().records.length;
    const days = store.read().days.length;
    return [
      {
        name: 'history file after 5 busy years',
        value: size / 1024,
        unit: 'KB',
        budget: 1024,
        note: `${generated.length} records: ${records} kept, ${days} days as totals`,
      },
      {
        name: 'history load (read, validate, compact)',
        value: load,
        unit: 'ms',
        budget: 50,
        note: `${(load / parse).toFixed(1)}x a JSON.parse of the file (${parse.toFixed(1)} ms)`,
      },
      {
        name: 'history append (atomic write)',
        value: append,
        unit: 'ms',
        budget: 20,
        note: `${(append / write).toFixed(1)}x a plain write of the file's text (${write.toFixed(1)} ms)`,
      },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
