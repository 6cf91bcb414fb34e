import type { WebPreferences } from 'electron';

/**
 * Electron's security checklist in one place. Every window gets `secureWebPreferences`, every
 * web contents `guardWebContents`, the session `hardenSession`, and the app `hardenApp` before
 * it is ready. App content is only ever served from `app://unsit/` (see app-protocol.ts).
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'unsit';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/** Sent as a response header by the app protocol; the build puts the same policy in each page. */
export { CONTENT_SECURITY_POLICY } from '../core/security/csp';

export interface WindowPreferenceOptions {
  /** The routine window keeps timing while hidden or covered. */
  backgroundThrottling?: boolean;
  /** Only for builds run from source (`!app.isPackaged`); installed builds have no DevTools. */
  devTools?: boolean;
}

export function secureWebPreferences(
  preloadPath: string,
  { backgroundThrottling = true, devTools = false }: WindowPreferenceOptions = {},
): WebPreferences {
  return {
    preload: preloadPath,
    devTools,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
    safeDialogs: true,
    backgroundThrottling,
  };
}

/** True when `url` belongs to the app's own protocol. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}

/**
 * Origins (scheme + host) that may be opened in the user's browser: GitHub, for the release page
 * of an update this copy cannot install itself.
 */
export const EXTERNAL_ORIGIN_ALLOW_LIST: readonly string[] = ['https://github.com'];

export function isAllowedExternalUrl(
  url: string,
  allowList: readonly string[] = EXTERNAL_ORIGIN_ALLOW_LIST,
): boolean {
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === 'https:' &&
      parsed.username === '' &&
      parsed.password === '' &&
      allowList.includes(parsed.origin)
    );
  } catch {
    return false;
  }
}

/** The only way the app opens a link outside itself. Refused links resolve to false. */
export async function openExternalSafely(
  shell: { openExternal(url: string): Promise<void> },
  url: string,
  allowList: readonly string[] = EXTERNAL_ORIGIN_ALLOW_LIST,
): Promise<boolean> {
  if (!isAllowedExternalUrl(url, allowList)) return false;
  await shell.openExternal(url);
  return true;
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The parts of WebContents that the guard uses. */
export interface GuardableContents {
  on(event: 'will-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-frame-navigate', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-redirect', listener: (event: PreventableEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
}

/**
 * Pages never navigate, redirect, open windows or attach webviews: each window loads its one
 * page through `loadURL`, which these events do not cover.
 */
export function guardWebContents(contents: GuardableContents): void {
  const deny = (event: PreventableEvent) => event.preventDefault();
  contents.on('will-navigate', deny);
  contents.on('will-frame-navigate', deny);
  contents.on('will-redirect', deny);
  contents.on('will-attach-webview', deny);
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Schemes a page may request: its own files, inline images, and the developer tools. */
function isAllowedRequestUrl(url: string): boolean {
  if (isAppUrl(url)) return true;
  return url.startsWith('data:') || url.startsWith('devtools:');
}

export interface HardenableSession {
  setPermissionRequestHandler(
    handler: (contents: unknown, permission: string, callback: (granted: boolean) => void) => void,
  ): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  webRequest: {
    onBeforeRequest(
      listener: (
        details: { url: string },
        callback: (response: { cancel: boolean }) => void,
      ) => void,
    ): void;
  };
}

/** No page is granted any permission (speech and Web Audio need none); no request leaves the app. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) =>
    callback({ cancel: !isAllowedRequestUrl(details.url) }),
  );
}

export interface HardenableApp {
  enableSandbox(): void;
  on(
    event: 'web-contents-created',
    listener: (event: unknown, contents: GuardableContents) => void,
  ): unknown;
}

/** Must run before the app is ready. */
export function hardenApp(app: HardenableApp): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
}
