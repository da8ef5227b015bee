/**
 * The host survives every request of the hostile corpus (hostileCorpus.ts): each is answered or
 * the connection closed, none without the secret gets a 200 from the API, a 5xx always carries
 * error data, and a valid call is answered after each one.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenCookieName } from '../../../src/main/web/security.ts';
import { answersValidCall, send, startFuzzHost, type FuzzHost } from '../../fuzz/fuzzHost.ts';
import { fill, HOSTILE } from './hostileCorpus.ts';

let h: FuzzHost;
beforeAll(async () => {
  h = await startFuzzHost();
});
afterAll(async () => {
  await h.stop();
});

describe(`the hostile request corpus (${HOSTILE.length} requests)`, () => {
  it.each(HOSTILE.map((r) => [r.name, r] as const))('%s', async (_name, r) => {
    const { port, secret } = h.host;
    const res = await send(port, fill(r, port, secret, tokenCookieName(port)), 150);
    if (!r.authorised && /^POST \/api\/call /.test(r.bytes.toString())) expect(res.text.includes('"ok":true'), res.text.slice(0, 200)).toBe(false);
    if (res.status >= 500) expect(res.text).toMatch(/"ok":false,"error":\{"code":"(internal|file\.tooLarge)"/);
    expect(await answersValidCall(h.host)).toBe(true);
  });

  it('logged what failed inside the host, and nothing stopped it', async () => {
    expect(await answersValidCall(h.host)).toBe(true);
    console.info(`hostile corpus: ${HOSTILE.length} requests; host log lines: ${h.logged.length}`);
  });
});
