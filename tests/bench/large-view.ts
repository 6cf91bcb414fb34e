import { resolve } from 'node:path';
import { CATALOGUE } from '../../electron/core/routine/catalogue';
import type { RoutineSession } from '../../electron/core/ipc/contract';
import { buildPlan } from '../../electron/core/routine/plan';
import { BUSY_RATIO_BUDGET, busyDuringHold, ratio, waitFor } from './bench-pages';
import { launchChromium, type Tab } from './chromium-cdp';
import { serveFolder } from './static-server';
import type { Figure } from './table';

const SCREEN = { width: 1280, height: 800 };

/** The routine window's set-up waits; this opens the large view, then says "in position". */
async function intoLargeView(tab: Tab): Promise<void> {
  await waitFor(tab, `document.querySelector('[data-status="waiting"]') !== null`, 10_000);
  await tab.evaluate(`document.querySelector('button[aria-label="Large view"]').click()`);
  await waitFor(tab, `document.querySelector('main.player.large') !== null`, 5_000);
  await tab.evaluate(
    `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === "I'm in position").click()`,
  );
}

/**
 * The renderer's main-thread busy time while a hold counts down in the large view, on a
 * 1280 x 800 screen where the count is hundreds of pixels high and changes every second,
 * measured in the same 10 seconds as the bare reference countdown at the same size, and judged
 * by the ratio of the two (the absolute figure depends on the machine).
 */
export async function largeViewFigures(): Promise<Figure[]> {
  const app = await serveFolder(resolve('out/renderer'));
  const pages = await serveFolder(resolve('tests/bench/pages'));
  const browser = await launchChromium();
  try {
    const plan = buildPlan(CATALOGUE, {
      holdSeconds: 60,
      cycles: 1,
      setupSeconds: 5,
      switchExtraSeconds: -7,
      getSetSeconds: 3,
      waitForPosition: true,
      stretches: ['kneeling-side'],
    });
    const session: RoutineSession = {
      kind: 'full',
      plan,
      sound: true,
      voice: false,
      waitForPosition: true,
      largeView: false,
      cautionAcknowledged: true,
    };
    const reference = { ...session, waitForPosition: false };
    const busy = await busyDuringHold(
      browser,
      [
        { url: `${app.origin}/routine.html`, session, prepare: intoLargeView },
        { url: `${pages.origin}/reference-countdown.html`, session: reference },
      ],
      { screen: SCREEN },
    );
    const [unsit, bare] = busy.percent as [number, number];
    const countHeight = await busy.tabs[0]!.evaluate<number>(
      `document.querySelector('[data-testid="large-count"]').getBoundingClientRect().height`,
    );
    const size = `${SCREEN.width} x ${SCREEN.height}`;
    return [
      {
        name: 'main thread busy during a hold, large view: Unsit',
        value: unsit,
        unit: '% of a core',
        budget: null,
        note: `${busy.wall.toFixed(1)} s of a 60 s hold at ${size}, count ${Math.round(countHeight)} px high`,
      },
      {
        name: 'main thread busy during a hold, large view: bare countdown',
        value: bare,
        unit: '% of a core',
        budget: null,
        note: `the reference page at ${size}`,
      },
      {
        name: 'main thread busy, large view, Unsit / bare countdown',
        value: ratio(unsit, bare, 0.01),
        unit: 'x',
        budget: BUSY_RATIO_BUDGET,
        note: 'bare countdown counted as at least 0.01 %',
      },
    ];
  } finally {
    await browser.close();
    app.close();
    pages.close();
  }
}
