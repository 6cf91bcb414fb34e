import { defaultSettings } from '../../../electron/core/settings/schema';
import {
  createReminderService,
  type BusyReader,
  type ReminderServiceDeps,
} from '../../../electron/main/reminders/reminder-service';
import type { ReminderPrompt } from '../../../electron/main/reminders/types';
import { simulatedPerson, type Spell } from '../../../electron/simulate/simulated-person';

export interface Absence {
  start: number;
  end: number;
  kind: 'idle' | 'lock' | 'sleep';
}

/**
 * A powerMonitor whose idle time follows scripted absences; `emit` plays an OS event. At the
 * desk the person pauses for a moment when a break falls due (once `watch`ing the service),
 * unless busy `typing` then.
 */
export function fakePowerMonitor(
  absences: () => readonly Absence[],
  typing: () => readonly Spell[] = () => [],
) {
  return simulatedPerson({ absences: () => absences().filter((a) => a.kind !== 'sleep'), typing });
}

export function memoryStores() {
  let saved: unknown = null;
  const records: { at: string; type: string; kind?: string }[] = [];
  return {
    timerStore: {
      load: () => saved,
      save: (s: unknown) => void (saved = JSON.parse(JSON.stringify(s))),
    },
    history: {
      append: (r: { at: string; type: string; kind?: string }) => void records.push(r),
    },
    records,
    saved: () => saved,
    corrupt: (value: unknown) => void (saved = value),
  };
}

/**
 * A reminder service on default settings (a 2-minute quick stretch, an 8-minute full routine),
 * the given absences, typing and stores, recording each reminder and withdrawal with the (fake)
 * time it came.
 */
export function serviceOnFakes(
  absences: readonly Absence[] = [],
  stores = memoryStores(),
  typing: readonly Spell[] = [],
  busy?: BusyReader,
  deps: Partial<ReminderServiceDeps> = {},
) {
  const power = fakePowerMonitor(
    () => absences,
    () => typing,
  );
  const service = createReminderService({
    clock: { now: () => Date.now() },
    settings: defaultSettings(),
    power: power.monitor,
    timerStore: stores.timerStore,
    history: stores.history,
    breakMinutes: (_settings, kind) => (kind === 'quick' ? 2 : 8),
    ...(busy ? { busy } : {}),
    ...deps,
  });
  power.watch(service);
  const prompts: (ReminderPrompt & { at: number })[] = [];
  const withdrawn: number[] = [];
  service.onReminder((p) => prompts.push({ ...p, at: Date.now() }));
  service.onReminderWithdrawn(() => withdrawn.push(Date.now()));
  return { service, power, stores, prompts, withdrawn };
}
