import type { App, Session, WebContents } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  APP_ENTRY_URL,
  CSP,
  createSecureWindow,
  hardenApp,
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isLocalRequest,
} from '../../../src/main/electron/security.ts';
import { BrowserWindow, FakeWebContents, fakeEvent, fakeSession } from './fakeElectron.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

function webPreferences(opts: { devTools: boolean }): Record<string, unknown> {
  const win = createSecureWindow({ preloadPath: '/app/out/preload/index.cjs', title: 'Vlinder', ...opts }) as unknown as BrowserWindow;
  expect(win.options['title']).toBe('Vlinder');
  return win.options['webPreferences'] as Record<string, unknown>;
}

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents as unknown as WebContents);
  return contents;
}

function navigate(contents: FakeWebContents, event: string, url: string): boolean {
  const e = fakeEvent(url);
  contents.emit(event, e, url);
  return e.defaultPrevented;
}

describe('window settings', () => {
  it('runs the renderer isolated, sandboxed and without Node', () => {
    const prefs = webPreferences({ devTools: false });
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: false,
    });
  });

  it('turns off the spellchecker, which would download dictionaries, and middle-click windows', () => {
    const prefs = webPreferences({ devTools: true });
    expect(prefs['spellcheck']).toBe(false);
    expect(prefs['disableBlinkFeatures']).toBe('Auxclick');
    expect(prefs['devTools']).toBe(true);
  });
});

describe('navigation and new windows', () => {
  it('stays on the app when a page tries to navigate elsewhere', () => {
    const contents = hardened();
    for (const event of ['will-navigate', 'will-redirect', 'will-frame-navigate']) {
      expect(navigate(contents, event, 'https://evil.example/phish')).toBe(true);
      expect(navigate(contents, event, 'file:///etc/passwd')).toBe(true);
      expect(navigate(contents, event, 'app://other-host/index.html')).toBe(true);
      expect(navigate(contents, event, APP_ENTRY_URL)).toBe(false);
    }
  });

  it('opens no new windows, not even of the app itself', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.org' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: APP_ENTRY_URL })).toEqual({ action: 'deny' });
  });

  it('refuses to attach a webview', () => {
    const contents = hardened();
    const e = fakeEvent();
    contents.emit('will-attach-webview', e, {}, {});
    expect(e.defaultPrevented).toBe(true);
  });

  it('applies the rules to every page the app creates', () => {
    const listeners: Array<(event: unknown, contents: unknown) => void> = [];
    hardenApp({ on: (_name: string, fn: (event: unknown, contents: unknown) => void) => listeners.push(fn) } as unknown as App);
    const contents = new FakeWebContents();
    listeners.forEach((fn) => fn({}, contents));
    expect(navigate(contents, 'will-navigate', 'https://evil.example')).toBe(true);
  });
});

describe('session rules', () => {
  function hardenedSession() {
    const session = fakeSession();
    hardenSession(session as unknown as Session);
    return session.hooks as Record<string, (...args: unknown[]) => unknown>;
  }

  it('denies every permission request and check', () => {
    const hooks = hardenedSession();
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal']) {
      let granted: boolean | undefined;
      hooks['permissionRequest']!({}, permission, (answer: boolean) => (granted = answer), {});
      expect(granted, permission).toBe(false);
      expect(hooks['permissionCheck']!({}, permission, 'app://vlinder', {}), permission).toBe(false);
    }
  });

  it('puts our CSP on every response, replacing a looser one', () => {
    const hooks = hardenedSession();
    let headers: Record<string, string[]> = {};
    hooks['headers']!({ responseHeaders: { 'content-security-policy': ["default-src *; script-src * 'unsafe-eval'"], 'X-Other': ['1'] } }, (r: { responseHeaders: Record<string, string[]> }) => (headers = r.responseHeaders));
    const csp = Object.entries(headers).filter(([name]) => name.toLowerCase() === 'content-security-policy');
    expect(csp).toEqual([['Content-Security-Policy', [CSP]]]);
    expect(headers['X-Other']).toEqual(['1']);
  });

  it('has a CSP without any remote source, eval or inline script', () => {
    const directives = new Map(CSP.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    for (const values of directives.values()) {
      for (const v of values) expect(v).not.toMatch(/^(\*|https?:|wss?:|'unsafe-eval'|.*\.\w+$)/);
    }
  });

  it('cancels every request that would leave the machine', () => {
    const hooks = hardenedSession();
    const cancelled = (url: string) => {
      let answer: { cancel: boolean } | undefined;
      hooks['request']!({ url }, (r: { cancel: boolean }) => (answer = r));
      return answer?.cancel;
    };
    expect(cancelled('https://fonts.googleapis.com/css?family=Inter')).toBe(true);
    expect(cancelled('http://127.0.0.1:8080/api')).toBe(true);
    expect(cancelled('file:///etc/passwd')).toBe(true);
    expect(cancelled('app://elsewhere/x.js')).toBe(true);
    expect(cancelled('app://vlinder/assets/index.js')).toBe(false);
    expect(cancelled('data:image/png;base64,AAAA')).toBe(false);
  });
});

describe('the app origin', () => {
  it('recognises only app://vlinder URLs', () => {
    expect(isAppUrl('app://vlinder/index.html')).toBe(true);
    expect(isAppUrl('app://vlinder/')).toBe(true);
    expect(isAppUrl('app://user:pw@vlinder/index.html')).toBe(false);
    expect(isAppUrl('app://vlinder.evil.example/')).toBe(false);
    expect(isAppUrl('https://vlinder/')).toBe(false);
    expect(isAppUrl('file:///app/out/renderer/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(null)).toBe(false);
    expect(isLocalRequest('blob:app://vlinder/1234')).toBe(true);
  });
});
