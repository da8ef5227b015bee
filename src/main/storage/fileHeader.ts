/**
 * The first 100 bytes of a SQLite file, read without SQLite: so a file that is not ours is
 * refused before the database engine parses anything of it.
 */
import { closeSync, openSync, readSync, writeSync } from 'node:fs';
import { APPLICATION_ID, FORMAT_VERSION, MIN_SQLITE_BYTES, SQLITE_MAGIC } from './format.ts';
import { ApiError } from '../../shared/api/errors.ts';
import { because } from '../../shared/model/check.ts';

export interface HeaderInfo {
  userVersion: number;
  applicationId: number;
  /** 1 = UTF-8, 2 = UTF-16le, 3 = UTF-16be. */
  textEncoding: number;
}

const HEADER_BYTES = 100;

/**
 * Checks magic, size, application id and version of the private copy at `path`, and switches a
 * copy that says "WAL" back to rollback mode (its -wal never travels with it, and a read-only
 * WAL database would need a -shm file). Throws the specific `file.*` error.
 */
export function checkHeader(path: string, size: number): HeaderInfo {
  const buf = Buffer.alloc(HEADER_BYTES);
  const fd = openSync(path, 'r+');
  try {
    const n = readSync(fd, buf, 0, HEADER_BYTES, 0);
    if (n < SQLITE_MAGIC.length || buf.toString('latin1', 0, SQLITE_MAGIC.length) !== SQLITE_MAGIC) throw new ApiError('file.notSqlite');
    if (n < HEADER_BYTES || size < MIN_SQLITE_BYTES) throw new ApiError('file.damaged', { where: because('damage.headerCut') });
    const info = { userVersion: buf.readInt32BE(60), applicationId: buf.readUInt32BE(68), textEncoding: buf.readUInt32BE(56) };
    if (info.applicationId !== APPLICATION_ID) throw new ApiError('file.foreignSqlite');
    if (info.userVersion <= 0) throw new ApiError('file.damaged', { where: because('damage.noVersion') });
    if (buf[18] === 2 || buf[19] === 2) writeSync(fd, Buffer.from([1, 1]), 0, 2, 18);
    return info;
  } finally {
    closeSync(fd);
  }
}

export function isNewer(info: HeaderInfo): boolean {
  return info.userVersion > FORMAT_VERSION;
}
