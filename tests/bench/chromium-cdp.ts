import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
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
  newTab(url?: string): Promise<Tab>;
  activate(tab: { id: string }): Promise<void>;
  close(): Promise<void>;
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
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
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

  async function connect(id: string, url: string): Promise<Tab> {
    const ws = new WebSocket(url);
    await new Promise((resolve) => ws.addEventListener('open', resolve, { once: true }));
    let next = 0;
    const pending = new Map<number, (m: Record<string, unknown>) => void>();
    ws.addEventListener('message', (event) => {
      const message = JSON.parse(String(event.data)) as { id?: number } & Record<string, unknown>;
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
      close: () => ws.close(),
    };
  }

  return {
    async newTab(url = 'about:blank') {
      const target = (await (await fetch(`${base}/json/new?${url}`, { method: 'PUT' })).json()) as {
        id: string;
        webSocketDebuggerUrl: string;
      };
      return connect(target.id, target.webSocketDebuggerUrl);
    },
    async activate(tab) {
      await fetch(`${base}/json/activate/${tab.id}`);
    },
    async close() {
      // Chromium writes to its profile while it shuts down: wait for it before removing it.
      const exited = new Promise((resolve) => chrome.once('exit', resolve));
      chrome.kill();
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}
