/**
 * Before anything reads table data of an untrusted file (even `PRAGMA quick_check`, which runs a
 * virtual table's module over the sender's bytes): the file must hold nothing but Vlinder's own
 * schema objects. Decided from `sqlite_schema.type`/`name`/`rootpage` and SQLite's own parse
 * (`PRAGMA table_list`), never by reading the text of `sql`, which a comment or odd spacing
 * disguises. Then every table we read must have the columns we expect, none of them generated
 * (a generated column evaluates an expression from the file on every read).
 */
import Database from 'better-sqlite3';
import { ApiError } from '../../shared/api/errors.ts';
import type { TableSpec } from './columns.ts';
import { sqliteReadError } from './fileErrors.ts';
import { MIGRATIONS } from './migrations/index.ts';
import type { Db } from './workingDb.ts';
import { because } from '../../shared/model/check.ts';
import type { MessageKey, MessageParams, MessageRef } from '../../shared/i18n/t.ts';

interface SchemaRow {
  type: string;
  name: string;
  rootpage: number | null;
  sql: string | null;
}

interface KnownObject {
  type: string;
  /** Every text SQLite kept for it across the format versions (for {@link isVlinderTable}). */
  sql: Set<string>;
}

let knownObjects: Map<string, KnownObject> | null = null;

/**
 * Name (lower case) → type of every object any Vlinder format version creates: what the
 * migrations leave in a database after each step. Built once from the migrations themselves, so
 * a new migration needs no second list here.
 */
export function vlinderObjects(): ReadonlyMap<string, KnownObject> {
  if (knownObjects) return knownObjects;
  const db = new Database(':memory:');
  try {
    const known = new Map<string, KnownObject>();
    for (const m of MIGRATIONS) {
      db.exec(m.sql);
      for (const r of db.prepare('SELECT type, name, sql FROM main.sqlite_schema').all() as SchemaRow[]) {
        const entry = known.get(r.name.toLowerCase()) ?? { type: r.type, sql: new Set<string>() };
        if (r.sql !== null) entry.sql.add(r.sql);
        known.set(r.name.toLowerCase(), entry);
      }
    }
    knownObjects = known;
    return known;
  } finally {
    db.close();
  }
}

const TYPE_NAMES: Record<string, MessageRef> = { table: because('damage.kind.table'), index: because('damage.kind.index'), view: because('damage.kind.view'), trigger: because('damage.kind.trigger') };

/** A name from the file, fit to show in a message. */
function shown(name: unknown): string {
  const text = String(name).replace(/\p{Cc}/gu, '?');
  return text.length > 60 ? `${text.slice(0, 60)}…` : text;
}

function damaged(key: MessageKey, params: MessageParams): ApiError {
  return new ApiError('file.damaged', { where: because(key, params) });
}

/** Refuses any schema object that is not one of Vlinder's, and any of ours that is not what we made. */
export function refuseForeignObjects(db: Db): void {
  let rows: SchemaRow[];
  try {
    rows = db.prepare('SELECT type, name, rootpage FROM main.sqlite_schema').all() as SchemaRow[];
  } catch (err) {
    throw sqliteReadError(err, because('damage.schema'));
  }
  const known = vlinderObjects();
  // Ours first, so that a view or virtual table in place of one of our tables is named as such.
  const sorted = [...rows].sort((a, b) => Number(known.has(String(b.name).toLowerCase())) - Number(known.has(String(a.name).toLowerCase())));
  for (const r of sorted) {
    const expected = known.get(String(r.name).toLowerCase())?.type;
    const kind = TYPE_NAMES[r.type] ?? shown(r.type);
    if (expected === undefined) throw damaged('damage.unknownPart', { kind, name: shown(r.name) });
    if (r.type !== expected) throw damaged('damage.wrongType', { name: shown(r.name), expected: TYPE_NAMES[expected] ?? expected, kind });
    // A virtual table has no b-tree of its own: root page 0.
    if ((r.type === 'table' || r.type === 'index') && !(typeof r.rootpage === 'number' && r.rootpage > 0)) throw damaged('damage.virtual', { name: shown(r.name) });
  }
  // Only Vlinder's names are left, each with a b-tree. SQLite's own parse settles whether one of
  // them was still declared virtual (a forged root page); no module's data exists to be read.
  let parsed: { schema: string; name: string; type: string }[];
  try {
    parsed = db.prepare('PRAGMA main.table_list').all() as typeof parsed;
  } catch (err) {
    throw sqliteReadError(err, because('damage.schema'));
  }
  for (const t of parsed) {
    if (t.schema !== 'main' || /^sqlite_/i.test(t.name)) continue;
    if (t.type !== 'table') throw damaged('damage.otherType', { name: shown(t.name), kind: t.type === 'virtual' ? because('damage.kind.virtual') : shown(t.type) });
  }
}

interface ColumnRow {
  name: string;
  hidden: number;
}

/** Every table in `tables` exists with the columns we read, none of them computed. */
export function guardTables(db: Db, tables: readonly TableSpec[]): void {
  let objects: Map<string, string>;
  try {
    const rows = db.prepare('SELECT type, name FROM main.sqlite_schema').all() as SchemaRow[];
    objects = new Map(rows.map((r) => [String(r.name).toLowerCase(), r.type]));
  } catch (err) {
    throw sqliteReadError(err, because('damage.schema'));
  }
  for (const spec of tables) {
    const type = objects.get(spec.sql);
    if (type === undefined) throw damaged('damage.tableMissing', { table: spec.sql });
    if (type !== 'table') throw damaged('damage.notTable', { table: spec.sql, kind: TYPE_NAMES[type] ?? shown(type) });
    let cols: ColumnRow[];
    try {
      cols = db.prepare(`PRAGMA main.table_xinfo("${spec.sql}")`).all() as ColumnRow[];
    } catch (err) {
      throw sqliteReadError(err, because('damage.table', { table: spec.sql }));
    }
    const byName = new Map(cols.map((c) => [String(c.name).toLowerCase(), c]));
    for (const col of spec.columns) {
      const found = byName.get(col.sql);
      if (!found) throw damaged('damage.columnMissing', { table: spec.sql, column: col.sql });
      if (found.hidden !== 0) throw damaged('damage.columnComputed', { table: spec.sql, column: col.sql });
    }
  }
}

/**
 * For a file of a newer format version, whose other objects we cannot judge: is `name` exactly a
 * table one of our versions created? Here the text is compared for equality with our own SQL, a
 * list of known good statements rather than a guess, so nothing else can pass as that table.
 */
export function isVlinderTable(db: Db, name: string): boolean {
  const ours = vlinderObjects().get(name);
  if (ours?.type !== 'table') return false;
  try {
    const row = db.prepare("SELECT type, name, rootpage, sql FROM main.sqlite_schema WHERE lower(name) = ?").all(name) as SchemaRow[];
    return row.length === 1 && row[0]!.type === 'table' && (row[0]!.rootpage ?? 0) > 0 && ours.sql.has(row[0]!.sql ?? '');
  } catch {
    return false;
  }
}

/** The whole guard for a file of our own format version: foreign objects first, then our tables. */
export function guardSchema(db: Db, tables: readonly TableSpec[]): void {
  refuseForeignObjects(db);
  guardTables(db, tables);
}
