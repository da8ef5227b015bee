/**
 * The web host's request handling under random requests: methods, targets (traversal, odd
 * escapes, absolute forms), Host, Origin, Sec-Fetch-Site, cookies (malformed escapes, many of
 * our name, tossed ones), token headers, content types and lengths, and bodies that reach the
 * real dispatcher with real method names and arbitrary arguments. The host answers every one
 * (or closes the connection), never lets a request without the secret through, and still answers
 * a valid call afterwards.
 */
import fc from 'fast-check';
import { METHOD_NAMES } from '../../src/shared/api/contract.ts';
import { tokenCookieName } from '../../src/main/web/security.ts';
import { answersValidCall, send, startFuzzHost } from './fuzzHost.ts';
import { fail, runFuzz, type FuzzReport } from './harness.ts';

interface Req {
  method: string;
  target: string;
  headers: [string, string][];
  body: string;
  length: 'right' | 'none' | 'short' | 'long' | 'chunked';
}

/** Placeholders filled in per host: its address and secret. */
const HOST = '{host}';
const SECRET = '{secret}';
const COOKIE = '{cookie}';

const token = fc.stringMatching(/^[A-Za-z0-9!#$%&'*+.^_`|~-]{1,12}$/);
const visible = fc.stringMatching(/^[\x20-\x7e]{0,40}$/);

const target = fc.oneof(
  fc.constantFrom('/', '/api/call', `/?token=${SECRET}`, '/?token=x', '/?token=%', '/index.html', '/assets/app.js', '//', '/%', '/%E0%A4%A', '/..%2f..%2fetc%2fpasswd', '/%2e%2e/%2e%2e/etc/passwd', '/%00', '/a%00.js', '*', 'http://evil.example/', `http://${HOST}/api/call`, '/api/call?x=1', '/API/CALL', '/api/call/', '/assets/../../package.json'),
  visible.map((s) => `/${s.replace(/ /g, '%20')}`),
);

const header: fc.Arbitrary<[string, string]> = fc.oneof(
  fc.constantFrom<[string, string]>(
    ['host', HOST], ['host', 'evil.example'], ['host', 'localhost'], ['host', ''],
    ['x-vlinder-token', SECRET], ['x-vlinder-token', 'fout'], ['x-vlinder-token', ''],
    ['cookie', COOKIE], ['cookie', 'vlinder_token=%E0%A4%A'], ['cookie', `${'{name}'}=%`], ['cookie', `${'{name}'}=x; ${'{name}'}=%ZZ`], ['cookie', ';;;==;'],
    ['origin', `http://${HOST}`], ['origin', 'https://evil.example'], ['origin', 'null'],
    ['sec-fetch-site', 'same-origin'], ['sec-fetch-site', 'cross-site'],
    ['content-type', 'application/json'], ['content-type', 'text/plain'], ['content-type', 'application/json; charset=utf-16'],
    ['expect', '100-continue'], ['upgrade', 'websocket'], ['transfer-encoding', 'gzip, chunked'],
  ),
  fc.tuple(token, visible),
  fc.tuple(fc.constant('cookie'), fc.array(fc.tuple(fc.oneof(token, fc.constant('{name}')), visible.map((v) => v.replace(/;/g, ''))), { maxLength: 6 }).map((cs) => cs.map(([k, v]) => `${k}=${v}`).join('; '))),
);

const body = fc.oneof(
  fc.constant(''),
  fc.tuple(fc.constantFrom(...METHOD_NAMES, 'nope', '__proto__', 'constructor'), fc.jsonValue({ maxDepth: 3 })).map(([method, args]) => JSON.stringify({ method, args })),
  fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  fc.constantFrom('{"method":"app.info","args":{}}', '{"method":{"toString":1}}', '{"__proto__":{"method":"app.info"}}', '[', '{"method":"project.apply","args":{"sessionId":"x","changes":[{"op":"put","table":"__proto__","value":{}}]}}', `{"a":${'['.repeat(5000)}${']'.repeat(5000)}}`),
  fc.string({ unit: 'binary', maxLength: 200 }),
);

/** Mostly well-formed enough to get past the first checks, so the deeper paths are reached too. */
const base = fc.record({
  host: fc.oneof({ weight: 6, arbitrary: fc.constant<[string, string][]>([['host', HOST]]) }, { weight: 1, arbitrary: fc.constant<[string, string][]>([]) }),
  auth: fc.constantFrom<[string, string][]>([['x-vlinder-token', SECRET]], [['cookie', COOKIE]], [['cookie', `{name}=x; ${COOKIE}`]], []),
  json: fc.oneof({ weight: 3, arbitrary: fc.constant<[string, string][]>([['content-type', 'application/json']]) }, { weight: 1, arbitrary: fc.constant<[string, string][]>([]) }),
});

const request: fc.Arbitrary<Req> = fc
  .record({
    method: fc.oneof({ weight: 6, arbitrary: fc.constantFrom('GET', 'POST', 'POST') }, { weight: 1, arbitrary: fc.constantFrom('PUT', 'DELETE', 'OPTIONS', 'HEAD', 'PATCH', 'TRACE') }, { weight: 1, arbitrary: token }),
    target: fc.oneof({ weight: 3, arbitrary: fc.constant('/api/call') }, { weight: 3, arbitrary: target }),
    base,
    extra: fc.array(header, { maxLength: 5 }),
    body,
    length: fc.constantFrom('right', 'right', 'right', 'none', 'short', 'long', 'chunked'),
  })
  .chain(({ base: b, extra, ...rest }) => fc.shuffledSubarray([...b.host, ...b.auth, ...b.json, ...extra], { minLength: b.host.length + b.auth.length + b.json.length + extra.length }).map((headers) => ({ ...rest, headers })));

function render(r: Req, port: number, secret: string): { bytes: Buffer; hasSecret: boolean } {
  const host = `127.0.0.1:${port}`;
  const name = tokenCookieName(port);
  const fill = (s: string) => s.split(HOST).join(host).split(SECRET).join(secret).split(COOKIE).join(`${name}=${secret}`).split('{name}').join(name);
  const headers = r.headers.map(([k, v]) => [fill(k), fill(v)] as [string, string]);
  const bodyBytes = Buffer.from(r.body, 'utf8');
  const lines = [`${r.method} ${fill(r.target)} HTTP/1.1`, ...headers.map(([k, v]) => `${k}: ${v}`)];
  if (r.length === 'right') lines.push(`content-length: ${bodyBytes.length}`);
  if (r.length === 'short') lines.push(`content-length: ${Math.max(0, bodyBytes.length - 1)}`);
  if (r.length === 'long') lines.push(`content-length: ${bodyBytes.length + 10}`);
  if (r.length === 'chunked') lines.push('transfer-encoding: chunked');
  lines.push('connection: close');
  const payload = r.length === 'chunked' ? Buffer.concat([Buffer.from(`${bodyBytes.length.toString(16)}\r\n`), bodyBytes, Buffer.from('\r\n0\r\n\r\n')]) : bodyBytes;
  const tokens = headers.filter(([k]) => k.toLowerCase() === 'x-vlinder-token');
  const cookies = headers.filter(([k]) => k.toLowerCase() === 'cookie').map(([, v]) => v);
  const hasSecret = (tokens.length === 1 && tokens[0]![1] === secret) || (tokens.length === 0 && cookies.some((c) => c.split(';').some((p) => p.trim() === `${name}=${secret}`)));
  return { bytes: Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]), hasSecret };
}

export async function fuzzRequests(cases: number): Promise<FuzzReport> {
  const h = await startFuzzHost();
  try {
    return await runFuzz('web host requests', request, cases, async (r, outcomes) => {
      const { bytes, hasSecret } = render(r, h.host.port, h.host.secret);
      const res = await send(h.host.port, bytes);
      outcomes.note(res.status === 0 ? 'closed' : `${Math.floor(res.status / 100)}xx`);
      const isApi = /^(\/api\/|http:\/\/[^/]+\/api\/)/i.test(r.target.replace(HOST, 'h'));
      if (!hasSecret && res.status === 200 && isApi) fail(`an API request without the secret was answered 200: ${bytes.toString('latin1').slice(0, 300)}`);
      if (res.status >= 500 && !/"code":"(internal|file\.tooLarge)"/.test(res.text)) fail(`a 5xx without error data: ${res.text.slice(0, 300)}`);
      if (!(await answersValidCall(h.host))) fail(`the host stopped answering after: ${bytes.toString('latin1').slice(0, 300)}`);
    });
  } finally {
    await h.stop();
  }
}
