/**
 * Serves the built renderer (`out/renderer`) on `app://vlinder/`: only files inside that folder,
 * only known file types, always with the CSP header. Anything else is a 404.
 */
import { readFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import type { Protocol } from 'electron';
import { APP_SCHEME, CSP, isAppUrl } from './security.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

/** The file in `rootDir` that `url` names, or null when the URL is foreign or leaves the folder. */
export function resolveAppFile(url: string, rootDir: string): string | null {
  if (!isAppUrl(url)) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  if (pathname === '/') pathname = '/index.html';
  // On Windows a decoded "%5C" is a separator too; `relative` below catches every escape.
  const file = join(rootDir, pathname);
  const rel = relative(rootDir, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null;
  if (!Object.hasOwn(CONTENT_TYPES, extname(file).toLowerCase())) return null;
  return file;
}

function headers(contentType: string): Record<string, string> {
  return { 'content-type': contentType, 'content-security-policy': CSP, 'x-content-type-options': 'nosniff' };
}

/** The response for one `app:` request. */
export async function appResponse(request: { url: string; method: string }, rootDir: string): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return new Response('Method not allowed', { status: 405, headers: headers('text/plain; charset=utf-8') });
  }
  const file = resolveAppFile(request.url, rootDir);
  if (file) {
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers: headers(CONTENT_TYPES[extname(file).toLowerCase()]!) });
    } catch {
      // Falls through to 404: a missing file is not an error worth more detail.
    }
  }
  return new Response('Not found', { status: 404, headers: headers('text/plain; charset=utf-8') });
}

/** Binds the `app:` scheme to the renderer folder (after the app is ready). */
export function serveAppProtocol(protocol: Protocol, rootDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request, rootDir));
}
