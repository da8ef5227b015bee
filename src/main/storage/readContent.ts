/**
 * Reads a whole project out of a database by explicit SELECTs of the known columns of the known
 * tables, validating every row with its entity check. Used for untrusted files (after
 * `guardSchema`) and for our own working copies alike: a row that fails names its place in
 * `file.damaged`.
 */
import { ApiError } from '../../shared/api/errors.ts';
import { CheckError } from '../../shared/model/check.ts';
import { emptyTables, type ProjectDoc } from '../../shared/model/doc.ts';
import type { Project, SaveRecord } from '../../shared/model/entities.ts';
import { TABLE_NAMES } from '../../shared/model/entities.ts';
import type { Schema, TableSpec } from './columns.ts';
import { sqliteReadError } from './fileErrors.ts';
import { decodeRow, selectExpr } from './rowCodec.ts';
import { CURRENT_SCHEMA } from './schemaAt.ts';
import type { Db } from './workingDb.ts';

export interface FileContent {
  doc: ProjectDoc;
  /** The lineage, oldest first. */
  history: SaveRecord[];
}

/**
 * Reads and checks every row of every table of `schema` (default: this build's; an older file is
 * first checked against its own version's schema, whose rows lack the later fields). Throws
 * ApiError('file.damaged', { where }).
 */
export function readContent(db: Db, schema: Schema = CURRENT_SCHEMA): FileContent {
  const projects = Object.values(readTable(db, schema.project));
  if (projects.length !== 1) throw new ApiError('file.damaged', { where: `tabel project: ${projects.length} rijen in plaats van 1` });
  const doc = { project: projects[0] as Project, ...emptyTables() } as ProjectDoc;
  for (const name of TABLE_NAMES) {
    const spec = schema.entities[name];
    if (spec) (doc as unknown as Record<string, unknown>)[name] = readTable(db, spec);
  }
  const history = (Object.values(readTable(db, schema.saveHistory)) as SaveRecord[]).sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
  return { doc, history };
}

/** The checked rows of one table by id; a duplicate id is damage. */
function readTable(db: Db, spec: TableSpec): Record<string, unknown> {
  const where = `tabel ${spec.sql}`;
  let rows: unknown[][];
  try {
    const cols = spec.columns.map(selectExpr).join(', ');
    rows = db.prepare(`SELECT ${cols} FROM main."${spec.sql}"`).raw(true).all() as unknown[][];
  } catch (err) {
    throw sqliteReadError(err, where);
  }
  const out: Record<string, unknown> = {};
  // The place is only spelled out when something is wrong: building it per row costs more than the checks.
  const rowWhere = (i: number) => {
    const id = rows[i]![0];
    return `${where}, rij ${i + 1}${typeof id === 'string' && id.length === 32 ? ` (id ${id})` : ''}`;
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v === 'string' && v.includes('\uFFFD') && !isValidText(db, spec, j, i)) {
        throw new ApiError('file.damaged', { where: `${rowWhere(i)}, kolom ${spec.columns[j]!.sql}: ongeldige tekens (geen UTF-8)` });
      }
    }
    let value: { id: string };
    try {
      value = spec.check(decodeRow(spec.columns, row)) as { id: string };
    } catch (err) {
      if (err instanceof CheckError) throw new ApiError('file.damaged', { where: `${rowWhere(i)}: ${err.message}` });
      throw err;
    }
    if (Object.hasOwn(out, value.id)) throw new ApiError('file.damaged', { where: `${rowWhere(i)}: dubbele id` });
    out[value.id] = value;
  }
  return out;
}

/**
 * SQLite hands invalid UTF-8 to us with U+FFFD replacement characters, which would silently
 * change the text. A U+FFFD may also be genuine, so re-read that one value as bytes and decode
 * it strictly. Rare, so the extra scan does not matter.
 */
function isValidText(db: Db, spec: TableSpec, column: number, rowIndex: number): boolean {
  const encoding = String(db.pragma('encoding', { simple: true })).toLowerCase();
  const label = encoding === 'utf-16le' ? 'utf-16le' : encoding === 'utf-16be' ? 'utf-16be' : 'utf-8';
  const bytes = db.prepare(`SELECT CAST("${spec.columns[column]!.sql}" AS BLOB) FROM main."${spec.sql}" LIMIT 1 OFFSET ?`).pluck().get(rowIndex);
  if (!(bytes instanceof Uint8Array)) return false;
  try {
    new TextDecoder(label, { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}
