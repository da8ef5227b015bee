/**
 * Every refusal of the participant server, through real HTTP on 127.0.0.1: the laptop is open
 * to the room's network while a session runs, so each of these is a door that must stay shut.
 */
import { describe, expect, it } from 'vitest';
import { join, send, useLiveCore } from './liveFixture.ts';

const start = useLiveCore();

describe('joining', () => {
  it('refuses a wrong code and gives each participant their own token for the right one', async () => {
    const { live } = await start();
    const wrong = await send(live.address, '/api/join', { body: { code: 'AAAAAA' === live.code ? 'BBBBBB' : 'AAAAAA' } });
    expect(wrong).toMatchObject({ status: 401, json: { reason: 'code' } });
    const a = await join(live, 'Wijkagent');
    const b = await join(live, '');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[\w-]{22}$/);
    // The code is case-insensitive and may carry spaces (typed on a phone).
    expect((await send(live.address, '/api/join', { body: { code: ` ${live.code.toLowerCase()} ` } })).status).toBe(200);
  });

  it('stops comparing codes from an address after five wrong guesses, even the right one', async () => {
    const { live } = await start();
    for (let i = 0; i < 5; i++) expect((await send(live.address, '/api/join', { body: { code: `WRONG${i}` } })).status).toBe(401);
    expect(await send(live.address, '/api/join', { body: { code: live.code } })).toMatchObject({ status: 429, json: { reason: 'rate' } });
  });

  it('refuses state and votes without a token or with a made-up one', async () => {
    const { live } = await start();
    expect((await send(live.address, '/api/state')).status).toBe(401);
    expect((await send(live.address, '/api/state', { token: 'x'.repeat(22) })).status).toBe(401);
    expect((await send(live.address, '/api/vote', { body: { riskId: live.content.risks[0]!.id, criterion: 'likelihood', value: 3 } })).status).toBe(401);
  });
});

