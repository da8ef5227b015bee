/**
 * Reads a whole project out of a database by explicit SELECTs of the known columns of the known
 * tables, validating every row with its entity check. Used for untrusted files (after
 * `guardSchema`) and for our own working copies alike: a row that fails names its place in
 * `file.damaged`.
 */
import { ApiError } from '../../shared/api/errors.ts';
import { because, CheckError } from '../../shared/model/check.ts';
import { emptyTables, type ProjectDoc } from '../../shared/model/doc.ts';
import { hasXmlInvalid } from '../../shared/model/xmlText.ts';
import type { Deletion, FieldChange, Project, SaveRecord } from '../../shared/model/entities.ts';
import { TABLE_NAMES } from '../../shared/model/entities.ts';
import type { ColumnKind, Schema, TableSpec } from './columns.ts';
import { sqliteReadError } from './fileErrors.ts';
import { decodeRow, selectExpr } from './rowCodec.ts';
import { CURRENT_SCHEMA } from './schemaAt.ts';
import type { Db } from './workingDb.ts';

export interface FileContent {
  doc: ProjectDoc;
  /** The lineage, oldest first. */
  history: SaveRecord[];
  /** The recorded deletions (none before format version 5). */
  deletions: Deletion[];
  /** The recorded field changes (none before format version 5). */
  fieldChanges: FieldChange[];
  /**
   * True if some text held characters the model replaces (see xmlText.ts): the database then
   * differs from `doc` and must not be copied as it is.
   */
  cleaned: boolean;
}

/**
 * Reads and checks every row of every table of `schema` (default: this build's; an older file is
 * first checked against its own version's schema, whose rows lack the later fields). Throws
 * ApiError('file.damaged', { where }).
 */
export function readContent(db: Db, schema: Schema = CURRENT_SCHEMA): FileContent {
  const seen = { cleaned: false };
  const projects = Object.values(readTable(db, schema.project, seen));
  if (projects.length !== 1) throw new ApiError('file.damaged', { where: because('damage.projectRows', { count: projects.length }) });
  const doc = { project: projects[0] as Project, ...emptyTables() } as ProjectDoc;
  for (const name of TABLE_NAMES) {
    const spec = schema.entities[name];
    if (spec) (doc as unknown as Record<string, unknown>)[name] = readTable(db, spec, seen);
  }
  const history = (Object.values(readTable(db, schema.saveHistory, seen)) as SaveRecord[]).sort((a, b) => (a.savedAt < b.savedAt ? -1 : a.savedAt > b.savedAt ? 1 : 0));
  const deletions = schema.deletions ? (Object.values(readTable(db, schema.deletions, seen)) as Deletion[]) : [];
  const fieldChanges = schema.fieldChanges ? (Object.values(readTable(db, schema.fieldChanges, seen)) as FieldChange[]) : [];
  return { doc, history, deletions, fieldChanges, cleaned: seen.cleaned };
}

/** The recorded changes of one of our own working databases (always of this build's format). */
export function readChangeRecords(db: Db): { deletions: Deletion[]; fieldChanges: FieldChange[] } {
  const seen = { cleaned: false };
  return {
    deletions: Object.values(readTable(db, CURRENT_SCHEMA.deletions!, seen)) as Deletion[],
    fieldChanges: Object.values(readTable(db, CURRENT_SCHEMA.fieldChanges!, seen)) as FieldChange[],
  };
}

/**
 * Could the check change this stored text? True for a character XML cannot hold, raw or as a
 * JSON escape (`\u0007`, `\b`, `\uffff`, a `\ud83d` half). An escaped emoji also matches: that
 * only costs the faster copy of the file, never correctness.
 */
const ESCAPED_INVALID = /\\(?:[bf]|u(?:00[01][0-9a-fA-F]|[fF]{3}[eEfF]|[dD][89a-fA-F][0-9a-fA-F]{2}))/;

/** Only text and JSON columns hold text the check cleans; only JSON text holds escapes. */
function mayBeCleaned(kind: ColumnKind, v: string): boolean {
  if (kind === 'text') return hasXmlInvalid(v);
  return kind === 'json' && (hasXmlInvalid(v) || (v.includes('\\') && ESCAPED_INVALID.test(v)));
}

