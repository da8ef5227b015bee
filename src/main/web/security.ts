/**
 * Request checks of the loopback web host (DESIGN.md §7): a page on the internet must not be able
 * to drive it, and no request from anyone may stop it. Every request carries the per-launch secret
 * (a cookie set from the start URL, or a header); Host must be the loopback address we listen on
 * (defeats DNS rebinding); a present Origin must be our own; API calls must be JSON (defeats simple
 * cross-site form posts). Every check reads headers defensively: duplicated, malformed or foreign
 * values are refused or ignored, never thrown on.
 */
import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_HEADER = 'x-vlinder-token';

/**
 * The cookie name carries the port. Cookies are not isolated by port (RFC 6265 §8.5): every page
 * served from 127.0.0.1, on any port, reads and sets the same cookie jar. A fixed name would let
 * a second Vlinder host overwrite the first one's cookie, and makes tossing one cookie name enough
 * to reach every host. A `__Host-` prefix would not help: it requires `Secure`, i.e. https, which
 * a loopback host with a per-launch secret does not serve, and it does not separate ports either.
 * What actually stops a tossed cookie is {@link checkSecret}: any one matching cookie is enough.
 */
export function tokenCookieName(port: number): string {
  return `vlinder_token_${port}`;
}

export interface Verdict {
  ok: boolean;
  status?: number;
  reason?: string;
}

const OK: Verdict = { ok: true };

export function allowedHosts(port: number): Set<string> {
  return new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
}

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function decodeOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null; // a malformed %-escape is just a cookie that is not ours
  }
}

/**
 * Every value of the cookie `name`, from every Cookie header. Browsers send several cookies of
 * one name when pages on other ports or paths set their own; all of them are returned.
 */
export function readCookies(req: IncomingMessage, name: string): string[] {
  const values: string[] = [];
  for (const header of req.headersDistinct['cookie'] ?? []) {
    for (const part of header.split(';')) {
      const eq = part.indexOf('=');
      if (eq <= 0 || part.slice(0, eq).trim() !== name) continue;
      const value = decodeOrNull(part.slice(eq + 1).trim());
      if (value !== null) values.push(value);
    }
  }
  return values;
}

/** Host and Origin checks, applied to every request before anything else. */
export function checkHostAndOrigin(req: IncomingMessage, port: number): Verdict {
  const hosts = allowedHosts(port);
  const host = req.headersDistinct['host'] ?? [];
  // Node keeps only the first of two Host headers; a proxy in front may keep the other one.
  if (host.length > 1) return { ok: false, status: 400, reason: 'host' };
  if (host.length === 0 || !hosts.has(host[0]!)) return { ok: false, status: 421, reason: 'host' };
  const origin = req.headersDistinct['origin'];
  if (origin !== undefined) {
    const value = origin.length === 1 ? origin[0]! : '';
    if (!(value.startsWith('http://') && hosts.has(value.slice('http://'.length)))) return { ok: false, status: 403, reason: 'origin' };
  }
  const site = req.headersDistinct['sec-fetch-site'];
  if (site !== undefined && !(site.length === 1 && (site[0] === 'same-origin' || site[0] === 'none'))) {
    return { ok: false, status: 403, reason: 'fetch-site' };
  }
  return OK;
}

/**
 * The secret from the header or the cookie. A header, when present, decides: it is what a script
 * sends on purpose, and no other page can set it. Otherwise any one cookie of our name that
 * matches is enough, so a foreign or malformed cookie beside ours changes nothing.
 */
export function checkSecret(req: IncomingMessage, secret: string, port: number): Verdict {
  const header = req.headersDistinct[TOKEN_HEADER];
  const ok =
    header !== undefined
      ? header.length === 1 && sameSecret(header[0]!, secret)
      : readCookies(req, tokenCookieName(port)).some((value) => sameSecret(value, secret));
  return ok ? OK : { ok: false, status: 401, reason: 'secret' };
}

/** Content-Security-Policy for the renderer: nothing remote, ever (shared with the desktop app). */
export { CSP } from '../../shared/security/csp.ts';
