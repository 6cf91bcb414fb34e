import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { expect, type Page } from '@playwright/test';
import { CHANNELS, type ApiMethod } from '../../electron/core/ipc/contract';
import type { UnsitApi } from '../../electron/core/ipc/contract';

/** Where the built renderer lives; tests can point at a private build. */
export const RENDERER_DIR = resolve(process.env.UNSIT_RENDERER_OUT ?? 'out/renderer');

/** A made-up origin the tests serve the built files from, so the CSP's 'self' applies as in the app. */
export const ORIGIN = 'http://unsit.test';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Every call the page made to the fake API, in order. */
export interface ApiCall {
  method: ApiMethod;
  payload: unknown;
}

/** Where the page clock stands, paused, when a window opens (a Monday morning). */
export const CLOCK_START = new Date('2025-03-03T10:00:01');

/**
 * Serves the built renderer, installs `window.unsit` backed by `impl` (running in Node, so it
 * can use the real core), records CSP violations, and opens the window. Returns the call log.
 *
 * The page's clock is installed paused at CLOCK_START: no timer in the page fires until the test
 * moves time with `page.clock.runFor` / `fastForward`, so no test depends on how fast the
 * machine is.
 */
export async function openWindow(
  page: Page,
  window: 'routine' | 'settings' | 'reminder' | 'statistics' | 'home',
  impl: UnsitApi,
): Promise<{ calls: ApiCall[]; cspViolations: () => Promise<string[]> }> {
  // Installed well before CLOCK_START, since the clock runs until pauseAt: on a machine whose
  // every core is busy, more than a second can pass between the two calls, and pausing in the
  // past fails. No page is loaded yet, so the jump fires nothing.
  await page.clock.install({ time: CLOCK_START.getTime() - 10 * 60_000 });
  await page.clock.pauseAt(CLOCK_START);
  const calls: ApiCall[] = [];
  await page.route(`${ORIGIN}/**`, async (route) => {
    const path = new URL(route.request().url()).pathname;
    const file = normalize(join(RENDERER_DIR, decodeURIComponent(path)));
    if (!file.startsWith(RENDERER_DIR)) return route.fulfill({ status: 403 });
    try {
      const body = await readFile(file);
      await route.fulfill({
        status: 200,
        body,
        contentType: TYPES[extname(file)] ?? 'application/octet-stream',
      });
    } catch {
      await route.fulfill({ status: 404, body: 'not found' });
    }
  });

  const methods = Object.keys(CHANNELS) as ApiMethod[];
  for (const method of methods) {
    await page.exposeFunction(`__unsitFake_${method}`, async (payload: unknown) => {
      calls.push({ method, payload });
      const fn = impl[method] as (arg?: unknown) => Promise<unknown>;
      return fn.call(impl, payload ?? undefined);
    });
  }
  await page.addInitScript((names: string[]) => {
    const w = window as unknown as Record<string, unknown>;
    const api = Object.fromEntries(
      names.map((name) => [
        name,
        (payload?: unknown) =>
          (w[`__unsitFake_${name}`] as (p: unknown) => Promise<unknown>)(payload ?? null),
      ]),
    );
    // Main's events: the page's listeners, which `pushLanguage` calls as main's push would.
    const listeners: ((payload: unknown) => void)[] = [];
    w.__unsitLanguageListeners = listeners;
    const onLanguageChanged = (listener: (payload: unknown) => void) =>
      void listeners.push(listener);
    w.unsit = Object.freeze({ ...api, onLanguageChanged });
    const violations: string[] = [];
    w.__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (e) => {
      violations.push(`${e.violatedDirective}: ${e.blockedURI || e.sample}`);
    });
  }, methods);

  await page.goto(`${ORIGIN}/${window}.html`);
  // A window mounts only once main has answered with its language, after the load event: wait
  // for it, so a test that moves the paused clock at once does not move it before the page's
  // own timers exist. Polled from here, not by page timers, which the paused clock holds.
  await expect(page.locator('#app > *').first()).toBeAttached();
  return {
    calls,
    cspViolations: () =>
      page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations),
  };
}

/** Pushes a new language to the page, as main does when the Language setting changes. */
export async function pushLanguage(page: Page, payload: unknown): Promise<void> {
  await page.evaluate((sent) => {
    const w = window as unknown as { __unsitLanguageListeners: ((p: unknown) => void)[] };
    for (const listener of w.__unsitLanguageListeners) listener(sent);
  }, payload);
}

/**
 * Runs axe in the page and returns the serious and critical violations. axe waits on timers,
 * and the page clock stands still: it is nudged forward a few milliseconds at a time until axe
 * is done (at most one second of page time).
 */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  let finished = false;
  const run = runAxe(page).finally(() => {
    finished = true;
  });
  for (let i = 0; i < 200 && !finished; i++) await page.clock.runFor(5);
  return run;
}

async function runAxe(page: Page): Promise<string[]> {
  const axePath = resolve('node_modules/axe-core/axe.min.js');
  // Added as an init-less script through evaluate so the page's CSP does not block it.
  const source = await readFile(axePath, 'utf8');
  await page.evaluate(source);
  const results = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            ctx: unknown,
            opts: unknown,
          ) => Promise<{
            violations: {
              id: string;
              impact: string;
              help: string;
              nodes: { target: string[] }[];
            }[];
          }>;
        };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
}

/**
 * Where the screenshot tests write. A test run writes to an ignored folder, so `npm test` leaves
 * tracked files alone; `npm run screenshots` points this at docs/screenshots to refresh the
 * pictures the README shows.
 */
export const SCREENSHOT_DIR = resolve(
  process.env.UNSIT_SCREENSHOT_DIR ?? 'tests/renderer/.artifacts/screenshots',
);
