import { API_KEYS, type HomeView } from '../core/ipc/contract';
import type { SettingsStore, HistoryStore } from '../core/storage/ports';
import type { OutcomeRecord } from '../core/history/records';
import { localIso } from '../core/time/local-iso';

/**
 * `--self-test`: the installed app proves it can run, for the release workflow's smoke tests.
 * It starts as usual on a temporary data folder (never the user's), with the tray created, opens
 * each window hidden and checks that its page rendered under its Content-Security-Policy with
 * the preload's API present, writes and reads back settings and history, prints one line per
 * check and exits 0, or 1 when anything failed, always within SELF_TEST_LIMIT_MS.
 */
export const SELF_TEST_ARG = '--self-test';
/** The whole run, well inside the 30 s the release workflow allows. */
export const SELF_TEST_LIMIT_MS = 25_000;
export const SELF_TEST_PAGES = ['routine', 'settings', 'reminder', 'statistics', 'home'] as const;

export function isSelfTest(argv: readonly string[]): boolean {
  return argv.includes(SELF_TEST_ARG);
}

/** What a page reports about itself, from inside (see PAGE_PROBE). */
export interface PageReport {
  csp: string | null;
  api: string[] | null;
  rendered: boolean;
}

/** Runs in the page: its CSP, the preload's API, and whether the Svelte app rendered. */
export const PAGE_PROBE = `(() => {
  const meta = document.querySelector('meta[http-equiv="Content-Security-Policy"]');
  const api = typeof window.unsit === 'object' && window.unsit !== null ? Object.keys(window.unsit) : null;
  const root = document.getElementById('app');
  return { csp: meta ? meta.getAttribute('content') : null, api, rendered: !!root && root.childElementCount > 0 };
})()`;

/** The slice of a hidden BrowserWindow the self-test uses. */
export interface ProbeWindow {
  loadURL(url: string): Promise<void>;
  webContents: { executeJavaScript(code: string): Promise<unknown> };
  destroy(): void;
}

export interface SelfTestDeps {
  /** A window that is never shown, with the same web preferences as every Unsit window. */
  createHiddenWindow(): ProbeWindow;
  pageUrl(page: string): string;
  csp: string;
  trayCreated(): boolean;
  /** What main answers the Unsit window: its status, the meeting switch, the update line. */
  homeView(): HomeView;
  settings: SettingsStore;
  /** The settings as a fresh store reads them from disk. */
  settingsFromDisk(): SettingsStore;
  history: HistoryStore;
  historyFromDisk(): HistoryStore;
  now(): number;
  /** Arms the overall limit; returns a function that disarms it. */
  setLimit(ms: number, onLimit: () => void): () => void;
}

export interface SelfTestResult {
  ok: boolean;
  lines: string[];
}

type Check = [name: string, run: () => Promise<void> | void];

function checkPage(deps: SelfTestDeps, page: string): Check {
  return [
    `${page} window`,
    async () => {
      const window = deps.createHiddenWindow();
      try {
        await window.loadURL(deps.pageUrl(page));
        const report = (await window.webContents.executeJavaScript(PAGE_PROBE)) as PageReport;
        if (report.csp !== deps.csp) throw new Error('the page does not carry its CSP');
        const expected = [...API_KEYS].sort();
        const api = [...(report.api ?? [])].sort();
        if (api.join() !== expected.join()) throw new Error("the preload's API is missing");
        if (!report.rendered) throw new Error('the page did not render');
      } finally {
        window.destroy();
      }
    },
  ];
}

/**
 * The Unsit window's content as main computes it from the running services: the status words,
 * the "Today" line, the meeting switch's state and the update line (null where nothing is to
 * say, as in the self-test, which never checks for updates).
 */
function checkHomeView(view: HomeView): void {
  if (!view.status.trim() || !view.today.trim()) throw new Error('the status words are empty');
  if (typeof view.inMeeting !== 'boolean') throw new Error('the meeting switch has no state');
  if (view.update !== null && !view.update.line.trim()) {
    throw new Error('the update line is empty');
  }
}

export async function runSelfTest(deps: SelfTestDeps): Promise<SelfTestResult> {
  const checks: Check[] = [
    [
      'tray',
      () => {
        if (!deps.trayCreated()) throw new Error('no tray icon was created');
      },
    ],
    ...SELF_TEST_PAGES.map((page) => checkPage(deps, page)),
    // A check's name in the release workflow's log, read by maintainers only.
    // eslint-disable-next-line unsit/no-user-text
    ['Unsit window content', () => checkHomeView(deps.homeView())],
    [
      'settings',
      () => {
        const saved = deps.settings.save(deps.settings.get());
        const read = deps.settingsFromDisk().get();
        if (JSON.stringify(read) !== JSON.stringify(saved)) {
          throw new Error('the settings read back differ from those written');
        }
      },
    ],
    [
      'history',
      () => {
        const record: OutcomeRecord = { at: localIso(deps.now()), type: 'stood-up' };
        deps.history.append(record);
        const found = deps
          .historyFromDisk()
          .read()
          .records.some((r) => r.at === record.at);
        if (!found) throw new Error('the record written is not in the history read back');
      },
    ],
  ];

  const lines: string[] = [];
  let ok = true;
  let timedOut = false;
  const all = (async () => {
    for (const [name, run] of checks) {
      if (timedOut) return;
      try {
        await run();
        lines.push(`ok ${name}`);
      } catch (error) {
        ok = false;
        lines.push(`FAILED ${name}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  })();
  const limit = new Promise<void>((resolve) => {
    const disarm = deps.setLimit(SELF_TEST_LIMIT_MS, () => {
      timedOut = true;
      resolve();
    });
    void all.finally(disarm);
  });
  await Promise.race([all, limit]);
  if (timedOut) {
    ok = false;
    const done = new Set(lines.map((line) => line.replace(/^(ok|FAILED) ([^:]+).*$/, '$2')));
    const pending = checks.map(([name]) => name).filter((name) => !done.has(name));
    lines.push(
      `FAILED within ${SELF_TEST_LIMIT_MS / 1000} s: ${pending.join(', ')} did not finish`,
    );
  }
  lines.push(ok ? 'self-test passed' : 'self-test failed');
  return { ok, lines };
}
