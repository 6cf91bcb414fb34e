import { resolve } from 'node:path';
import { buildPlan } from '../../electron/core/routine/plan';
import { CATALOGUE } from '../../electron/core/routine/catalogue';
import type { RoutineSession } from '../../electron/core/ipc/contract';
import type { PlanStep, RoutinePlan } from '../../electron/core/routine/types';
import {
  BUSY_RATIO_BUDGET,
  busyDuringHold,
  loadCountdown,
  ratio,
  startCountdown,
  waitFor,
  type StepMark,
} from './bench-pages';
import { launchChromium, type Browser, type Tab } from './chromium-cdp';
import { serveFolder } from './static-server';
import type { Figure } from './table';

/** The hold timing of one countdown, read off the moments its page showed each step. */
export interface HoldTiming {
  /** The hold whose length on screen was furthest from the plan, in ms. */
  worstError: number;
  /** How far the last step change is from where the plan puts it, in ms. */
  drift: number;
  holds: number;
}

const durationOf = (step: PlanStep | undefined) =>
  step && 'durationMs' in step ? step.durationMs : 0;

/** Worst hold and drift, measured the same way for any page that marks its steps. */
export function holdTiming(marks: StepMark[], steps: readonly PlanStep[]): HoldTiming {
  const errors: number[] = [];
  for (let i = 0; i < marks.length - 1; i++) {
    const mark = marks[i]!;
    const next = marks[i + 1]!;
    if (mark.kind === 'hold' && next.index === mark.index + 1) {
      errors.push(Math.abs(next.at - mark.at - durationOf(steps[mark.index])));
    }
  }
  // The first step shows at once (the click is not throttled); from then on every change
  // waits for Chromium's once-a-second wake-up. Drift is whether that lag grows over the
  // routine: compare the last change with the second, both seen through the throttle.
  const first = marks[1]!;
  const last = marks[marks.length - 1]!;
  const planned = steps.slice(first.index, last.index).reduce((t, s) => t + durationOf(s), 0);
  return {
    worstError: Math.max(...errors),
    drift: Math.abs(last.at - first.at - planned),
    holds: errors.length,
  };
}

/** The default routine (13 holds), shortened to 2 s holds and 1 s set-ups and switches. */
function shortRoutine(): RoutinePlan {
  const plan = buildPlan(CATALOGUE, {
    holdSeconds: 10,
    cycles: 2,
    setupSeconds: 5,
    switchExtraSeconds: -7,
    getSetSeconds: 3,
    waitForPosition: false,
    stretches: CATALOGUE.map((s) => s.id),
  });
  // The schema's minimums protect users; the bench shortens the plan after validation.
  const steps = plan.steps.map((s) =>
    s.kind === 'done' ? s : { ...s, durationMs: s.kind === 'hold' ? 2000 : 1000 },
  );
  const totalMs = steps.reduce((t, s) => t + durationOf(s), 0);
  return { ...plan, steps, totalMs, holdMs: plan.holdCount * 2000 };
}

/**
 * Plays the same plan in each page at once, every page behind a cover tab (hidden, its timers
 * throttled to about once a second), and returns each page's step marks.
 */
async function playHidden(browser: Browser, urls: string[], plan: RoutinePlan) {
  const session: RoutineSession = {
    kind: 'full',
    plan,
    sound: false,
    voice: false,
    waitForPosition: false,
    largeView: false,
    cautionAcknowledged: true,
  };
  const tabs: Tab[] = [];
  for (const url of urls) {
    const tab = await browser.newTab();
    await browser.activate(tab);
    await loadCountdown(tab, url, session);
    tabs.push(tab);
  }
  await browser.activate(await browser.newTab());
  const states = await Promise.all(tabs.map((t) => t.evaluate<string>('document.visibilityState')));
  if (states.some((state) => state !== 'hidden')) throw new Error(`pages not hidden: ${states}`);
  await Promise.all(tabs.map(startCountdown));
  // A countdown that drifts takes longer than planned; give it four times as long.
  await Promise.all(
    tabs.map((t) => waitFor(t, '!!window.__benchResult', 4 * plan.totalMs + 30_000)),
  );
  return Promise.all(tabs.map((t) => t.evaluate<StepMark[]>('window.__benchMarks')));
}

