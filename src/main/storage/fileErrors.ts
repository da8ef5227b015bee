/**
 * Turning what the file system and SQLite throw into the `file.*` errors the user sees. Anything
 * the reader does not recognise about a file becomes `file.damaged` with a place, never a crash.
 */
import { ApiError } from '../../shared/api/errors.ts';
import type { MessageKey } from '../../shared/i18n/t.ts';
import { because } from '../../shared/model/check.ts';
import type { MessageRef } from '../../shared/i18n/t.ts';

function codeOf(err: unknown): string {
  return typeof err === 'object' && err !== null && typeof (err as { code?: unknown }).code === 'string' ? (err as { code: string }).code : '';
}

/** An error from reading `path` (stat, open, copy) as the matching ApiError. */
export function readError(err: unknown, path: string): ApiError {
  if (err instanceof ApiError) return err;
  const code = codeOf(err);
  if (code === 'ENOENT' || code === 'ENOTDIR') return new ApiError('file.notFound', { path }, { cause: err });
  if (code === 'EBUSY' || code === 'ETXTBSY') return new ApiError('file.locked', {}, { cause: err });
  if (code === 'EACCES' || code === 'EPERM') return new ApiError('file.unreadable', { reason: because('reason.noAccess') }, { cause: err });
  if (code === 'EISDIR') return new ApiError('file.unreadable', { reason: because('reason.isFolder') }, { cause: err });
  return new ApiError('file.unreadable', { reason: code || because('check.unknownReason') }, { cause: err });
}

/** An error from SQLite while reading an untrusted database, as `file.damaged` naming `where`. */
export function sqliteReadError(err: unknown, where: string | MessageRef): ApiError {
  if (err instanceof ApiError) return err;
  const code = codeOf(err);
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') return new ApiError('file.locked', {}, { cause: err });
  const detail = code.startsWith('SQLITE_') ? code.slice(7).toLowerCase() : because('reason.unreadable');
  return new ApiError('file.damaged', { where: because('check.at', { path: where, reason: detail }) }, { cause: err });
}

/** An error while writing a save, as `file.writeFailed` with a short reason. */
export function writeError(err: unknown): ApiError {
  if (err instanceof ApiError) return err;
  const code = codeOf(err);
  const reasons: Record<string, MessageKey> = {
    ENOSPC: 'reason.diskFull',
    EDQUOT: 'reason.diskFull',
    EACCES: 'reason.noWriteAccess',
    EPERM: 'reason.noWriteAccess',
    EROFS: 'reason.readOnly',
    ENOENT: 'reason.noFolder',
    EISDIR: 'reason.folderInTheWay',
    EBUSY: 'reason.inUse',
    SQLITE_FULL: 'reason.diskFull',
    SQLITE_CANTOPEN: 'reason.tempFile',
  };
  const known = Object.hasOwn(reasons, code) ? reasons[code] : undefined;
  return new ApiError('file.writeFailed', { reason: known ? because(known) : code || because('check.unknownReason') }, { cause: err });
}
