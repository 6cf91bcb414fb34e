import { describe, expect, it } from 'vitest';
import { HEALTHY_HISTORY } from '../../electron/core/history/notice';
import { CONTENT_SECURITY_POLICY } from '../../electron/core/security/csp';
import { CHANNELS, type HomeView } from '../../electron/core/ipc/contract';
import { defaultSettings } from '../../electron/core/settings/schema';
import type { OutcomeRecord } from '../../electron/core/history/records';
import {
  SELF_TEST_LIMIT_MS,
  runSelfTest,
  type PageReport,
  type SelfTestDeps,
} from '../../electron/main/self-test';

const goodPage: PageReport = {
  csp: CONTENT_SECURITY_POLICY,
  api: Object.keys(CHANNELS),
  rendered: true,
};

function deps(page: (url: string) => Promise<PageReport>, overrides: Partial<SelfTestDeps> = {}) {
  const records: OutcomeRecord[] = [];
  let settings = defaultSettings();
  const settingsStore = {
    get: () => settings,
    save: (next: typeof settings) => (settings = next),
    reset: () => settings,
    takeNotice: () => null,
  };
  const history = {
    append: (record: OutcomeRecord) => void records.push(record),
    read: () => ({ goals: [], days: [], records }),
    noteRules: () => undefined,
    health: () => HEALTHY_HISTORY,
  };
  const limits: { ms: number; fire: () => void; disarmed: boolean }[] = [];
  const result: SelfTestDeps & { limits: typeof limits } = {
    createHiddenWindow: () => {
      let url = '';
      return {
        loadURL: (next) => ((url = next), Promise.resolve()),
        webContents: { executeJavaScript: () => page(url) },
        destroy: () => undefined,
      };
    },
    pageUrl: (name) => `app://unsit/${name}.html`,
    csp: CONTENT_SECURITY_POLICY,
    trayCreated: () => true,
    homeView: () => goodHome,
    settings: settingsStore,
    settingsFromDisk: () => settingsStore,
    history,
    historyFromDisk: () => history,
    now: () => Date.UTC(2026, 11, 6, 9),
    setLimit: (ms, fire) => {
      const limit = { ms, fire, disarmed: false };
      limits.push(limit);
      return () => (limit.disarmed = true);
    },
    limits,
    ...overrides,
  };
  return result;
}

const goodHome: HomeView = {
  status: 'Next stretch in 23 min',
  state: 'counting',
  today: 'Today: 1 of 4 breaks',
  paused: false,
  inMeeting: false,
  canStandUp: true,
  refreshInMs: 60_000,
  trayHelp: false,
  historyNotice: null,
  update: null,
};

describe('runSelfTest', () => {
  it('passes when every page carries its CSP and the full API, and disarms its limit', async () => {
    const d = deps(() => Promise.resolve(goodPage));
    const result = await runSelfTest(d);
    expect(result.ok).toBe(true);
    expect(d.limits).toHaveLength(1);
    expect(d.limits[0]?.ms).toBe(SELF_TEST_LIMIT_MS);
    expect(SELF_TEST_LIMIT_MS).toBeLessThan(30_000);
    await Promise.resolve();
    expect(d.limits[0]?.disarmed).toBe(true);
  });

  it.each([
    [{ ...goodPage, csp: null }, 'the page does not carry its CSP'],
    [{ ...goodPage, api: ['getSettings'] }, "the preload's API is missing"],
    [{ ...goodPage, api: null }, "the preload's API is missing"],
    [{ ...goodPage, rendered: false }, 'the page did not render'],
  ])('fails a page that reports %j', async (report, message) => {
    const result = await runSelfTest(
      deps((url) => Promise.resolve(url.includes('settings') ? report : goodPage)),
    );
    expect(result.ok).toBe(false);
    expect(result.lines).toContain(`FAILED settings window: ${message}`);
    expect(result.lines).toContain('ok home window');
  });

  it('checks the Unsit window content main answers, the update line included', async () => {
    const ready = {
      line: 'Unsit 1.3.0 is ready: it installs when Unsit quits.',
      action: 'restart',
    };
    const withUpdate = await runSelfTest(
      deps(() => Promise.resolve(goodPage), {
        homeView: () => ({ ...goodHome, inMeeting: true, update: ready as HomeView['update'] }),
      }),
    );
    expect(withUpdate.lines).toContain('ok Unsit window content');
    const empty = await runSelfTest(
      deps(() => Promise.resolve(goodPage), { homeView: () => ({ ...goodHome, status: '' }) }),
    );
    expect(empty.ok).toBe(false);
    expect(empty.lines).toContain('FAILED Unsit window content: the status words are empty');
  });

  it('fails without a tray, and when the history read back lacks the record', async () => {
    const empty = {
      append: () => undefined,
      read: () => ({ goals: [], days: [], records: [] }),
      noteRules: () => undefined,
      health: () => HEALTHY_HISTORY,
    };
    const result = await runSelfTest(
      deps(() => Promise.resolve(goodPage), {
        trayCreated: () => false,
        historyFromDisk: () => empty,
      }),
    );
    expect(result.lines).toContain('FAILED tray: no tray icon was created');
    expect(result.lines).toContain(
      'FAILED history: the record written is not in the history read back',
    );
  });

  it('gives up at its limit, naming what had not finished', async () => {
    const d = deps((url) =>
      url.includes('statistics')
        ? new Promise<PageReport>(() => undefined)
        : Promise.resolve(goodPage),
    );
    const running = runSelfTest(d);
    for (let i = 0; i < 20; i += 1) await Promise.resolve();
    d.limits[0]?.fire();
    const result = await running;
    expect(result.ok).toBe(false);
    expect(result.lines.at(-2)).toBe(
      `FAILED within ${SELF_TEST_LIMIT_MS / 1000} s: statistics window, home window, Unsit window content, settings, history did not finish`,
    );
    expect(result.lines.at(-1)).toBe('self-test failed');
  });
});
