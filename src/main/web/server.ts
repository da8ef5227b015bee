/**
 * The web host: a Node HTTP server on 127.0.0.1 serving the built renderer and the API
 * (`POST /api/call` with `{ method, args }` → ApiResult). Used for end-to-end tests in Chromium
 * and as the browser mode where the desktop runtime is unavailable.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Dispatch } from '../../shared/api/dispatch.ts';
import { formatSize, projectTooLarge } from '../../shared/api/limits.ts';
import { CSP, checkHostAndOrigin, checkSecret, sameSecret, tokenCookieName } from './security.ts';
import { resolveStatic, sendFile } from './static.ts';

export interface WebHostOptions {
  dispatch: Dispatch;
  /** Folder with the built renderer (index.html). */
  staticDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Per-launch secret; random when not given. */
  secret?: string;
  /** Largest accepted API request body. */
  maxBodyBytes?: number;
  /** Where failures of a request are reported; standard error when not given. */
  log?: (line: string) => void;
}

export interface WebHost {
  server: Server;
  port: number;
  secret: string;
  /** The address to open, carrying the secret; the page exchanges it for a cookie. */
  url: string;
  close(): Promise<void>;
}

const SECURITY_HEADERS = {
  'content-security-policy': CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'x-frame-options': 'DENY',
};

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function reject(res: ServerResponse, status: number, reason: string): void {
  sendJson(res, status, { ok: false, error: { code: 'forbidden', messageKey: 'error.forbidden', params: { reason } } });
}

function readBody(req: IncomingMessage, limit: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume(); // discard the rest; the response goes out with "connection: close"
      return reject(new Error('too large'));
    }
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(new Error('too large'));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

async function handleApi(req: IncomingMessage, res: ServerResponse, dispatch: Dispatch, limit: number, log: (line: string) => void): Promise<void> {
  if (req.method !== 'POST') return reject(res, 405, 'method');
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return reject(res, 415, 'content-type');
  let body: unknown;
  try {
    body = JSON.parse(await readBody(req, limit));
  } catch (err) {
    const tooLarge = err instanceof Error && err.message === 'too large';
    if (tooLarge) res.setHeader('connection', 'close');
    const reason = tooLarge ? `groter dan ${formatSize(limit)}` : 'geen geldige JSON';
    return sendJson(res, tooLarge ? 413 : 400, { ok: false, error: { code: 'badArgument', messageKey: 'error.badArgument', params: { path: 'body', reason } } });
  }
  const { method, args } = (typeof body === 'object' && body !== null ? body : {}) as { method?: unknown; args?: unknown };
  const result = await dispatch(method, args);
  let text: string;
  try {
    text = JSON.stringify(result);
  } catch (err) {
    // Larger than one JavaScript string can hold: say so, instead of a bare 500.
    if (!(err instanceof RangeError)) throw err;
    log(`antwoord op ${typeof method === 'string' ? method.slice(0, 100) : '?'} is te groot om te versturen: ${err.message}`);
    return sendJson(res, 500, { ok: false, error: projectTooLarge('te groot om naar de browser te sturen').toData() });
  }
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/** The path of the request target, or null when it is not an origin-form path we can parse. */
function requestPath(target: string | undefined, port: number): URL | null {
  if (target === undefined || !target.startsWith('/')) return null;
  try {
    // Prefixing (not resolving against a base) keeps "//x" a path instead of a host.
    return new URL(`http://127.0.0.1:${port}${target}`);
  } catch {
    return null;
  }
}

function describe(err: unknown): string {
  return err instanceof Error ? `${err.name}: ${err.message}` : String(err);
}

interface Context {
  dispatch: Dispatch;
  staticDir: string;
  secret: string;
  port: number;
  limit: number;
  log: (line: string) => void;
}

async function handle(req: IncomingMessage, res: ServerResponse, ctx: Context): Promise<void> {
  for (const [k, v] of Object.entries(SECURITY_HEADERS)) res.setHeader(k, v);
  const hostCheck = checkHostAndOrigin(req, ctx.port);
  if (!hostCheck.ok) return reject(res, hostCheck.status ?? 403, hostCheck.reason ?? 'forbidden');
  const url = requestPath(req.url, ctx.port);
  if (!url) return reject(res, 400, 'path');

  // The start URL carries the secret once; trade it for a strict, http-only cookie.
  const given = url.searchParams.get('token');
  if (url.pathname === '/' && given !== null) {
    if (!sameSecret(given, ctx.secret)) return reject(res, 401, 'secret');
    res.writeHead(303, {
      'set-cookie': `${tokenCookieName(ctx.port)}=${encodeURIComponent(ctx.secret)}; HttpOnly; SameSite=Strict; Path=/`,
      location: '/',
    });
    return void res.end();
  }
  const secretCheck = checkSecret(req, ctx.secret, ctx.port);
  if (!secretCheck.ok) return reject(res, secretCheck.status ?? 401, secretCheck.reason ?? 'secret');

  if (url.pathname === '/api/call') return handleApi(req, res, ctx.dispatch, ctx.limit, ctx.log);
  if (req.method !== 'GET' && req.method !== 'HEAD') return reject(res, 405, 'method');
  const file = resolveStatic(ctx.staticDir, url.pathname);
  if (!file) return reject(res, 404, 'not-found');
  await sendFile(res, file);
}

/** The one catch behind every request: log it, answer 500 if we still can, else cut the line. */
function failed(req: IncomingMessage, res: ServerResponse, err: unknown, log: (line: string) => void): void {
  const aborted = (err as { code?: unknown } | null)?.code === 'ERR_STREAM_PREMATURE_CLOSE';
  if (!aborted) log(`fout bij ${String(req.method)} ${String(req.url).slice(0, 200)}: ${describe(err)}`);
  if (res.headersSent) return void res.destroy();
  res.setHeader('connection', 'close');
  sendJson(res, 500, { ok: false, error: { code: 'internal', messageKey: 'error.internal', params: { method: 'web' } } });
}

export async function startWebHost(opts: WebHostOptions): Promise<WebHost> {
  const secret = opts.secret ?? randomBytes(24).toString('base64url');
  const log = opts.log ?? ((line: string) => void process.stderr.write(`vlinder web: ${line}\n`));
  const ctx: Context = { dispatch: opts.dispatch, staticDir: opts.staticDir, secret, port: 0, limit: opts.maxBodyBytes ?? 64 * 1024 * 1024, log };

  const server = createServer((req, res) => {
    handle(req, res, ctx).catch((err: unknown) => {
      try {
        failed(req, res, err, log);
      } catch (again) {
        log(`antwoord mislukt: ${describe(again)}`);
        res.destroy();
      }
    });
  });

  await new Promise<void>((resolve, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  ctx.port = port;
  return {
    server,
    port,
    secret,
    url: `http://127.0.0.1:${port}/?token=${secret}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
