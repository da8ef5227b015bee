/**
 * Opening a .vlinder file is opening untrusted input (DESIGN.md §4). The steps, each with its own
 * error: stat (not found, a folder, empty, too large) → copy the bytes to a private file in the
 * data folder (the original is only ever read) → header (not SQLite, another program's database,
 * newer version) → open the copy with trusted_schema off and query_only on → schema guard (only
 * Vlinder's own objects) → quick_check → explicit SELECTs with a check per row → referential
 * integrity. An older version is checked against its own schema and then migrated in a scratch
 * database (migrateCopy.ts). The copies are deleted afterwards.
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, copyFileSync, constants, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { projectTooLarge } from '../../shared/api/limits.ts';
import { problemMessage, validateDoc } from '../../shared/model/integrity.ts';
import { SAVE_HISTORY_TABLE, type Schema } from './columns.ts';
import { guardSchema, guardTables, isVlinderTable } from './guardSchema.ts';
import { checkHeader, isNewer } from './fileHeader.ts';
import { readError, sqliteReadError } from './fileErrors.ts';
import { fingerprintOf, type Fingerprint } from './fingerprint.ts';
import { FORMAT_VERSION, MAX_FILE_BYTES } from './format.ts';
import { migrateCopy } from './migrateCopy.ts';
import { readContent, type FileContent } from './readContent.ts';
import { schemaAt } from './schemaAt.ts';
import type { Db } from './workingDb.ts';
import { because } from '../../shared/model/check.ts';

export interface OpenedFile extends FileContent {
  /** The version the file was written with; `doc` and `history` are already migrated to this build's. */
  formatVersion: number;
  /** True if the file stores text as UTF-8 (as our working copies do). */
  utf8: boolean;
  /** The file as it was read: compared with the disk before a save overwrites it. */
  fingerprint: Fingerprint;
}

/** Files above this size skip `PRAGMA quick_check` (it reads every page; the per-row checks still run). */
const QUICK_CHECK_MAX_BYTES = 64 * 1024 * 1024;

/**
 * Reads and validates the .vlinder file at `path`, using `scratchDir` for the private copy.
 * `then`, if given, runs while the validated private copy still exists (the working copy is
 * filled from it by SQLite, which is much faster than inserting row by row from JavaScript).
 */
export function readVlinderFile(path: string, scratchDir: string): OpenedFile;
export function readVlinderFile<T>(path: string, scratchDir: string, then: (file: OpenedFile, copy: string) => T): T;
export function readVlinderFile<T>(path: string, scratchDir: string, then?: (file: OpenedFile, copy: string) => T): T | OpenedFile {
  statFile(path);
  const copy = join(scratchDir, `${process.pid}-${randomUUID()}.sqlite`);
  let migrated: string | null = null;
  try {
    try {
      copyFileSync(path, copy, constants.COPYFILE_EXCL);
      chmodSync(copy, 0o600);
    } catch (err) {
      throw readError(err, path);
    }
    // Every further check looks at the copy: the original may change while we work.
    const fingerprint = { ...fingerprintOf(copy), mtimeMs: statSync(path).mtimeMs };
    if (fingerprint.size > MAX_FILE_BYTES) throw projectTooLarge(fingerprint.size);
    if (fingerprint.size === 0) throw new ApiError('file.empty');
    const header = checkHeader(copy, fingerprint.size);
    const db = openPrivateCopy(copy);
    let file: OpenedFile;
    try {
      if (isNewer(header)) throw new ApiError('file.newerVersion', { version: header.userVersion, needed: writerVersion(db) });
      const schema = schemaAt(header.userVersion);
      guardSchema(db, schema.all); // before quick_check: it would run a foreign module's code
      quickCheck(db, fingerprint.size);
      const content = readChecked(db, schema);
      file = { ...content, formatVersion: header.userVersion, utf8: header.textEncoding === 1, fingerprint };
    } finally {
      db.close();
    }
    if (header.userVersion < FORMAT_VERSION) {
      const m = migrateCopy(copy, header.userVersion, header.textEncoding, scratchDir);
      migrated = m.path;
      file = { ...file, ...m.content };
    }
    return then ? then(file, migrated ?? copy) : file;
  } finally {
    rmSync(copy, { force: true });
    if (migrated) rmSync(migrated, { force: true });
  }
}

function statFile(path: string): void {
  let st;
  try {
    st = statSync(path);
  } catch (err) {
    throw readError(err, path);
  }
  if (st.isDirectory()) throw new ApiError('file.unreadable', { reason: because('reason.isFolder') });
  // A FIFO or device would block or never end; only regular files are read.
  if (!st.isFile()) throw new ApiError('file.unreadable', { reason: because('reason.notAFile') });
  if (st.size === 0) throw new ApiError('file.empty');
  if (st.size > MAX_FILE_BYTES) throw projectTooLarge(st.size);
}

/**
 * Opened for writing (but query_only) on purpose: only then does SQLite resolve the file's CHECK
 * constraints and defaults while parsing the schema, exactly as the later ATTACH that fills the
 * working copy does. A schema that calls load_extension() is refused here as damage, instead of
 * passing a read-only check and failing later.
 */
function openPrivateCopy(copy: string): Db {
  let db: Db;
  try {
    db = new Database(copy, { fileMustExist: true });
  } catch (err) {
    throw sqliteReadError(err, 'het bestand');
  }
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma('query_only = ON');
    db.pragma('cell_size_check = ON');
    db.pragma('mmap_size = 0');
    return db;
  } catch (err) {
    db.close();
    throw sqliteReadError(err, 'het bestand');
  }
}

function quickCheck(db: Db, size: number): void {
  if (size > QUICK_CHECK_MAX_BYTES) return;
  let result: unknown;
  try {
    result = db.pragma('quick_check(1)', { simple: true });
  } catch (err) {
    throw sqliteReadError(err, 'controle van de database');
  }
  if (result !== 'ok') throw new ApiError('file.damaged', { where: because('damage.integrity', { result: String(result).slice(0, 200) }) });
}

/**
 * The row checks of the file's own version (its schema guard ran before quick_check). References are checked on
 * content of this build's version: here for a current file, after migration for an older one.
 */
function readChecked(db: Db, schema: Schema): FileContent {
  const content = readContent(db, schema);
  if (schema.version < FORMAT_VERSION) return content;
  const problems = validateDoc(content.doc);
  if (problems.length > 0) throw new ApiError('file.damaged', { where: problemMessage(problems[0]!) });
  return content;
}

/** The app version that last saved a newer file: the version the user needs at least. */
function writerVersion(db: Db): string {
  try {
    if (!isVlinderTable(db, SAVE_HISTORY_TABLE.sql)) return 'de nieuwste versie';
    guardTables(db, [SAVE_HISTORY_TABLE]);
    const v = db.prepare('SELECT app_version FROM main.save_history ORDER BY saved_at DESC LIMIT 1').pluck().get();
    if (typeof v === 'string' && /^[0-9A-Za-z.+-]{1,40}$/.test(v)) return v;
  } catch {
    // An unreadable history only costs us the hint.
  }
  return 'de nieuwste versie';
}
