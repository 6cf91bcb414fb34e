import { defaultSettings } from '../../../electron/core/settings/schema';
import { createReminderService } from '../../../electron/main/reminders/reminder-service';
import type { ReminderPrompt } from '../../../electron/main/reminders/types';
import { scriptedPowerMonitor } from '../../../electron/simulate/scripted-power-monitor';

export interface Absence {
  start: number;
  end: number;
  kind: 'idle' | 'lock' | 'sleep';
}

/** A powerMonitor whose idle time follows scripted absences; `emit` plays an OS event. */
export function fakePowerMonitor(absences: () => readonly Absence[]) {
  return scriptedPowerMonitor((now) => {
    const current = absences().find((a) => a.kind !== 'sleep' && a.start <= now && now < a.end);
    return current ? Math.floor((now - current.start) / 1000) : 0;
  });
}

export function memoryStores() {
  let saved: unknown = null;
  const records: { at: string; type: string }[] = [];
  return {
    timerStore: {
      load: () => saved,
      save: (s: unknown) => void (saved = JSON.parse(JSON.stringify(s))),
    },
    history: { append: (r: { at: string; type: string }) => void records.push(r) },
    records,
    saved: () => saved,
    corrupt: (value: unknown) => void (saved = value),
  };
}

/**
 * A reminder service on default settings (8-minute routine), the given absences and stores,
 * recording each reminder and withdrawal with the (fake) time it came.
 */
export function serviceOnFakes(absences: readonly Absence[] = [], stores = memoryStores()) {
  const power = fakePowerMonitor(() => absences);
  const service = createReminderService({
    clock: { now: () => Date.now() },
    settings: defaultSettings(),
    power: power.monitor,
    timerStore: stores.timerStore,
    history: stores.history,
    routineMinutes: () => 8,
  });
  const prompts: (ReminderPrompt & { at: number })[] = [];
  const withdrawn: number[] = [];
  service.onReminder((p) => prompts.push({ ...p, at: Date.now() }));
  service.onReminderWithdrawn(() => withdrawn.push(Date.now()));
  return { service, power, stores, prompts, withdrawn };
}
