import { readFile as readFromDisk } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_HOST, APP_SCHEME, CONTENT_SECURITY_POLICY } from './security';

/**
 * The `app://unsit/` protocol: the built renderer folder, read-only, with the CSP as a header.
 * A privileged standard scheme gives pages a real origin (so CSP 'self' means exactly the app's
 * own files) without serving anything from file:// or a local web server.
 */

export interface SchemeRegistrar {
  registerSchemesAsPrivileged(
    schemes: { scheme: string; privileges: Record<string, boolean> }[],
  ): void;
}

/** Must run before the app is ready. */
export function registerAppScheme(protocol: SchemeRegistrar): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      // corsEnabled lets module scripts (fetched in CORS mode) load from the scheme.
      privileges: { standard: true, secure: true, corsEnabled: true, codeCache: true },
    },
  ]);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
};

/**
 * The file a request maps to inside `rootDir`, or null for anything else: another scheme or
 * host, undecodable escapes, NUL bytes, or a path that would leave the folder.
 */
export function resolveAppFile(rootDir: string, requestUrl: string): string | null {
  let url: URL;
  let pathname: string;
  try {
    url = new URL(requestUrl);
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const root = resolve(rootDir);
  const file = resolve(root, `.${pathname}`);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) {
    return null;
  }
  return file;
}

function plain(status: number, text: string): Response {
  return new Response(text, {
    status,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'x-content-type-options': 'nosniff' },
  });
}

export interface AppProtocolOptions {
  rootDir: string;
  /**
   * Reads a file (Electron's patched fs also reads inside app.asar); rejects when it is missing.
   * Not `net.fetch('file://…')`: that goes through the session's webRequest filter, which
   * cancels every file:// request (see hardenSession), so no page would ever load.
   */
  readFile?: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
}

export function createAppProtocolHandler({
  rootDir,
  readFile = readFromDisk,
}: AppProtocolOptions): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Not allowed');
    const file = resolveAppFile(rootDir, request.url);
    if (file === null) return plain(404, 'Not found');
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(file);
    } catch {
      // Missing, a folder, or unreadable: all look the same to the page.
      return plain(404, 'Not found');
    }
    return new Response(request.method === 'HEAD' ? null : body, {
      status: 200,
      headers: {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}
