import { rmSync } from 'node:fs';
import type { ElectronApplication } from '@playwright/test';
import { findElectronBinary } from '../e2e/electron-binary';
import {
  hook,
  launchUnsit,
  newDataFolder,
  rendererCount,
  routineMs,
  shortRoutineSettings,
  waitUntil,
} from '../e2e/unsit-app';
import type { Figure } from './table';

/** Resident memory budget of the whole app after a routine was played and its window closed. */
export const MEMORY_BUDGET_MB = 120;
// Memory is read once the app has been idle this long, so start-up garbage has been collected.
const SETTLE_MS = 3_000;

/** The resident memory of every process of the app (browser, GPU, utility, renderers), in MB. */
function residentMb(app: ElectronApplication): Promise<number> {
  return app.evaluate(
    ({ app: electronApp }) =>
      electronApp.getAppMetrics().reduce((sum, metric) => sum + metric.memory.workingSetSize, 0) /
      1024,
  );
}

const settle = () => new Promise((done) => setTimeout(done, SETTLE_MS));

/** Plays the short routine from the tray, with page time moved on by Playwright, and closes it. */
async function playRoutineFromTray(app: ElectronApplication, ms: number): Promise<void> {
  const { clock } = app.context();
  await clock.install();
  await clock.pauseAt(Date.now() + 1_000);
  const [page] = await Promise.all([
    app.waitForEvent('window'),
    hook(app, 'clickTray', 'Full routine'),
  ]);
  await page.getByRole('button', { name: 'Start' }).click();
  // The default routine waits at its set-up until the user is in position.
  await page.getByRole('button', { name: "I'm in position" }).click();
  await page.clock.runFor(ms + 1_000);
  await page.getByRole('heading', { name: 'Routine complete' }).waitFor();
  await page.getByRole('button', { name: 'Close' }).click();
  await waitUntil('the routine window and its renderer are gone', async () =>
    (await rendererCount(app)) === 0 ? true : undefined,
  );
}

/**
 * The real app in Electron: the time from launch until the tray has its menu, and its memory
 * at rest before and after a routine. Where the Electron binary is missing, says why and
 * returns no figures.
 */
export async function electronFigures(): Promise<Figure[]> {
  const electron = findElectronBinary();
  if (!electron.found) {
    // On stderr even with --json, whose stdout stays one JSON object.
    console.error(`Electron figures skipped: ${electron.reason}.`);
    return [];
  }
  const settings = shortRoutineSettings();
  const folder = newDataFolder(settings);
  const launchedAt = Date.now();
  const app = await launchUnsit(electron.path, folder);
  try {
    const trayReadyAt = (await hook(app, 'trayReadyAt')) ?? Date.now();
    await settle();
    const atStart = await residentMb(app);
    await playRoutineFromTray(app, routineMs(settings));
    await settle();
    const afterRoutine = await residentMb(app);
    return [
      {
        name: 'launch to tray ready',
        value: trayReadyAt - launchedAt,
        unit: 'ms',
        budget: null,
        note: 'from starting Electron until the tray has its menu',
      },
      {
        name: 'app memory at rest after start-up',
        value: atStart,
        unit: 'MB',
        budget: null,
        note: 'resident memory, all processes',
      },
      {
        name: 'app memory at rest after a routine',
        value: afterRoutine,
        unit: 'MB',
        budget: MEMORY_BUDGET_MB,
        note: 'resident memory, all processes, routine window closed',
      },
    ];
  } finally {
    await app.close().catch(() => undefined);
    rmSync(folder, { recursive: true, force: true });
  }
}
