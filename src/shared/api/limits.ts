/**
 * The one size limit for project files (.vlinder and .json), the same for the app, the CLI and
 * the web host, and named in the message. Real projects are far below it (200 risks ≈ 2.5 MB,
 * 1 000 risks ≈ 13 MB); it bounds the work of an open, and keeps the document small enough to
 * travel as one JSON answer (about 1.5–2.5 × the file) to the browser.
 */
import { ApiError } from './errors.ts';

export const MAX_PROJECT_BYTES = 100 * 1024 * 1024;

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / (1024 * 1024)).toFixed(0)} MB` : `${Math.ceil(bytes / 1024)} kB`;
}

/** `file.tooLarge` for a file of `bytes` (or a described size), naming the limit. */
export function projectTooLarge(bytes: number | string): ApiError {
  return new ApiError('file.tooLarge', { size: typeof bytes === 'number' ? formatSize(bytes) : bytes, limit: formatSize(MAX_PROJECT_BYTES) });
}