/** The checked rows of one table by id (or by its `key` fields); a duplicate is damage. */
function readTable(db: Db, spec: TableSpec, seen: { cleaned: boolean }): Record<string, unknown> {
  const where = because('damage.table', { table: spec.sql });
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
    return typeof id === 'string' && id.length === 32 ? because('damage.rowId', { table: spec.sql, row: i + 1, id: id.toLowerCase() }) : because('damage.row', { table: spec.sql, row: i + 1 });
  };
  const keyOf = spec.key ? (v: Record<string, unknown>) => spec.key!.map((k) => String(v[k])).join('/') : (v: { id: string }) => v.id;
  const bad = firstInvalidText(db, spec, rows, seen);
  if (bad) throw new ApiError('file.damaged', { where: because('damage.badText', { row: rowWhere(bad.row), column: spec.columns[bad.column]!.sql }) });
  for (let i = 0; i < rows.length; i++) {
    let value: { id: string } & Record<string, unknown>;
    try {
      value = spec.check(decodeRow(spec.columns, rows[i]!)) as { id: string } & Record<string, unknown>;
    } catch (err) {
      if (err instanceof CheckError) throw new ApiError('file.damaged', { where: because('damage.rowCheck', { row: rowWhere(i), reason: err.toMessage() }) });
      throw err;
    }
    const key = keyOf(value);
    if (Object.hasOwn(out, key)) throw new ApiError('file.damaged', { where: because('damage.duplicateId', { row: rowWhere(i) }) });
    out[key] = value;
  }
  return out;
}

/**
 * SQLite hands invalid UTF-8 to us with U+FFFD replacement characters, which would silently
 * change the text. A U+FFFD may also be genuine, so the values that hold one are re-read as bytes
 * and decoded strictly: in one more scan of the table for all of them (re-reading each value by
 * its row number made a table full of U+FFFD quadratic). Also notes text the check will clean.
 */
function firstInvalidText(db: Db, spec: TableSpec, rows: readonly unknown[][], seen: { cleaned: boolean }): { row: number; column: number } | null {
  const suspects = new Set<number>();
  const kinds = spec.columns.map((col) => col.kind);
  for (const row of rows) {
    for (let j = 0; j < row.length; j++) {
      const v = row[j];
      if (typeof v !== 'string') continue;
      if (v.includes('\uFFFD')) suspects.add(j);
      if (!seen.cleaned && mayBeCleaned(kinds[j]!, v)) seen.cleaned = true;
    }
  }
  if (suspects.size === 0) return null;
  const columns = [...suspects].sort((a, b) => a - b);
  const encoding = String(db.pragma('encoding', { simple: true })).toLowerCase();
  const decoder = new TextDecoder(encoding === 'utf-16le' ? 'utf-16le' : encoding === 'utf-16be' ? 'utf-16be' : 'utf-8', { fatal: true });
  let bytes: unknown[][];
  try {
    const exprs = [selectExpr(spec.columns[0]!), ...columns.map((j) => `CAST("${spec.columns[j]!.sql}" AS BLOB)`)];
    bytes = db.prepare(`SELECT ${exprs.join(', ')} FROM main."${spec.sql}"`).raw(true).all() as unknown[][];
  } catch (err) {
    throw sqliteReadError(err, `tabel ${spec.sql}`);
  }
  for (let i = 0; i < rows.length; i++) {
    // Same table, same scan, no other connection: the rows come in the same order. Checked anyway.
    const again = bytes[i];
    for (let k = 0; k < columns.length; k++) {
      const j = columns[k]!;
      const v = rows[i]![j];
      if (typeof v !== 'string' || !v.includes('\uFFFD')) continue;
      const raw = again !== undefined && again[0] === rows[i]![0] ? again[k + 1] : undefined;
      if (!(raw instanceof Uint8Array) || !decodesStrictly(decoder, raw)) return { row: i, column: j };
    }
  }
  return null;
}

function decodesStrictly(decoder: InstanceType<typeof TextDecoder>, bytes: Uint8Array): boolean {
  try {
    decoder.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
