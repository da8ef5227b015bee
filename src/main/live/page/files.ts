/** The phone page's files by path, and its Content-Security-Policy: nothing but this server. */
import { PAGE_HTML } from './html.ts';
import { PAGE_SCRIPT } from './script.ts';
import { PAGE_CSS } from './style.ts';

export const PAGE_CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

export const PAGE_FILES: Record<string, { type: string; body: string }> = {
  '/': { type: 'text/html; charset=utf-8', body: PAGE_HTML },
  '/app.js': { type: 'text/javascript; charset=utf-8', body: PAGE_SCRIPT },
  '/app.css': { type: 'text/css; charset=utf-8', body: PAGE_CSS },
};