/** A 60 s hold after a 5 s set-up that runs on its own, sound on: the busy-time session. */
function longHoldSession(): RoutineSession {
  const plan = buildPlan(CATALOGUE, {
    holdSeconds: 60,
    cycles: 1,
    setupSeconds: 5,
    switchExtraSeconds: -7,
    getSetSeconds: 3,
    waitForPosition: false,
    stretches: ['butterfly'],
  });
  return {
    kind: 'full',
    plan,
    sound: true,
    voice: false,
    waitForPosition: false,
    largeView: false,
    cautionAcknowledged: true,
  };
}

/** Unsit's budget: 50 ms, or a tenth of the reference's figure on a machine that slows both. */
const scaledBudget = (reference: number) => Math.max(50, reference / 10);

/**
 * Plays the default routine, shortened (2 s holds, 1 s set-ups and switches, all 13 holds), in
 * real time in Unsit's routine window and in a reference countdown built the common way, side
 * by side in hidden pages, and compares their hold timing. Then plays a long hold in both,
 * visible, and compares how busy each keeps its renderer's main thread.
 */
export async function routineTimingFigures(): Promise<Figure[]> {
  const app = await serveFolder(resolve('out/renderer'));
  const pages = await serveFolder(resolve('tests/bench/pages'));
  const browser = await launchChromium();
  try {
    const unsitUrl = `${app.origin}/routine.html`;
    const referenceUrl = `${pages.origin}/reference-countdown.html`;
    const plan = shortRoutine();
    const [unsitMarks, referenceMarks] = await playHidden(browser, [unsitUrl, referenceUrl], plan);
    const unsit = holdTiming(unsitMarks!, plan.steps);
    const reference = holdTiming(referenceMarks!, plan.steps);
    const busy = await busyDuringHold(browser, [
      { url: unsitUrl, session: longHoldSession() },
      { url: referenceUrl, session: longHoldSession() },
    ]);
    const [unsitBusy, referenceBusy] = busy.percent as [number, number];
    const hidden = `${unsit.holds} holds of 2 s, hidden page`;

    return [
      {
        name: 'hold timing error, worst hold: Unsit',
        value: unsit.worstError,
        unit: 'ms',
        budget: scaledBudget(reference.worstError),
        note: hidden,
      },
      {
        name: 'hold timing error, worst hold: reference',
        value: reference.worstError,
        unit: 'ms',
        budget: null,
        note: 'chained 1 s timeout',
      },
      {
        name: 'hold timing error, reference / Unsit',
        value: ratio(reference.worstError, unsit.worstError, 1),
        unit: 'x',
        budget: null,
        note: 'Unsit counted as at least 1 ms',
      },
      {
        name: 'cumulative drift over a routine: Unsit',
        value: unsit.drift,
        unit: 'ms',
        budget: scaledBudget(reference.drift),
        note: `${(plan.totalMs / 1000).toFixed(0)} s planned, hidden page`,
      },
      {
        name: 'cumulative drift over a routine: reference',
        value: reference.drift,
        unit: 'ms',
        budget: null,
        note: 'chained 1 s timeout',
      },
      {
        name: 'cumulative drift, reference / Unsit',
        value: ratio(reference.drift, unsit.drift, 1),
        unit: 'x',
        budget: null,
        note: 'Unsit counted as at least 1 ms',
      },
      {
        name: 'main thread busy during a hold: Unsit',
        value: unsitBusy,
        unit: '% of a core',
        budget: null,
        note: `${busy.wall.toFixed(1)} s of a 60 s hold, sound on`,
      },
      {
        name: 'main thread busy during a hold: bare countdown',
        value: referenceBusy,
        unit: '% of a core',
        budget: null,
        note: 'the reference page, text only',
      },
      {
        name: 'main thread busy, Unsit / bare countdown',
        value: ratio(unsitBusy, referenceBusy, 0.01),
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
