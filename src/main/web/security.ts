/**
 * Request checks of the loopback web host (DESIGN.md §7): a page on the internet must not be able
 * to drive it. Every request carries the per-launch secret (cookie set from the start URL, or a
 * header); Host must be the loopback address we listen on (defeats DNS rebinding); a present
 * Origin must be our own; API calls must be JSON (defeats simple cross-site form posts).
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'vlinder_token';
export const TOKEN_HEADER = 'x-vlinder-token';

export interface Verdict {
  ok: boolean;
  status?: number;
  reason?: string;
}

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function readCookie(req: IncomingMessage, name: string): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return decodeURIComponent(part.slice(eq + 1).trim());
  }
  return null;
}

/** Host and Origin checks, applied to every request before anything else. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): Verdict {
  const hosts = allowedHosts(port);
  if (!req.headers.host || !hosts.has(req.headers.host)) return { ok: false, status: 421, reason: 'host' };
  const origin = req.headers.origin;
  if (origin !== undefined && !(origin.startsWith('http://') && hosts.has(origin.slice('http://'.length)))) {
    return { ok: false, status: 403, reason: 'origin' };
  }
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') return { ok: false, status: 403, reason: 'fetch-site' };
  return { ok: true };
}

/** The secret from the cookie or the header. */
export function checkSecret(req: IncomingMessage, secret: string): Verdict {
  const header = req.headers[TOKEN_HEADER];
  const given = typeof header === 'string' ? header : readCookie(req, TOKEN_COOKIE);
  if (given === null || !sameSecret(given, secret)) return { ok: false, status: 401, reason: 'secret' };
  return { ok: true };
}

/** Content-Security-Policy for the renderer: nothing remote, ever (shared with the desktop app). */
export { CSP } from '../../shared/security/csp.ts';
