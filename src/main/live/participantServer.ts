/**
 * The participant server: a separate Node HTTP server that runs only while a scoring session is
 * open, on the one address the facilitator chose. It serves the phone page and four endpoints —
 * join, state (long poll), vote, and nothing else; it holds only the session's public content
 * (docs/live-scoring.md, "Security").
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CheckError, c } from '../../shared/model/check.ts';
import { LiveRefusal, type LiveSession } from './liveSession.ts';
import { PAGE_FILES, PAGE_CSP } from './page/files.ts';
import { RateLimiter } from './rateLimit.ts';
import { bearer, checkRequest, hostPort, readJson } from './requestChecks.ts';

export interface ParticipantServer {
  address: string;
  port: number;
  /** http://address:port/ */
  url: string;
  close(): Promise<void>;
}

export interface ParticipantServerOptions {
  session: LiveSession;
  address: string;
  port?: number;
  /** Per participant: burst and refill per second of the vote bucket. */
  limits?: { burst: number; perSecond: number };
}

const HEADERS = {
  'content-security-policy': PAGE_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};
/** Longest a phone's state request waits for a change. */
const PHONE_WAIT_MS = 20_000;
/** Waiting state requests per participant: more would only hold the laptop's sockets. */
const MAX_WAITING_PER_PARTICIPANT = 2;

const joinCheck = c.object({ code: c.string({ max: 32 }), name: c.optional(c.string({ max: 200 })) });
const voteCheck = c.object({ riskId: c.string({ min: 1, max: 100 }), criterion: c.string({ min: 1, max: 60 }), value: c.nullable(c.int({ min: -1000, max: 1000 })) });

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

export async function startParticipantServer(opts: ParticipantServerOptions): Promise<ParticipantServer> {
  const { session } = opts;
  // Votes and state requests have their own buckets: the page asks for its state only when the
  // session changed, so a legitimate phone never comes near either limit.
  const votesPerParticipant = new RateLimiter(opts.limits ?? { burst: 20, perSecond: 5 });
  const statePerParticipant = new RateLimiter({ burst: 10, perSecond: 2 });
  // Wrong codes: per remote address, and in total so that many addresses do not help either.
  const failedJoinsByAddress = new RateLimiter({ burst: 5, perSecond: 5 / 60 });
  const failedJoins = new RateLimiter({ burst: 60, perSecond: 1 });
  const waiting = new Map<number, number>();
  let self = '';

  async function route(req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
    if (path === '/api/join') {
      if (req.method !== 'POST') throw new LiveRefusal(405, 'method');
      const remote = req.socket.remoteAddress ?? '';
      // A blocked address is refused before its code is even compared: no guessing past the limit.
      if (!failedJoinsByAddress.allows(remote) || !failedJoins.allows('all')) throw new LiveRefusal(429, 'rate');
      const body = joinCheck(await readJson(req), 'body');
      try {
        const { token, participant } = session.join(body.code, body.name ?? '');
        return send(res, 200, { token, ref: participant.ref, nickname: participant.nickname });
      } catch (err) {
        if (err instanceof LiveRefusal && err.reason === 'code') {
          failedJoinsByAddress.take(remote);
          failedJoins.take('all');
        }
        throw err;
      }
    }
    if (path === '/api/state' || path === '/api/vote') {
      const p = session.participant(bearer(req));
      const bucket = path === '/api/state' ? statePerParticipant : votesPerParticipant;
      if (!bucket.take(String(p.ref))) throw new LiveRefusal(429, 'rate');
      if (path === '/api/state') {
        if (req.method !== 'GET') throw new LiveRefusal(405, 'method');
        const after = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('v') ?? -1);
        const held = waiting.get(p.ref) ?? 0;
        if (held < MAX_WAITING_PER_PARTICIPANT) {
          waiting.set(p.ref, held + 1);
          try {
            await session.phoneChanges.wait(Number.isFinite(after) ? after : -1, PHONE_WAIT_MS);
          } finally {
            waiting.set(p.ref, (waiting.get(p.ref) ?? 1) - 1);
          }
        }
        return send(res, 200, session.phoneState(p));
      }
      if (req.method !== 'POST') throw new LiveRefusal(405, 'method');
      const body = voteCheck(await readJson(req), 'body');
      return send(res, 200, { ok: true, version: session.vote(p, body.riskId, body.criterion, body.value) });
    }
    const file = Object.hasOwn(PAGE_FILES, path) ? PAGE_FILES[path] : undefined;
    if (!file) throw new LiveRefusal(404, 'not-found');
    if (req.method !== 'GET' && req.method !== 'HEAD') throw new LiveRefusal(405, 'method');
    res.writeHead(200, { 'content-type': file.type });
    res.end(req.method === 'HEAD' ? undefined : file.body);
  }

  const server: Server = createServer((req, res) => {
    for (const [k, v] of Object.entries(HEADERS)) res.setHeader(k, v);
    const path = (req.url ?? '/').split('?')[0]!;
    Promise.resolve()
      .then(() => checkRequest(req, self))
      .then(() => route(req, res, path))
      .catch((err: unknown) => {
        if (res.headersSent) return;
        if (err instanceof LiveRefusal) return send(res, err.status, { ok: false, reason: err.reason });
        if (err instanceof CheckError) return send(res, 400, { ok: false, reason: 'body' });
        send(res, 500, { ok: false, reason: 'internal' });
      });
  });
  // Slow or idle clients must not hold the laptop's sockets.
  server.headersTimeout = 10_000;
  server.requestTimeout = 30_000;
  server.keepAliveTimeout = 25_000;
  server.maxConnections = 600;

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.address, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  self = hostPort(opts.address, port);
  return {
    address: opts.address,
    port,
    url: `http://${self}/`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
