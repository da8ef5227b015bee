/**
 * The working database: our own schema (from the migrations), WAL with synchronous=FULL so that
 * every committed edit survives a crash or power cut, and nothing from a foreign file's schema.
 */
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import { APPLICATION_ID, FORMAT_VERSION } from './format.ts';
import { MIGRATIONS } from './migrations/index.ts';

export type Db = Database.Database;

/** Opens (creating if needed) a working database and brings its schema up to FORMAT_VERSION. */
export function openWorkingDb(path: string): Db {
  return openWith(path, null);
}

/**
 * Creates a working database at `path` and has `fill` write its first content before it goes
 * into WAL mode. The bulk write then goes once into the database file (with a rollback journal
 * and a full sync at its commit) instead of into the WAL and again into the file at the next
 * checkpoint; from then on the database is exactly what `openWorkingDb` opens.
 */
export function createWorkingDb(path: string, fill: (db: Db) => void): Db {
  return openWith(path, fill);
}

function openWith(path: string, fill: ((db: Db) => void) | null): Db {
  const db = new Database(path);
  try {
    db.pragma(fill ? 'journal_mode = DELETE' : 'journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('trusted_schema = OFF');
    migrate(db);
    if (fill) {
      fill(db);
      db.pragma('journal_mode = WAL');
    }
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

/**
 * Runs the migrations after the database's user_version up to `target` (default: the newest),
 * all in one transaction: on any failure the database stays at its old version.
 */
export function migrate(db: Db, target = FORMAT_VERSION): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > FORMAT_VERSION) throw new ApiError('file.newerVersion', { version: current, needed: `met bestandsversie ${current}` });
  const pending = MIGRATIONS.filter((m) => m.version > current && m.version <= target);
  if (pending.length === 0) return;
  db.transaction(() => {
    for (const m of pending) {
      db.exec(m.sql);
      m.upgrade?.(db);
    }
    db.pragma(`application_id = ${APPLICATION_ID}`);
    db.pragma(`user_version = ${pending.at(-1)!.version}`);
  })();
}