describe('requests from elsewhere', () => {
  it('refuses a foreign Origin, a cross-site fetch and a foreign Host (DNS rebinding)', async () => {
    const { live } = await start();
    const token = await join(live);
    const vote = { riskId: live.content.risks[0]!.id, criterion: 'likelihood', value: 3 };
    expect(await send(live.address, '/api/vote', { token, body: vote, headers: { origin: 'http://evil.example' } })).toMatchObject({ status: 403, json: { reason: 'origin' } });
    expect(await send(live.address, '/api/join', { body: { code: live.code }, headers: { origin: 'null' } })).toMatchObject({ status: 403 });
    expect(await send(live.address, '/api/vote', { token, body: vote, headers: { 'sec-fetch-site': 'cross-site' } })).toMatchObject({ status: 403 });
    expect(await send(live.address, '/', { headers: { host: 'evil.example:80' } })).toMatchObject({ status: 421, json: { reason: 'host' } });
    // Our own origin is fine.
    const own = new URL(live.address).origin;
    expect((await send(live.address, '/api/vote', { token, body: vote, headers: { origin: own, 'sec-fetch-site': 'same-origin' } })).status).toBe(200);
  });

  it('needs a JSON body: a cross-site form post cannot vote', async () => {
    const { live } = await start();
    const token = await join(live);
    const r = await send(live.address, '/api/vote', { token, body: 'riskId=x&criterion=likelihood&value=3', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(r).toMatchObject({ status: 415 });
  });

  it('serves the page and its two files, and nothing else — never the project API', async () => {
    const { live } = await start();
    const page = await send(live.address, '/');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['access-control-allow-origin']).toBeUndefined();
    expect((await send(live.address, '/app.js')).status).toBe(200);
    for (const path of ['/api/call', '/index.html', '/../package.json', '/%2e%2e/package.json', '/__proto__', '/constructor']) {
      expect((await send(live.address, path)).status, path).toBe(404);
    }
    expect((await send(live.address, '/api/call', { body: { method: 'project.get', args: {} } })).status).toBe(404);
    expect((await send(live.address, '/', { method: 'DELETE' })).status).toBe(405);
  });
});

describe('votes', () => {
  it('refuses a score outside the scale, a risk outside the session and an unknown criterion', async () => {
    const { live, doc } = await start();
    const token = await join(live);
    const riskId = live.content.risks[0]!.id;
    for (const value of [0, 6, 2.5, -1]) {
      expect((await send(live.address, '/api/vote', { token, body: { riskId, criterion: 'likelihood', value } })).json['reason'], String(value)).toMatch(/value|body/);
    }
    const outside = Object.values(doc.risks).find((r) => !live.content.risks.some((x) => x.id === r.id))!;
    expect(await send(live.address, '/api/vote', { token, body: { riskId: outside.id, criterion: 'likelihood', value: 3 } })).toMatchObject({ status: 400, json: { reason: 'risk' } });
    expect(await send(live.address, '/api/vote', { token, body: { riskId, criterion: 'trend', value: 3 } })).toMatchObject({ status: 400, json: { reason: 'criterion' } });
    expect(await send(live.address, '/api/vote', { token, body: { riskId, criterion: 'likelihood', value: 3, extra: 1 } })).toMatchObject({ status: 400, json: { reason: 'body' } });
    expect(await send(live.address, '/api/vote', { token, body: '{"riskId":' })).toMatchObject({ status: 400, json: { reason: 'body' } });
    expect(await send(live.address, '/api/vote', { token, body: { riskId, criterion: 'likelihood', value: 3, pad: 'x'.repeat(3000) } })).toMatchObject({ status: 413 });
  });

  it('refuses votes on a closed round and on a risk that is not shown, and lets a participant change a vote while open', async () => {
    const { core, live } = await start();
    const token = await join(live);
    const [r1, r2] = live.content.risks;
    expect(await send(live.address, '/api/vote', { token, body: { riskId: r2!.id, criterion: 'likelihood', value: 3 } })).toMatchObject({ status: 409, json: { reason: 'round-closed' } });
    expect((await send(live.address, '/api/vote', { token, body: { riskId: r1!.id, criterion: 'likelihood', value: 2 } })).status).toBe(200);
    expect((await send(live.address, '/api/vote', { token, body: { riskId: r1!.id, criterion: 'likelihood', value: 4 } })).status).toBe(200);
    await core.handlers['live.round']({ liveId: live.liveId, riskId: r1!.id, open: false });
    expect(await send(live.address, '/api/vote', { token, body: { riskId: r1!.id, criterion: 'likelihood', value: 5 } })).toMatchObject({ status: 409, json: { reason: 'round-closed' } });
    const status = await core.handlers['live.status']({ liveId: live.liveId });
    expect(status.risks[0]!.tallies['likelihood']).toMatchObject({ n: 1, median: 4 });
  });

  it('rate-limits a participant who floods, without losing the votes it accepted', async () => {
    const { core, live } = await start();
    const token = await join(live);
    const riskId = live.content.risks[0]!.id;
    const replies = await Promise.all(Array.from({ length: 60 }, (_, i) => send(live.address, '/api/vote', { token, body: { riskId, criterion: 'likelihood', value: (i % 5) + 1 } })));
    const ok = replies.filter((r) => r.status === 200).length;
    const limited = replies.filter((r) => r.status === 429 && r.json['reason'] === 'rate').length;
    expect(ok + limited).toBe(60);
    expect(ok).toBeGreaterThanOrEqual(20);
    expect(ok).toBeLessThan(30);
    // Another participant is not affected.
    const other = await join(live);
    expect((await send(live.address, '/api/vote', { token: other, body: { riskId, criterion: 'likelihood', value: 1 } })).status).toBe(200);
    const status = await core.handlers['live.status']({ liveId: live.liveId });
    expect(status.risks[0]!.tallies['likelihood']!.n).toBe(2);
  });

  it('holds at most two waiting state requests per participant; a third answers at once', async () => {
    const { core, live } = await start();
    const token = await join(live);
    const v = ((await send(live.address, '/api/state', { token })).json['v'] as number);
    const held = [send(live.address, `/api/state?v=${v}`, { token }), send(live.address, `/api/state?v=${v}`, { token })];
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    expect((await send(live.address, `/api/state?v=${v}`, { token })).json['v']).toBe(v);
    expect(performance.now() - t0).toBeLessThan(1000);
    await core.handlers['live.show']({ liveId: live.liveId, index: 1 });
    for (const r of await Promise.all(held)) expect(r.json['index']).toBe(1);
  });

  it('refuses everything once the session has ended: the server is gone', async () => {
    const { core, live } = await start();
    const token = await join(live);
    await core.handlers['live.stop']({ liveId: live.liveId });
    await expect(send(live.address, '/api/vote', { token, body: { riskId: live.content.risks[0]!.id, criterion: 'likelihood', value: 3 } })).rejects.toThrow(/ECONNREFUSED/);
    await expect(send(live.address, '/')).rejects.toThrow(/ECONNREFUSED/);
    await expect(core.handlers['live.status']({ liveId: live.liveId })).rejects.toMatchObject({ code: 'live.notFound' });
  });
});
