import { resolve } from 'node:path';
import { CATALOGUE } from '../../electron/core/routine/catalogue';
import { CHANNELS } from '../../electron/core/ipc/channels';
import type { RoutineSession } from '../../electron/core/ipc/contract';
import { buildPlan } from '../../electron/core/routine/plan';
import { launchChromium, type Tab } from './chromium-cdp';
import { serveFolder } from './static-server';
import type { Figure } from './table';

const SCREEN = { width: 1280, height: 800 };
const MEASURE_MS = 10_000;

/** A fake preload API serving one session; every other method answers nothing. */
function fakeApiScript(session: RoutineSession): string {
  return `(() => {
    const session = ${JSON.stringify(session)};
    const api = {};
    for (const m of ${JSON.stringify(Object.keys(CHANNELS))}) api[m] = async () => null;
    api.getRoutineSession = async () => session;
    window.unsit = Object.freeze(api);
  })();`;
}

async function waitFor(tab: Tab, expression: string, timeoutMs: number): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await tab.evaluate<boolean>(expression)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${expression}`);
}

/**
 * The renderer's main-thread busy time while a hold counts down in the large view, on a
 * 1280 x 800 screen: the count there is hundreds of pixels high and changes every second.
 */
export async function largeViewFigures(): Promise<Figure[]> {
  const server = await serveFolder(resolve('out/renderer'));
  const browser = await launchChromium();
  try {
    const plan = buildPlan(CATALOGUE, {
      holdSeconds: 60,
      cycles: 1,
      setupSeconds: 5,
      switchSeconds: 3,
      stretches: ['kneeling-side'],
    });
    const session: RoutineSession = {
      kind: 'full',
      plan,
      sound: true,
      voice: false,
      waitForPosition: true,
      cautionAcknowledged: true,
    };
    const tab = await browser.newTab();
    await browser.activate(tab);
    await tab.send('Emulation.setDeviceMetricsOverride', {
      ...SCREEN,
      deviceScaleFactor: 1,
      mobile: false,
    });
    await tab.send('Page.enable');
    await tab.send('Page.addScriptToEvaluateOnNewDocument', { source: fakeApiScript(session) });
    await tab.send('Page.navigate', { url: `${server.origin}/routine.html` });
    await waitFor(tab, `!!document.querySelector('button.start')`, 10_000);
    await tab.evaluate(`document.querySelector('button.start').click()`);
    await waitFor(tab, `document.querySelector('[data-status="waiting"]') !== null`, 10_000);
    await tab.evaluate(`document.querySelector('button[aria-label="Large view"]').click()`);
    await waitFor(tab, `document.querySelector('main.player.large') !== null`, 5_000);
    await tab.evaluate(
      `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === "I'm in position").click()`,
    );
    await waitFor(tab, `document.querySelector('[data-step-kind="hold"]') !== null`, 5_000);
    const countHeight = await tab.evaluate<number>(
      `document.querySelector('[data-testid="large-count"]').getBoundingClientRect().height`,
    );

    await tab.send('Performance.enable', { timeDomain: 'threadTicks' });
    const busy = async () => {
      const { metrics } = (await tab.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      return metrics.find((m) => m.name === 'TaskDuration')!.value;
    };
    const busyStart = await busy();
    const wallStart = Date.now();
    await new Promise((r) => setTimeout(r, MEASURE_MS));
    const busySeconds = (await busy()) - busyStart;
    const wallSeconds = (Date.now() - wallStart) / 1000;
    return [
      {
        name: 'renderer main-thread busy during a hold, large view',
        value: (busySeconds / wallSeconds) * 100,
        unit: '% of a core',
        budget: 2,
        note: `${wallSeconds.toFixed(1)} s of a 60 s hold at ${SCREEN.width} x ${SCREEN.height}, count ${Math.round(countHeight)} px high, sound on`,
      },
    ];
  } finally {
    await browser.close();
    server.close();
  }
}
