import { bundleFigures } from './bundle-size';
import { busyProbeFigures } from './busy-probes';
import { electronFigures } from './electron-figures';
import { historyFigures } from './history';
import { largeViewFigures } from './large-view';
import { routineTimingFigures } from './routine-timing';
import { heldByCallFigures, schedulerFigures } from './scheduler';
import { formatTable, toJson, withinBudget, type Figure } from './table';

/**
 * `npm run bench`: builds are expected in out/ (the npm script builds first). Prints a table,
 * or with --json one object of name -> {value, unit, budget}. Exits 1 when a figure is over
 * its budget, so a regression is noticed.
 */
const json = process.argv.includes('--json');
const log = (message: string) => {
  if (!json) console.error(message);
};

const figures: Figure[] = [];
log('measuring bundle sizes...');
figures.push(...bundleFigures());
log("building five years of a busy user's history through the store...");
figures.push(...historyFigures());
log('running a working day of the reminder service on a virtual clock...');
figures.push(...schedulerFigures());
log('holding a reminder through a call on the virtual clock, the busy monitor probing...');
figures.push(...(await heldByCallFigures()));
log('probing each Linux busy detector 20 times (CPU per probe)...');
figures.push(...(await busyProbeFigures()));
log('playing a shortened routine in Unsit and in a reference countdown, side by side in hidden');
log('pages, then a long hold in both, visible (about 2 minutes)...');
figures.push(...(await routineTimingFigures()));
log('counting down a hold in the large view (~15 s)...');
figures.push(...(await largeViewFigures()));
log('starting the app in Electron: start-up time and memory...');
figures.push(...(await electronFigures()));

console.log(json ? toJson(figures) : formatTable(figures));
process.exit(figures.every(withinBudget) ? 0 : 1);
