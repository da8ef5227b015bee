/**
 * Before any SELECT on an untrusted file: every table we are about to read must be a plain table
 * (not a view, which would run the sender's SQL; not a virtual table, which would run a module)
 * with the columns we expect, none of them generated (a generated column evaluates an
 * expression from the file on every read). Triggers need no check: we never write to the file.
 */
import { ApiError } from '../../shared/api/errors.ts';
import type { TableSpec } from './columns.ts';
import { sqliteReadError } from './fileErrors.ts';
import type { Db } from './workingDb.ts';

interface SchemaRow {
  type: string;
  sql: string | null;
}

interface ColumnRow {
  name: string;
  hidden: number;
}

export function guardSchema(db: Db, tables: readonly TableSpec[]): void {
  let objects: Map<string, SchemaRow>;
  try {
    const rows = db.prepare('SELECT type, name, sql FROM main.sqlite_schema').all() as (SchemaRow & { name: string })[];
    objects = new Map(rows.map((r) => [String(r.name).toLowerCase(), r]));
  } catch (err) {
    throw sqliteReadError(err, 'het schema');
  }
  for (const spec of tables) {
    const obj = objects.get(spec.sql);
    if (!obj) throw new ApiError('file.damaged', { where: `tabel ${spec.sql} ontbreekt` });
    if (obj.type !== 'table') throw new ApiError('file.damaged', { where: `${spec.sql} is geen tabel maar een ${obj.type}` });
    if (/^\s*create\s+virtual\b/i.test(obj.sql ?? '')) throw new ApiError('file.damaged', { where: `${spec.sql} is een virtuele tabel` });
    let cols: ColumnRow[];
    try {
      cols = db.prepare(`PRAGMA main.table_xinfo("${spec.sql}")`).all() as ColumnRow[];
    } catch (err) {
      throw sqliteReadError(err, `tabel ${spec.sql}`);
    }
    const byName = new Map(cols.map((c) => [String(c.name).toLowerCase(), c]));
    for (const col of spec.columns) {
      const found = byName.get(col.sql);
      if (!found) throw new ApiError('file.damaged', { where: `tabel ${spec.sql}: kolom ${col.sql} ontbreekt` });
      if (found.hidden !== 0) throw new ApiError('file.damaged', { where: `tabel ${spec.sql}: kolom ${col.sql} is berekend` });
    }
  }
}
