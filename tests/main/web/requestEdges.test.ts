/**
 * Requests a stranger can make the browser send (cookie tossing from another port of 127.0.0.1,
 * duplicated headers, odd request targets) must never stop the host or lock its user out.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { rawHttp, rawRequest, startTestHost, stillAnswers, type TestHost } from './rawHttp.ts';

let t: TestHost | null = null;
afterEach(async () => {
  await t?.stop();
  t = null;
});

const base = (port: number): [string, string][] => [['host', `127.0.0.1:${port}`]];
const api = (port: number, extra: [string, string][]) =>
  rawHttp('POST', '/api/call', [...base(port), ['content-type', 'application/json'], ...extra], JSON.stringify({ method: 'app.info', args: {} }));

async function cookieFor(port: number, secret: string): Promise<string> {
  const res = await rawRequest(port, rawHttp('GET', `/?token=${secret}`, base(port)));
  const m = /set-cookie: ([^;\r\n]+)/i.exec(res.text);
  return m![1]!;
}

describe('the web host with hostile cookies and headers', () => {
  it('survives a cookie with a malformed %-escape and ignores it beside a valid secret', async () => {
    t = await startTestHost();
    const { port, secret } = t.host;
    const name = `vlinder_token_${port}`;
    for (const bad of [`${name}=%E0%A4%A`, `vlinder_token=%E0%A4%A`, `${name}=%`]) {
      expect((await rawRequest(port, api(port, [['cookie', bad]]))).status).toBe(401);
      expect((await rawRequest(port, api(port, [['cookie', bad], ['x-vlinder-token', secret]]))).status).toBe(200);
      const mine = await cookieFor(port, secret);
      expect((await rawRequest(port, api(port, [['cookie', `${bad}; ${mine}`]]))).status).toBe(200);
    }
    expect(await stillAnswers(t.host)).toBe(true);
  });

  it('accepts the request when any one cookie of its name carries the secret (cookie tossing)', async () => {
    t = await startTestHost();
    const { port, secret } = t.host;
    const mine = await cookieFor(port, secret);
    const name = mine.split('=')[0]!;
    // A page on another port set its own cookie of the same name with a longer path: it comes first.
    expect((await rawRequest(port, api(port, [['cookie', `${name}=x; ${mine}`]]))).status).toBe(200);
    expect((await rawRequest(port, api(port, [['cookie', `${name}=x`], ['cookie', mine]]))).status).toBe(200);
    expect((await rawRequest(port, api(port, [['cookie', `${name}=x`]]))).status).toBe(401);
  });

  it('prefers the header secret over any cookie', async () => {
    t = await startTestHost();
    const { port, secret } = t.host;
    const mine = await cookieFor(port, secret);
    expect((await rawRequest(port, api(port, [['cookie', `vlinder_token_${port}=x`], ['x-vlinder-token', secret]]))).status).toBe(200);
    expect((await rawRequest(port, api(port, [['cookie', mine], ['x-vlinder-token', 'wrong']]))).status).toBe(401);
    expect((await rawRequest(port, api(port, [['x-vlinder-token', secret], ['x-vlinder-token', secret]]))).status).toBe(401);
  });

  it('names its cookie after its port, so two hosts on one machine keep their own', async () => {
    t = await startTestHost();
    const other = await startTestHost();
    try {
      const a = await cookieFor(t.host.port, t.host.secret);
      const b = await cookieFor(other.host.port, other.host.secret);
      expect(a.startsWith(`vlinder_token_${t.host.port}=`)).toBe(true);
      expect(b.startsWith(`vlinder_token_${other.host.port}=`)).toBe(true);
      // The browser sends both (cookies ignore ports); each host finds its own.
      expect((await rawRequest(t.host.port, api(t.host.port, [['cookie', `${b}; ${a}`]]))).status).toBe(200);
      expect((await rawRequest(other.host.port, api(other.host.port, [['cookie', `${b}; ${a}`]]))).status).toBe(200);
    } finally {
      await other.stop();
    }
  });

  it('refuses a duplicated Host header, whichever comes first', async () => {
    t = await startTestHost();
    const { port, secret } = t.host;
    const token: [string, string] = ['x-vlinder-token', secret];
    for (const hosts of [[`127.0.0.1:${port}`, 'evil.example'], ['evil.example', `127.0.0.1:${port}`], [`127.0.0.1:${port}`, `127.0.0.1:${port}`]]) {
      const req = rawHttp('POST', '/api/call', [...hosts.map((h): [string, string] => ['host', h]), ['content-type', 'application/json'], token], '{}');
      expect((await rawRequest(port, req)).status).toBe(400);
    }
    expect(await stillAnswers(t.host)).toBe(true);
  });

  it('answers odd request targets with a 4xx instead of stopping', async () => {
    t = await startTestHost();
    const { port, secret } = t.host;
    for (const target of ['//', '//:99999/', '*', 'http://127.0.0.1/']) {
      const res = await rawRequest(port, rawHttp('GET', target, [...base(port), ['x-vlinder-token', secret]]));
      expect(res.status, target).toBeGreaterThanOrEqual(400);
      expect(res.status, target).toBeLessThan(500);
    }
    expect(await stillAnswers(t.host)).toBe(true);
  });

  it('runs every request behind one catch that answers 500 and logs', async () => {
    t = await startTestHost({
      dispatch: async () => {
        throw new Error('kapot');
      },
    });
    const { port, secret } = t.host;
    const res = await rawRequest(port, api(port, [['x-vlinder-token', secret]]));
    expect(res.status).toBe(500);
    expect(res.text).toContain('"code":"internal"');
    expect(t.logged.join('\n')).toMatch(/POST \/api\/call: Error: kapot/);
    expect(await stillAnswers(t.host)).toBe(false); // this dispatch always throws …
    expect(t.logged).toHaveLength(2); // … and is logged every time, the host still runs
  });
});
