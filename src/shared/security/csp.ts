/**
 * Content-Security-Policy of every page Vlinder shows, in the desktop app and in browser mode.
 * No remote source anywhere: scripts only from our own files; inline styles are allowed because
 * React Flow positions nodes with style attributes.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
