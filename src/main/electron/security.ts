/**
 * Every security setting of the Electron host, in one module (DESIGN.md §7, STYLE.md principle
 * 10). The renderer is a sandboxed, context-isolated web page served from our own `app://vlinder`
 * origin; it reaches Node only through the one IPC channel checked in `ipc.ts`.
 *
 * Why `app://` and not `file://`: the `grantFileProtocolExtraPrivileges` fuse is switched off at
 * packaging, after which `file://` pages behave as in Chromium, where a Vite build's module
 * scripts do not load (opaque origin, CORS). A standard, secure custom scheme gives the page a
 * real origin ('self' in the CSP means exactly our files) and serves only the renderer folder.
 */
import { CSP } from '../../shared/security/csp.ts';
import { BrowserWindow, type App, type BrowserWindowConstructorOptions, type CustomScheme, type Event, type Session, type WebContents } from 'electron';

export const APP_SCHEME = 'app';
export const APP_HOST = 'vlinder';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** Where the main window loads the renderer from. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/** Content-Security-Policy of every page (one definition for both hosts). */
export { CSP };

/**
 * The `app:` scheme, registered before the app is ready. `standard` + `secure` give it a proper
 * origin and a secure context; it does not bypass the CSP.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, bypassCSP: false, allowServiceWorkers: false },
};

/** True only for URLs of our own renderer (`app://vlinder/...`). */
export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  try {
    const u = new URL(url);
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

export interface SecureWindowOptions extends Omit<BrowserWindowConstructorOptions, 'webPreferences'> {
  preloadPath: string;
  devTools: boolean;
}

/**
 * Creates a window with the only web preferences Vlinder uses. Nothing here is relaxed for
 * development or tests. The literal sits inside `new BrowserWindow(...)` so that static checkers
 * (electronegativity) can see it too.
 */
export function createSecureWindow({ preloadPath, devTools, ...options }: SecureWindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // A middle click must not open a link in a new window (new windows are denied anyway).
      disableBlinkFeatures: 'Auxclick',
      // Chromium's spellchecker downloads dictionaries from a Google CDN: no network, ever.
      spellcheck: false,
      devTools,
    },
  });
}

const LOCAL_REQUEST_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

/** True for requests that stay on this machine inside the app; everything else is cancelled. */
export function isLocalRequest(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.protocol === `${APP_SCHEME}:`) return isAppUrl(url);
    return LOCAL_REQUEST_SCHEMES.has(u.protocol);
  } catch {
    return false;
  }
}

/**
 * Session-wide rules: the CSP header on every response, no network requests, and every
 * permission (camera, notifications, clipboard-read, ...) denied.
 */
export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers = { ...details.responseHeaders };
    for (const name of Object.keys(headers)) {
      if (name.toLowerCase() === 'content-security-policy') delete headers[name];
    }
    headers['Content-Security-Policy'] = [CSP];
    callback({ responseHeaders: headers });
  });
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isLocalRequest(details.url) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

function denyUnlessApp(event: Event, url: string): void {
  if (!isAppUrl(url)) event.preventDefault();
}

/** Per-page rules: no navigation away from our renderer, no new windows, no webviews. */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', (event) => denyUnlessApp(event, event.url));
  contents.on('will-frame-navigate', (event) => denyUnlessApp(event, event.url));
  contents.on('will-redirect', (event) => denyUnlessApp(event, event.url));
  // Vlinder never needs a second window; links to elsewhere are not opened either.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** Applies the per-page rules to every page the app ever creates (before any is created). */
export function hardenApp(app: App): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
}
