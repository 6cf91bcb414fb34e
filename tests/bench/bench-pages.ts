import { catalogueFor } from '../../electron/core/i18n/catalogues';
import { API_KEYS } from '../../electron/core/ipc/contract';
import type { RoutineSession } from '../../electron/core/ipc/contract';
import type { Browser, Tab } from './chromium-cdp';

/**
 * Countdown pages in a real Chromium, as the bench drives them: Unsit's routine window (on a
 * fake preload API) and the reference page in tests/bench/pages, which both carry a Start
 * button and mark their steps with data-step-index / data-step-kind.
 */

export interface StepMark {
  index: number;
  kind: string;
  at: number;
}

/**
 * Installs a fake preload API that serves `session`, and a recorder that notes, with
 * performance.now(), the moment the page shows each new step.
 */
function fakeApiScript(session: RoutineSession): string {
  return `(() => {
    const session = ${JSON.stringify(session)};
    const methods = ${JSON.stringify(API_KEYS)};
    const language = ${JSON.stringify({ code: 'en', locale: 'en-GB', messages: catalogueFor('en') })};
    const api = {};
    for (const m of methods) api[m] = m.startsWith('on') ? () => undefined : async () => null;
    api.getLanguage = async () => language;
    api.getRoutineSession = async () => session;
    api.reportRoutineResult = async (r) => { window.__benchResult = r; };
    window.unsit = Object.freeze(api);
    window.__benchMarks = [];
    const seen = new Set();
    new MutationObserver(() => {
      const el = document.querySelector('[data-step-index]');
      const marks = window.__benchMarks;
      if (!el) {
        // The end screen replaced the player: the last step is over.
        const last = marks[marks.length - 1];
        if (last && last.kind !== 'done') marks.push({ index: last.index + 1, kind: 'done', at: performance.now() });
        return;
      }
      const index = Number(el.getAttribute('data-step-index'));
      if (seen.has(index)) return;
      seen.add(index);
      marks.push({ index, kind: el.getAttribute('data-step-kind'), at: performance.now() });
    }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-step-index'] });
  })();`;
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(tab: Tab, expression: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await tab.evaluate<boolean>(expression)) return;
    await sleep(250);
  }
  throw new Error(`timed out waiting for ${expression}`);
}

/** Loads a countdown page with the fake API and waits until its Start button is there. */
export async function loadCountdown(tab: Tab, url: string, session: RoutineSession) {
  await tab.send('Page.enable');
  await tab.send('Page.addScriptToEvaluateOnNewDocument', { source: fakeApiScript(session) });
  await tab.send('Page.navigate', { url });
  await waitFor(tab, `!!document.querySelector('button.start')`, 30_000);
}

export const startCountdown = (tab: Tab) =>
  tab.evaluate(`document.querySelector('button.start').click()`);

/** A countdown page to measure, and what to do once it is holding (e.g. open the large view). */
export interface BusyPage {
  url: string;
  session: RoutineSession;
  /** Runs after Start, before the hold is waited for. */
  prepare?: (tab: Tab) => Promise<void>;
}

/**
 * Opens each page in a window of its own (at `screen` when given), starts a hold in all of them,
 * and returns the share of a core each renderer's main thread was busy during the same
 * `seconds` of the hold, with the tabs for any further reading.
 */
export async function busyDuringHold(
  browser: Browser,
  pages: BusyPage[],
  { seconds = 10, screen }: { seconds?: number; screen?: { width: number; height: number } } = {},
) {
  const tabs: Tab[] = [];
  for (const page of pages) {
    const tab = await browser.newWindow();
    if (screen) {
      await tab.send('Emulation.setDeviceMetricsOverride', {
        ...screen,
        deviceScaleFactor: 1,
        mobile: false,
      });
    }
    await loadCountdown(tab, page.url, page.session);
    tabs.push(tab);
  }
  await Promise.all(tabs.map(startCountdown));
  for (const [i, page] of pages.entries()) await page.prepare?.(tabs[i]!);
  const holding = `document.querySelector('[data-step-kind="hold"]') !== null`;
  await Promise.all(tabs.map((t) => waitFor(t, holding, 30_000)));
  const states = await Promise.all(tabs.map((t) => t.evaluate<string>('document.visibilityState')));
  if (states.some((state) => state !== 'visible')) throw new Error(`pages not visible: ${states}`);
  for (const tab of tabs) await tab.send('Performance.enable', { timeDomain: 'threadTicks' });
  const taskSeconds = async (tab: Tab) => {
    const { metrics } = (await tab.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return metrics.find((m) => m.name === 'TaskDuration')!.value;
  };
  const before = await Promise.all(tabs.map(taskSeconds));
  const wallStart = performance.now();
  await sleep(seconds * 1000);
  const after = await Promise.all(tabs.map(taskSeconds));
  const wall = (performance.now() - wallStart) / 1000;
  return { percent: after.map((a, i) => ((a - before[i]!) / wall) * 100), wall, tabs };
}

/** How many times larger `a` is than `b`, with b taken as at least `floor`. */
export const ratio = (a: number, b: number, floor: number) => a / Math.max(b, floor);

/**
 * The most Unsit's countdown may cost, as a multiple of the barest countdown page. Its ring,
 * figure and sounds cost about five times as much (5.0-5.7 seen, idle and loaded); a redraw
 * on every frame would cost far more.
 */
export const BUSY_RATIO_BUDGET = 8;
