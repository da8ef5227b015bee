import type { Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createPrintWindow, hardenPrintSession, isPrintRequest, PRINT_PARTITION } from '../../../src/main/electron/printWindow.ts';
import { BrowserWindow, fakeSession } from './fakeElectron.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

describe('the print window', () => {
  it('is hidden, has JavaScript off and runs sandboxed in its own session', () => {
    const win = createPrintWindow() as unknown as BrowserWindow;
    expect(win.options['show']).toBe(false);
    expect(win.options['webPreferences']).toMatchObject({
      partition: PRINT_PARTITION,
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('may load only the report file and data: images; nothing from the network', () => {
    expect(isPrintRequest('file:///tmp/vlinder-print-x/rapport.html')).toBe(true);
    expect(isPrintRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isPrintRequest('https://fonts.example/font.woff2')).toBe(false);
    expect(isPrintRequest('http://127.0.0.1:9/')).toBe(false);

    const ses = fakeSession();
    hardenPrintSession(ses as unknown as Session);
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      (ses.hooks['request'] as unknown as (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void)({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('https://example.org/x.png')).toBe(true);
    expect(decide('file:///tmp/r.html')).toBe(false);
    let granted: boolean | undefined;
    (ses.hooks['permissionRequest'] as unknown as (c: unknown, p: string, cb: (ok: boolean) => void) => void)(null, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
  });
});
