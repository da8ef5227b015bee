/**
 * An older file is migrated in a scratch database of our own, never in the file: the private
 * copy has already passed every check of its own version's schema; its known columns are copied
 * into a database created at that version, the later migrations run there, and the result is
 * read back and checked as this version's content (rows and references). The working copy is
 * then filled from the scratch database exactly as from a current file.
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { problemMessage, validateDoc } from '../../shared/model/integrity.ts';
import { ContentWriter } from './contentWriter.ts';
import { sqliteReadError } from './fileErrors.ts';
import { readContent, type FileContent } from './readContent.ts';
import { schemaAt } from './schemaAt.ts';
import { migrate } from './workingDb.ts';

/** SQLite's names of the header's text encodings (1, 2, 3): ATTACH needs both sides to agree. */
const ENCODINGS: Record<number, string> = { 1: 'UTF-8', 2: 'UTF-16le', 3: 'UTF-16be' };

export interface MigratedCopy {
  /** The scratch database at this build's version; the caller deletes it. */
  path: string;
  content: FileContent;
}

/** Migrates the validated private copy `copy` of a version `version` file; see the file comment. */
export function migrateCopy(copy: string, version: number, textEncoding: number, scratchDir: string): MigratedCopy {
  const path = join(scratchDir, `${process.pid}-${randomUUID()}.sqlite`);
  const db = new Database(path);
  try {
    db.pragma('trusted_schema = OFF');
    db.pragma(`encoding = '${ENCODINGS[textEncoding] ?? 'UTF-8'}'`);
    migrate(db, version);
    ContentWriter.copyFrom(db, copy, schemaAt(version).all);
    migrate(db);
    const content = readContent(db);
    const problems = validateDoc(content.doc);
    if (problems.length > 0) throw new ApiError('file.damaged', { where: problemMessage(problems[0]!) });
    return { path, content };
  } catch (err) {
    throw err instanceof ApiError ? err : sqliteReadError(err, `omzetten van bestandsversie ${version}`);
  } finally {
    db.close();
  }
}
