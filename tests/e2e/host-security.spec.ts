import { test, expect } from './fixtures.ts';
import { welcomeHeading } from './pages/welcome.ts';

const call = { method: 'app.info', args: {} };

test('the API refuses a request without the secret', async ({ host, request }) => {
  const res = await request.post(`${host.origin}/api/call`, { data: call, headers: { 'content-type': 'application/json' } });
  expect(res.status()).toBe(401);
});

test('the API refuses a foreign Origin even with the secret', async ({ host, request }) => {
  const res = await request.post(`${host.origin}/api/call`, {
    data: call,
    headers: { 'content-type': 'application/json', 'x-vlinder-token': host.secret, origin: 'https://evil.example' },
  });
  expect(res.status()).toBe(403);
});

test('the API refuses a foreign Host header (DNS rebinding)', async ({ host, request }) => {
  const res = await request.post(`${host.origin}/api/call`, {
    data: call,
    headers: { 'content-type': 'application/json', 'x-vlinder-token': host.secret, host: 'evil.example' },
  });
  expect(res.status()).toBe(421);
});

test('the API answers with the secret, and the page is served without remote sources', async ({ host, request, app }) => {
  const res = await request.post(`${host.origin}/api/call`, { data: call, headers: { 'content-type': 'application/json', 'x-vlinder-token': host.secret } });
  expect(res.status()).toBe(200);
  expect((await res.json()).value.name).toBe('Vlinder');
  const page = await request.get(`${host.origin}/`, { headers: { 'x-vlinder-token': host.secret } });
  expect(page.headers()['content-security-policy']).toContain("default-src 'self'");
  await expect(welcomeHeading(app)).toBeVisible();
});

test('a page on another origin cannot drive the host from the browser', async ({ host, app, browser }) => {
  // Log in with the real page first so the browser holds the cookie, then try from a foreign page.
  await expect(welcomeHeading(app)).toBeVisible();
  const foreign = await app.context().newPage();
  await foreign.goto('about:blank');
  const status = await foreign.evaluate(async (origin) => {
    try {
      const r = await fetch(`${origin}/api/call`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ method: 'project.create', args: {} }), credentials: 'include' });
      return r.status;
    } catch {
      return 'blocked';
    }
  }, host.origin);
  expect(status === 'blocked' || status === 401 || status === 403).toBe(true);
  void browser;
});
