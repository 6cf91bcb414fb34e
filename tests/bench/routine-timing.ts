import { resolve } from 'node:path';
import { buildPlan } from '../../electron/core/routine/plan';
import { CATALOGUE } from '../../electron/core/routine/catalogue';
import { CHANNELS } from '../../electron/core/ipc/channels';
import type { RoutineSession } from '../../electron/core/ipc/contract';
import { launchChromium, type Tab } from './chromium-cdp';
import { serveFolder } from './static-server';
import type { Figure } from './table';

interface StepMark {
  index: number;
  kind: string;
  at: number;
}

/**
 * Installs a fake preload API that serves `session`, and a recorder that notes, with
 * performance.now(), the moment the page shows each new step (the player's root carries
 * data-step-index / data-step-kind).
 */
function fakeApiScript(session: RoutineSession): string {
  return `(() => {
    const session = ${JSON.stringify(session)};
    const methods = ${JSON.stringify(Object.keys(CHANNELS))};
    const api = {};
    for (const m of methods) api[m] = async () => null;
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

async function openRoutine(
  tab: Tab,
  origin: string,
  session: RoutineSession,
  beforeStart: () => Promise<void> = async () => undefined,
): Promise<void> {
  await tab.send('Page.enable');
  await tab.send('Page.addScriptToEvaluateOnNewDocument', { source: fakeApiScript(session) });
  await tab.send('Page.navigate', { url: `${origin}/routine.html` });
  for (let i = 0; i < 100; i++) {
    const ready = await tab.evaluate<boolean>(`!!document.querySelector('button.start')`);
    if (ready) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await beforeStart();
  await tab.evaluate(`document.querySelector('button.start').click()`);
}

async function waitFor(tab: Tab, expression: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await tab.evaluate<boolean>(expression)) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${expression}`);
}

/**
 * Plays a shortened routine (2 s holds, 1 s set-up and switches, all 13 holds) in real time in
 * a page hidden behind another tab, where Chromium throttles timers to about once a second,
 * and measures each hold as the screen showed it. Then plays one long hold in a visible page
 * and measures the renderer's main-thread busy time while it counts down.
 */
export async function routineTimingFigures(): Promise<Figure[]> {
  const server = await serveFolder(resolve('out/renderer'));
  const browser = await launchChromium();
  try {
    const shortPlan = buildPlan(CATALOGUE, {
      holdSeconds: 10,
      cycles: 2,
      setupSeconds: 5,
      switchSeconds: 3,
      stretches: CATALOGUE.map((s) => s.id),
    });
    // The schema's minimums protect users; the bench shortens the plan after validation.
    const scale = (ms: number, to: number) => (ms > 0 ? to : 0);
    const steps = shortPlan.steps.map((s) =>
      s.kind === 'done'
        ? s
        : { ...s, durationMs: scale(s.durationMs, s.kind === 'hold' ? 2000 : 1000) },
    );
    const timed = steps.filter((s) => s.kind !== 'done');
    const plan = {
      ...shortPlan,
      steps,
      totalMs: timed.reduce((t, s) => t + ('durationMs' in s ? s.durationMs : 0), 0),
      holdMs: shortPlan.holdCount * 2000,
    };
    const session: RoutineSession = {
      kind: 'full',
      plan,
      sound: false,
      voice: false,
      waitForPosition: false,
      cautionAcknowledged: true,
    };

    const tab = await browser.newTab();
    const cover = await browser.newTab();
    await browser.activate(tab);
    // Put the routine page behind another tab (hidden, timers throttled), then start it.
    await openRoutine(tab, server.origin, session, () => browser.activate(cover));
    const hidden = await tab.evaluate<string>('document.visibilityState');
    await waitFor(tab, '!!window.__benchResult', plan.totalMs + 15_000);
    const marks = await tab.evaluate<StepMark[]>('window.__benchMarks');

    const holdErrors: number[] = [];
    for (let i = 0; i < marks.length - 1; i++) {
      const mark = marks[i]!;
      const next = marks[i + 1]!;
      if (mark.kind === 'hold' && next.index === mark.index + 1) {
        holdErrors.push(Math.abs(next.at - mark.at - 2000));
      }
    }
    // The first step shows at once (the click is not throttled); from then on every change
    // waits for Chromium's once-a-second wake-up. Drift is whether that lag grows over the
    // routine: compare the last change with the second, both seen through the throttle.
    const first = marks[1]!;
    const last = marks[marks.length - 1]!;
    const plannedToLast = steps
      .slice(first.index, last.index)
      .reduce((t, s) => t + ('durationMs' in s ? s.durationMs : 0), 0);
    const drift = Math.abs(last.at - first.at - plannedToLast);

    // Busy time while a hold plays, in a visible page.
    const longPlan = buildPlan(CATALOGUE, {
      holdSeconds: 60,
      cycles: 1,
      setupSeconds: 5,
      switchSeconds: 3,
      stretches: ['butterfly'],
    });
    const visible = await browser.newTab();
    await browser.activate(visible);
    await openRoutine(visible, server.origin, {
      kind: 'full',
      plan: longPlan,
      sound: true,
      voice: false,
      waitForPosition: false,
      cautionAcknowledged: true,
    });
    await waitFor(visible, `document.querySelector('[data-step-kind="hold"]') !== null`, 15_000);
    await visible.send('Performance.enable', { timeDomain: 'threadTicks' });
    const metric = async () => {
      const { metrics } = (await visible.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return metrics.find((m) => m.name === 'TaskDuration')!.value;
    };
    const busyStart = await metric();
    const wallStart = Date.now();
    await new Promise((r) => setTimeout(r, 10_000));
    const busy = (await metric()) - busyStart;
    const wall = (Date.now() - wallStart) / 1000;

    return [
      {
        name: 'hold timing error, worst hold (hidden page)',
        value: Math.max(...holdErrors),
        unit: 'ms',
        budget: 50,
        note: `${holdErrors.length} holds of 2 s, page ${hidden}`,
      },
      {
        name: 'cumulative drift over the routine (hidden page)',
        value: drift,
        unit: 'ms',
        budget: 50,
      },
      {
        name: 'renderer main-thread busy during a hold',
        value: (busy / wall) * 100,
        unit: '% of a core',
        budget: 2,
        note: `${wall.toFixed(1)} s of a 60 s hold, sound on`,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
