/**
 * Turning what the file system and SQLite throw into the `file.*` errors the user sees. Anything
 * the reader does not recognise about a file becomes `file.damaged` with a place, never a crash.
 */
import { ApiError } from '../../shared/api/errors.ts';

function codeOf(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : '';
}

/** An error from reading `path` (stat, open, copy) as the matching ApiError. */
export function readError(err: unknown, path: string): ApiError {
  if (err instanceof ApiError) return err;
  const code = codeOf(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ApiError('file.notFound', { path }, { cause: err });
  if (code === 'EBUSY' || code === 'ETXTBSY') return new ApiError('file.locked', {}, { cause: err });
  if (code === 'EACCES' || code === 'EPERM') return new ApiError('file.unreadable', { reason: 'geen toegang' }, { cause: err });
  if (code === 'EISDIR') return new ApiError('file.unreadable', { reason: 'dit is een map, geen bestand' }, { cause: err });
  return new ApiError('file.unreadable', { reason: code || 'onbekende fout' }, { cause: err });
}

/** An error from SQLite while reading an untrusted database, as `file.damaged` naming `where`. */
export function sqliteReadError(err: unknown, where: string): ApiError {
  if (err instanceof ApiError) return err;
  const code = codeOf(err);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new ApiError('file.locked', {}, { cause: err });
  const detail = code.startsWith('SQLITE_') ? code.slice(7).toLowerCase() : 'onleesbaar';
  return new ApiError('file.damaged', { where: `${where}: ${detail}` }, { cause: err });
}

/** An error while writing a save, as `file.writeFailed` with a short reason. */
export function writeError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const code = codeOf(err);
  const reasons: Record<string, string> = {
    ENOSPC: 'de schijf is vol',
    EDQUOT: 'de schijf is vol',
    EACCES: 'geen schrijfrechten in deze map',
    EPERM: 'geen schrijfrechten in deze map',
    EROFS: 'de schijf is alleen-lezen',
    ENOENT: 'de map bestaat niet',
    EISDIR: 'er staat een map met die naam',
    EBUSY: 'het bestand is in gebruik',
    SQLITE_FULL: 'de schijf is vol',
    SQLITE_CANTOPEN: 'het tijdelijke bestand kon niet worden gemaakt',
  };
  return new ApiError('file.writeFailed', { reason: reasons[code] ?? (code || 'onbekende fout') }, { cause: err });
}
