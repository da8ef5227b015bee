/**
 * Builders of real .vlinder files for the storage tests: a valid file from the generator, and
 * helpers to damage copies of it with plain SQLite or raw bytes.
 */
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { VlinderStorage } from '../../src/main/storage/createStorage.ts';
import { generateProject } from '../builders/generateProject.ts';

export const TEST_APP_VERSION = '0.1.0-test';

/** Writes a small valid project (3 risks, one worked out) to `dir/name` and returns its path. */
export function writeValidFile(storage: VlinderStorage, dir: string, name = 'geldig.vlinder', seed = 7): string {
  const wc = storage.create(generateProject({ risks: 3, workedOut: 1, seed }));
  const path = join(dir, name);
  wc.save(path, { force: false, appVersion: TEST_APP_VERSION });
  wc.close(true);
  return path;
}

/** Copies `source` to `dir/name` and runs `sql` on the copy with plain SQLite (rollback journal). */
export function damagedCopy(source: string, dir: string, name: string, sql: string | ((db: Database.Database) => void)): string {
  const path = join(dir, name);
  copyFileSync(source, path);
  const db = new Database(path);
  db.pragma('journal_mode = DELETE');
  if (typeof sql === 'string') db.exec(sql);
  else sql(db);
  db.close();
  return path;
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}
