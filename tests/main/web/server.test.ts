import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../../../src/main/web/server.ts';
import type { Dispatch } from '../../../src/shared/api/dispatch.ts';

const dispatch: Dispatch = async (method, args) => ({ ok: true, value: { method, args } });

function send(host: WebHost, opts: { path?: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: host.port, path: opts.path ?? '/api/call', method: opts.method ?? 'POST', headers: opts.headers }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    if (opts.body) req.write(opts.body);
    req.end();
  });
}

let host: WebHost | null = null;
let dir = '';
afterEach(async () => {
  await host?.close();
  host = null;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function start() {
  dir = mkdtempSync(join(tmpdir(), 'vlinder-web-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Vlinder</title>');
  host = await startWebHost({ dispatch, staticDir: dir, port: 0, maxBodyBytes: 1024 });
  return host;
}

const json = (h: WebHost, extra: Record<string, string> = {}) => ({ 'content-type': 'application/json', 'x-vlinder-token': h.secret, ...extra });

describe('the web host', () => {
  it('listens on 127.0.0.1 only and prints a URL with the secret', async () => {
    const h = await start();
    expect(h.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${h.port}/\\?token=.{20,}$`));
    expect((h.server.address() as { address: string }).address).toBe('127.0.0.1');
  });

  it('answers API calls that carry the secret', async () => {
    const h = await start();
    const res = await send(h, { headers: json(h), body: JSON.stringify({ method: 'app.info', args: {} }) });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toEqual({ ok: true, value: { method: 'app.info', args: {} } });
  });

  it('rejects requests without or with a wrong secret', async () => {
    const h = await start();
    expect((await send(h, { headers: { 'content-type': 'application/json' }, body: '{}' })).status).toBe(401);
    expect((await send(h, { headers: json(h, { 'x-vlinder-token': 'wrong' }), body: '{}' })).status).toBe(401);
    expect((await send(h, { method: 'GET', path: '/' })).status).toBe(401);
  });

  it('rejects a foreign Origin, a foreign Host and cross-site fetches', async () => {
    const h = await start();
    expect((await send(h, { headers: json(h, { origin: 'https://evil.example' }), body: '{}' })).status).toBe(403);
    expect((await send(h, { headers: json(h, { origin: `http://127.0.0.1:${h.port + 1}` }), body: '{}' })).status).toBe(403);
    expect((await send(h, { headers: json(h, { host: 'evil.example' }), body: '{}' })).status).toBe(421);
    expect((await send(h, { headers: json(h, { 'sec-fetch-site': 'cross-site' }), body: '{}' })).status).toBe(403);
  });

  it('refuses non-JSON posts (no cross-site form submissions)', async () => {
    const h = await start();
    expect((await send(h, { headers: { 'x-vlinder-token': h.secret, 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
  });

  it('answers bad JSON and oversized bodies with a clear error', async () => {
    const h = await start();
    expect((await send(h, { headers: json(h), body: '{not json' })).status).toBe(400);
    expect((await send(h, { headers: json(h), body: 'x'.repeat(5000) })).status).toBe(413);
  });

  it('trades the start URL for an http-only cookie and serves the renderer with a strict CSP', async () => {
    const h = await start();
    const first = await send(h, { method: 'GET', path: `/?token=${h.secret}` });
    expect(first.status).toBe(303);
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const page = await send(h, { method: 'GET', path: '/', headers: { cookie: cookie.split(';')[0]! } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Vlinder</title>');
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toMatch(/https?:/);
  });

  it('never serves files outside the renderer folder', async () => {
    const h = await start();
    for (const path of ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/..%2fpackage.json']) {
      expect((await send(h, { method: 'GET', path, headers: { 'x-vlinder-token': h.secret } })).status).toBe(404);
    }
  });
});
