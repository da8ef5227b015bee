import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appResponse, resolveAppFile } from '../../../src/main/electron/appProtocol.ts';
import { CSP } from '../../../src/main/electron/security.ts';

vi.mock('electron', () => import('./fakeElectron.ts'));

const base = mkdtempSync(join(tmpdir(), 'vlinder-app-protocol-'));
const root = join(base, 'renderer');
mkdirSync(join(root, 'assets'), { recursive: true });
writeFileSync(join(root, 'index.html'), '<!doctype html><title>Vlinder</title>');
writeFileSync(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
writeFileSync(join(base, 'secret.txt'), 'not for the renderer');
writeFileSync(join(base, 'secret.js'), 'not for the renderer either');
afterAll(() => rmSync(base, { recursive: true, force: true }));

const get = (url: string) => appResponse({ url, method: 'GET' }, root);

describe('the app:// protocol', () => {
  it('serves the renderer with its content type and the CSP', async () => {
    const page = await get('app://vlinder/index.html');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.headers.get('content-security-policy')).toBe(CSP);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<title>Vlinder</title>');
    const script = await get('app://vlinder/assets/index-abc.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect((await get('app://vlinder/')).status).toBe(200);
  });

  it('never serves a file outside the renderer folder', async () => {
    for (const url of [
      'app://vlinder/../secret.js',
      'app://vlinder/%2e%2e/secret.js',
      'app://vlinder/assets/%2e%2e%2f%2e%2e%2fsecret.js',
      'app://vlinder/..%5Csecret.js',
      'app://vlinder/%00index.html',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('renderer either');
    }
  });

  it('serves only known file types, only to our own host', async () => {
    writeFileSync(join(root, 'notes.txt'), 'x');
    expect((await get('app://vlinder/notes.txt')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
    expect((await get('app://vlinder/missing.js')).status).toBe(404);
    expect(resolveAppFile('https://vlinder/index.html', root)).toBeNull();
  });

  it('accepts reads only', async () => {
    expect((await appResponse({ url: 'app://vlinder/index.html', method: 'POST' }, root)).status).toBe(405);
  });
});
