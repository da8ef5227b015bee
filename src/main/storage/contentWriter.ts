/**
 * Prepared statements that write model values into a working database: the upserts and deletes
 * of `apply`, and the bulk insert of a whole document when a working copy is built.
 */
import type { Change, ProjectDoc } from '../../shared/model/doc.ts';
import { changedFields } from '../../shared/merge/fieldChanges.ts';
import type { ChangeRecords, Deletion, FieldChange, SaveRecord, TableName } from '../../shared/model/entities.ts';
import { TABLE_NAMES } from '../../shared/model/entities.ts';
import { ALL_TABLES, DELETIONS_TABLE, ENTITY_TABLES, FIELD_CHANGES_TABLE, PROJECT_TABLE, SAVE_HISTORY_TABLE, type TableSpec } from './columns.ts';
import { encodeRow, uuidToBytes } from './rowCodec.ts';
import type { Db } from './workingDb.ts';
import type { Statement } from 'better-sqlite3';

interface TableStatements {
  spec: TableSpec;
  upsert: Statement;
  remove: Statement;
}

function statementsFor(db: Db, spec: TableSpec): TableStatements {
  const cols = spec.columns.map((c) => `"${c.sql}"`).join(', ');
  const marks = spec.columns.map(() => '?').join(', ');
  return {
    spec,
    upsert: db.prepare(`INSERT OR REPLACE INTO "${spec.sql}" (${cols}) VALUES (${marks})`),
    remove: db.prepare(`DELETE FROM "${spec.sql}" WHERE id = ?`),
  };
}

export class ContentWriter {
  private readonly tables: Record<TableName, TableStatements>;
  private readonly project: TableStatements;
  private readonly history: TableStatements;
  private readonly deletions: TableStatements;
  private readonly fieldChanges: TableStatements;
  private readonly clearProject: Statement;

  constructor(db: Db) {
    this.tables = Object.fromEntries(TABLE_NAMES.map((n) => [n, statementsFor(db, ENTITY_TABLES[n])])) as Record<TableName, TableStatements>;
    this.project = statementsFor(db, PROJECT_TABLE);
    this.history = statementsFor(db, SAVE_HISTORY_TABLE);
    this.deletions = statementsFor(db, DELETIONS_TABLE);
    this.fieldChanges = statementsFor(db, FIELD_CHANGES_TABLE);
    this.clearProject = db.prepare(`DELETE FROM "${PROJECT_TABLE.sql}"`);
  }

  /**
   * Writes one change; the caller wraps a batch in a transaction. What it changed is recorded
   * with its time `at` (docs/merge.md): the fields it changed of `before` (the row it replaces),
   * or the deletion; a row put back (undo) is no longer deleted.
   */
  write(change: Change, at: string, before: object | undefined): void {
    if (change.op !== 'delete') for (const f of changedFields(before, change.value, at)) this.putFieldChange(f);
    if (change.op === 'project') {
      this.putProject(change.value);
      return;
    }
    const t = this.tables[change.table];
    if (change.op === 'put') {
      t.upsert.run(encodeRow(t.spec.columns, change.value as Record<string, unknown>));
      this.deletions.remove.run(uuidToBytes(change.value.id));
    } else {
      t.remove.run(uuidToBytes(change.id));
      this.fieldChanges.remove.run(uuidToBytes(change.id));
      this.putDeletion({ id: change.id, kind: change.table, deletedAt: at });
    }
  }

  putDeletion(d: Deletion): void {
    this.deletions.upsert.run(encodeRow(this.deletions.spec.columns, d as unknown as Record<string, unknown>));
  }

  putFieldChange(f: FieldChange): void {
    this.fieldChanges.upsert.run(encodeRow(this.fieldChanges.spec.columns, f as unknown as Record<string, unknown>));
  }

  /** Both kinds of change record of a copy (a new working copy that carries them over). */
  putRecords(records: ChangeRecords): void {
    for (const d of records.deletions) this.putDeletion(d);
    for (const f of records.fieldChanges) this.putFieldChange(f);
  }

  /** The project singleton: replaced, never a second row. */
  putProject(project: ProjectDoc['project']): void {
    this.clearProject.run();
    this.project.upsert.run(encodeRow(this.project.spec.columns, project as unknown as Record<string, unknown>));
  }

  /** Inserts every row of `doc` (into an empty database; the caller holds the transaction). */
  writeDoc(doc: ProjectDoc): void {
    this.putProject(doc.project);
    for (const name of TABLE_NAMES) {
      const t = this.tables[name];
      // In key order: appending to a WITHOUT ROWID b-tree is much cheaper than random inserts.
      const rows = Object.values(doc[name]).sort((a, b) => (a.id < b.id ? -1 : 1));
      for (const value of rows) t.upsert.run(encodeRow(t.spec.columns, value as unknown as Record<string, unknown>));
    }
  }

  /**
   * Copies every known column of every known table from the attached database `src` (a file that
   * `readVlinderFile` has just validated in full) into our own empty tables. Only plain INSERT ...
   * SELECT of named columns: nothing of the file's schema (triggers, views, defaults) is used.
   * `tables` is the schema of the source's version (an older file into a database at that version).
   */
  static copyFrom(db: Db, srcPath: string, tables: readonly TableSpec[] = ALL_TABLES): void {
    db.prepare("ATTACH DATABASE ? AS src").run(srcPath);
    try {
      db.transaction(() => {
        for (const spec of tables) {
          const cols = spec.columns.map((c) => `"${c.sql}"`).join(', ');
          db.exec(`INSERT INTO main."${spec.sql}" (${cols}) SELECT ${cols} FROM src."${spec.sql}"`);
        }
      })();
    } finally {
      db.exec('DETACH DATABASE src');
    }
  }

  putHistory(record: SaveRecord): void {
    this.history.upsert.run(encodeRow(this.history.spec.columns, record as unknown as Record<string, unknown>));
  }

  removeHistory(id: string): void {
    this.history.remove.run(uuidToBytes(id));
  }
}
