/**
 * Checks every request to the participant server makes before anything else: it must be
 * addressed to the one address we listen on (defeats DNS rebinding), come from our own page when
 * a browser says where it comes from (defeats cross-site requests), and be small.
 */
import type { IncomingMessage } from 'node:http';
import { LiveRefusal } from './liveSession.ts';

export const MAX_BODY_BYTES = 2048;

/** `host:port` as it appears in a Host header and an origin (IPv6 in brackets). */
export function hostPort(address: string, port: number): string {
  return `${address.includes(':') ? `[${address}]` : address}:${port}`;
}

export function checkRequest(req: IncomingMessage, self: string): void {
  if (req.headers.host !== self) throw new LiveRefusal(421, 'host');
  const origin = req.headers.origin;
  if (origin !== undefined && origin !== `http://${self}`) throw new LiveRefusal(403, 'origin');
  const site = req.headers['sec-fetch-site'];
  if (typeof site === 'string' && site !== 'same-origin' && site !== 'none') throw new LiveRefusal(403, 'origin');
}

export function bearer(req: IncomingMessage): string | null {
  const h = req.headers.authorization;
  return typeof h === 'string' && h.startsWith('Bearer ') ? h.slice(7).trim() : null;
}

/** Reads a small JSON object body; anything else is refused. */
export function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) return Promise.reject(new LiveRefusal(415, 'body'));
  if (Number(req.headers['content-length'] ?? 0) > MAX_BODY_BYTES) return Promise.reject(new LiveRefusal(413, 'body'));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new LiveRefusal(413, 'body'));
        req.destroy();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      try {
        const v = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
        if (typeof v !== 'object' || v === null || Array.isArray(v)) throw new Error('not an object');
        resolve(v as Record<string, unknown>);
      } catch {
        reject(new LiveRefusal(400, 'body'));
      }
    });
    req.on('error', () => reject(new LiveRefusal(400, 'body')));
  });
}
