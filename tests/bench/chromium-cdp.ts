import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A headed Chromium driven over the raw DevTools protocol. Playwright emulates focus and keeps
 * every page "visible"; here a page put behind another tab is really hidden, so Chromium
 * throttles its timers as it would a window the user moved away from.
 */
export interface Tab {
  id: string;
  send(method: string, params?: Record<string, unknown>): Promise<Record<string, unknown>>;
  evaluate<T>(expression: string): Promise<T>;
  close(): void;
}

export interface Browser {
  /** A new tab in the first window (it covers the tab that was in front). */
  newTab(url?: string): Promise<Tab>;
  /** A new window of its own, so its page stays visible beside the first window's. */
  newWindow(): Promise<Tab>;
  activate(tab: { id: string }): Promise<void>;
  /** Quits Chromium and removes its profile. Never throws: a leftover folder is only reported. */
  close(): Promise<void>;
}

type Message = { id?: number; error?: unknown; result?: unknown } & Record<string, unknown>;

/** One DevTools connection (a page's or the browser's). */
async function connect(url: string) {
  const ws = new WebSocket(url);
  await new Promise((resolve, reject) => {
    ws.addEventListener('open', resolve, { once: true });
    ws.addEventListener('error', reject, { once: true });
  });
  let next = 0;
  const pending = new Map<number, (m: Message) => void>();
  ws.addEventListener('message', (event) => {
    const message = JSON.parse(String(event.data)) as Message;
    if (message.id !== undefined) pending.get(message.id)?.(message);
  });
  const send = (method: string, params: Record<string, unknown> = {}) =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      const callId = ++next;
      pending.set(callId, (m) => {
        pending.delete(callId);
        if (m.error) reject(new Error(`${method}: ${JSON.stringify(m.error)}`));
        else resolve(m.result as Record<string, unknown>);
      });
      ws.send(JSON.stringify({ id: callId, method, params }));
    });
  return { send, close: () => ws.close() };
}

async function tabOn(base: string, id: string): Promise<Tab> {
  const { send, close } = await connect(`${base.replace('http', 'ws')}/devtools/page/${id}`);
  return {
    id,
    send,
    async evaluate<T>(expression: string) {
      const result = (await send('Runtime.evaluate', {
        expression,
        awaitPromise: true,
        returnByValue: true,
      })) as { result: { value: T }; exceptionDetails?: unknown };
      if (result.exceptionDetails) throw new Error(JSON.stringify(result.exceptionDetails));
      return result.result.value;
    },
    close,
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Processes still tied to this Chromium on Linux: its process group (the browser, renderers,
 * GPU and utility processes) and helpers that left the group but name the profile in their
 * command line (the crash handler keeps its database there). Elsewhere, none are known.
 */
function lingering(group: number, profile: string): number[] {
  if (process.platform !== 'linux') return [];
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const [state, , processGroup] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state === 'Z') continue; // exited, only waiting to be reaped
      const named = readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(profile);
      if (Number(processGroup) === group || named) found.push(Number(entry));
    } catch {
      // The process ended while we looked.
    }
  }
  return found;
}

function signal(pids: number[], group: number, name: NodeJS.Signals): void {
  for (const target of [-group, ...pids]) {
    try {
      process.kill(target, name);
    } catch {
      // Already gone.
    }
  }
}

export async function launchChromium(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'unsit-bench-'));
  const chrome: ChildProcess = spawn(
    process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--autoplay-policy=no-user-gesture-required',
      `--user-data-dir=${profile}`,
      '--remote-debugging-port=0',
      '--window-size=800,700',
      'about:blank',
    ],
    // Its own process group, so closing can wait for every process it started.
    { stdio: ['ignore', 'ignore', 'pipe'], detached: process.platform !== 'win32' },
  );
  const exited = new Promise<void>((resolve) => chrome.once('exit', () => resolve()));
  const port = await new Promise<string>((resolve, reject) => {
    let buffer = '';
    const timer = setTimeout(() => reject(new Error('Chromium did not start')), 20_000);
    chrome.stderr!.on('data', (data: Buffer) => {
      buffer += data.toString();
      const match = buffer.match(/ws:\/\/127\.0\.0\.1:(\d+)\//);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
  });
  const base = `http://127.0.0.1:${port}`;
  const version = (await (await fetch(`${base}/json/version`)).json()) as {
    webSocketDebuggerUrl: string;
  };
  const browserTarget = await connect(version.webSocketDebuggerUrl);

  async function close(): Promise<void> {
    const group = chrome.pid ?? -1;
    // Ask politely first; Chromium then flushes its profile and ends its children itself.
    await Promise.race([browserTarget.send('Browser.close').catch(() => undefined), sleep(5000)]);
    browserTarget.close();
    await Promise.race([exited, sleep(10_000)]);
    // Children can outlive the browser process for a while, still writing to the profile.
    for (let waited = 0; lingering(group, profile).length > 0; waited += 100) {
      if (waited === 10_000) signal(lingering(group, profile), group, 'SIGTERM');
      if (waited === 15_000) signal(lingering(group, profile), group, 'SIGKILL');
      if (waited >= 20_000) break;
      await sleep(100);
    }
    if (chrome.exitCode === null && chrome.signalCode === null) chrome.kill('SIGKILL');
    try {
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
    } catch (error) {
      console.error(`bench: could not remove Chromium's profile ${profile}: ${String(error)}`);
    }
  }

  return {
    async newTab(url = 'about:blank') {
      const target = (await (await fetch(`${base}/json/new?${url}`, { method: 'PUT' })).json()) as {
        id: string;
      };
      return tabOn(base, target.id);
    },
    async newWindow() {
      const { targetId } = (await browserTarget.send('Target.createTarget', {
        url: 'about:blank',
        newWindow: true,
      })) as { targetId: string };
      return tabOn(base, targetId);
    },
    async activate(tab) {
      await fetch(`${base}/json/activate/${tab.id}`);
    },
    async close() {
      try {
        await close();
      } catch (error) {
        console.error(`bench: closing Chromium failed: ${String(error)}`);
      }
    },
  };
}
