import { EventEmitter } from 'node:events';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import {
  createAppProtocolHandler,
  registerAppScheme,
  resolveAppFile,
} from '../../electron/main/app-protocol';
import {
  CONTENT_SECURITY_POLICY,
  hardenApp,
  hardenSession,
  isAllowedExternalUrl,
  openExternalSafely,
  type HardenableSession,
} from '../../electron/main/security';
import { FakeContents } from './fakes/electron';

const ROOT = '/app/out/renderer';

describe('app protocol paths', () => {
  it('maps app://unsit/ URLs into the renderer folder', () => {
    expect(resolveAppFile(ROOT, 'app://unsit/routine.html')).toBe(join(ROOT, 'routine.html'));
    expect(resolveAppFile(ROOT, 'app://unsit/assets/a%20b.js')).toBe(join(ROOT, 'assets/a b.js'));
  });

  it('refuses every way out of the folder', () => {
    const escapes = [
      'app://unsit/..%2F..%2Fetc%2Fpasswd',
      'app://unsit/assets/..%2F..%2F..%2Fsecret',
      'app://unsit/..%5C..%5Cwindows%5Cwin.ini',
      'app://unsit/routine.html%00.png',
      'app://unsit/%E0%A4%A',
    ];
    for (const url of escapes) expect(resolveAppFile(ROOT, url), url).toBeNull();
    // Dot segments the URL parser resolves itself stay inside the folder.
    expect(resolveAppFile(ROOT, 'app://unsit/%2e%2e/%2e%2e/etc/passwd')).toBe(
      join(ROOT, 'etc/passwd'),
    );
  });

  it('refuses other hosts, other schemes and the bare folder', () => {
    expect(resolveAppFile(ROOT, 'app://evil/routine.html')).toBeNull();
    expect(resolveAppFile(ROOT, 'file:///app/out/renderer/routine.html')).toBeNull();
    expect(resolveAppFile(ROOT, 'app://unsit/')).toBeNull();
    expect(resolveAppFile(ROOT, 'not a url')).toBeNull();
  });

  it('registers one privileged, secure, standard scheme', () => {
    const registerSchemesAsPrivileged = vi.fn();
    registerAppScheme({ registerSchemesAsPrivileged });
    expect(registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
    const [[schemes]] = registerSchemesAsPrivileged.mock.calls as [[{ privileges: object }[]]];
    expect(schemes[0]?.privileges).not.toHaveProperty('bypassCSP');
  });
});

describe('app protocol handler', () => {
  const root = mkdtempSync(join(tmpdir(), 'unsit-protocol-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'routine.html'), '<!doctype html><title>x</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(root, '..', 'unsit-outside.txt'), 'secret');
  // Wired as index.ts wires it: files come straight from disk.
  const handle = createAppProtocolHandler({ rootDir: root });

  it('serves pages with their type and the content security policy', async () => {
    const page = await handle(new Request('app://unsit/routine.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>x</title>');
    const script = await handle(new Request('app://unsit/assets/app.js'));
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await script.text()).toBe('console.log(1)');
  });

  it('serves pages even though the hardened session cancels every file:// request', async () => {
    // In Electron, net.fetch('file://…') passes through session.webRequest; the handler must
    // therefore never depend on a file:// request, or no window would show anything.
    const cancelled: string[] = [];
    const session: HardenableSession = {
      setPermissionRequestHandler: () => undefined,
      setPermissionCheckHandler: () => undefined,
      webRequest: {
        onBeforeRequest: (listener) => {
          const url = pathToFileURL(join(root, 'routine.html')).toString();
          listener({ url }, (r) => r.cancel && cancelled.push(url));
        },
      },
    };
    hardenSession(session);
    expect(cancelled).toHaveLength(1);
    const page = await handle(new Request('app://unsit/routine.html'));
    expect(page.status).toBe(200);
  });

  it('answers 404 for missing files, folders and escapes, without reading outside', async () => {
    expect((await handle(new Request('app://unsit/missing.html'))).status).toBe(404);
    expect((await handle(new Request('app://unsit/assets'))).status).toBe(404);
    const readFile = vi.fn(async (path: string) => readFileSync(path));
    const spied = createAppProtocolHandler({ rootDir: root, readFile });
    const escape = await spied(new Request('app://unsit/..%2Funsit-outside.txt'));
    expect(escape.status).toBe(404);
    expect(await escape.text()).not.toContain('secret');
    expect(readFile).not.toHaveBeenCalled();
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await handle(new Request('app://unsit/routine.html', { method: 'HEAD' }));
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await handle(
      new Request('app://unsit/routine.html', { method: 'POST', body: 'x' }),
    );
    expect(post.status).toBe(405);
  });
});

describe('content security policy', () => {
  it('allows no inline or evaluated code and nothing from elsewhere', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|\*|https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});

describe('external links', () => {
  const allow = ['https://unsit.example'];

  it('opens only https links on the allow-list', () => {
    expect(isAllowedExternalUrl('https://unsit.example/help', allow)).toBe(true);
    expect(isAllowedExternalUrl('http://unsit.example/help', allow)).toBe(false);
    expect(isAllowedExternalUrl('https://unsit.example.evil.com/', allow)).toBe(false);
    expect(isAllowedExternalUrl('https://user:pw@unsit.example/', allow)).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd', allow)).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)', allow)).toBe(false);
    // The built-in list is empty: nothing is opened until a feature needs it.
    expect(isAllowedExternalUrl('https://unsit.example/help')).toBe(false);
  });

  it('never hands a refused link to the shell', async () => {
    const shell = { openExternal: vi.fn(async () => undefined) };
    expect(await openExternalSafely(shell, 'https://evil.example/', allow)).toBe(false);
    expect(shell.openExternal).not.toHaveBeenCalled();
    expect(await openExternalSafely(shell, 'https://unsit.example/a', allow)).toBe(true);
    expect(shell.openExternal).toHaveBeenCalledWith('https://unsit.example/a');
  });
});

describe('session and app hardening', () => {
  function fakeSession() {
    const handlers: {
      request?: (c: unknown, p: string, cb: (granted: boolean) => void) => void;
      check?: () => boolean;
      before?: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void;
    } = {};
    const session: HardenableSession = {
      setPermissionRequestHandler: (h) => (handlers.request = h),
      setPermissionCheckHandler: (h) => (handlers.check = h),
      webRequest: { onBeforeRequest: (l) => (handlers.before = l) },
    };
    return { session, handlers };
  }

  it('denies every permission request and check', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read']) {
      const callback = vi.fn();
      handlers.request?.({}, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(handlers.check?.()).toBe(false);
  });

  it('cancels requests that leave the app', () => {
    const { session, handlers } = fakeSession();
    hardenSession(session);
    const cancelled = (url: string) => {
      let answer: boolean | undefined;
      handlers.before?.({ url }, (r) => (answer = r.cancel));
      return answer;
    };
    expect(cancelled('https://tracker.example/pixel.png')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://unsit/assets/app.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });

  it('enables the sandbox for all renderers and guards every new web contents', () => {
    const app = Object.assign(new EventEmitter(), { enableSandbox: vi.fn() });
    hardenApp(app);
    expect(app.enableSandbox).toHaveBeenCalled();
    const contents = new FakeContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.attempt('will-navigate')).toBe(true);
    expect(contents.windowOpenHandler?.()).toEqual({ action: 'deny' });
  });
});
