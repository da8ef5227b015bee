/**
 * The SQL shape of every table, derived from the entity checks in src/shared/model/entities.ts:
 * one column per field of the check's shape, named in snake_case. The frozen SQL of each
 * migration must agree with this (tests/storage/schema.test.ts compares them), so adding a
 * field to an entity without a migration fails a test instead of silently losing data.
 */
import type { Check, CheckKind } from '../../shared/model/check.ts';
import { TABLES, TABLE_NAMES, deletionCheck, fieldChangeCheck, projectCheck, saveRecordCheck, type TableName } from '../../shared/model/entities.ts';

/**
 * How a value is stored: ids as 16-byte blobs (a third of the file is ids; as text they would
 * push a 200-risk project over its 3 MB budget), other scalars as themselves, booleans as 0/1,
 * lists and objects as JSON text.
 */
export type ColumnKind = 'uuid' | 'text' | 'int' | 'real' | 'bool' | 'json';

export interface ColumnSpec {
  /** Field name in the model, e.g. `createdAt`. */
  key: string;
  /** Column name in SQL, e.g. `created_at`. */
  sql: string;
  kind: ColumnKind;
  nullable: boolean;
}

export interface TableSpec {
  /** Name in the model: a TableName, `project` or `saveHistory`. */
  name: string;
  sql: string;
  columns: ColumnSpec[];
  check: Check<unknown>;
  /** The model fields that identify a row when `id` alone does not (field changes: id and field). */
  key?: readonly string[];
}

/** The column kind of each structural check kind; a kind without a column (a bare literal) is a programming error. */
const COLUMN_KIND: Record<CheckKind, ColumnKind | null> = {
  id: 'uuid',
  text: 'text',
  enum: 'text',
  integer: 'int',
  number: 'real',
  boolean: 'bool',
  list: 'json',
  record: 'json',
  object: 'json',
  json: 'json',
  literal: null,
};

/** How a field is stored, read from its check's structural kind (never from its description). */
export function columnKindOf(check: Check<unknown>): { kind: ColumnKind; nullable: boolean } {
  const kind = COLUMN_KIND[check.kind];
  if (!kind) throw new Error(`storage: no column kind for a check of kind "${check.kind}"`);
  return { kind, nullable: check.nullable };
}

/** `riskCauses` → `risk_causes`; `order` (an SQL keyword) → `sort_order`. */
export function sqlName(key: string): string {
  if (key === 'order') return 'sort_order';
  return key.replace(/[A-Z]/g, (ch) => `_${ch.toLowerCase()}`);
}

function tableSpec(name: string, check: Check<unknown> & { shape: Record<string, Check<unknown>> }): TableSpec {
  const columns = Object.entries(check.shape).map(([key, col]) => ({ key, sql: sqlName(key), ...columnKindOf(col) }));
  if (columns[0]?.key !== 'id') throw new Error(`storage: table ${name} must start with id`);
  return { name, sql: sqlName(name), columns, check };
}

/** The entity tables, in dependency order. */
export const ENTITY_TABLES: Record<TableName, TableSpec> = Object.fromEntries(
  TABLE_NAMES.map((name) => [name, tableSpec(name, TABLES[name] as Check<unknown> & { shape: Record<string, Check<unknown>> })]),
) as Record<TableName, TableSpec>;

/** The project singleton (exactly one row). */
export const PROJECT_TABLE: TableSpec = tableSpec('project', projectCheck as unknown as Check<unknown> & { shape: Record<string, Check<unknown>> });

/** The lineage: one row per save. */
export const SAVE_HISTORY_TABLE: TableSpec = tableSpec('saveHistory', saveRecordCheck as unknown as Check<unknown> & { shape: Record<string, Check<unknown>> });

/** The record of deleted rows (since format version 5). */
export const DELETIONS_TABLE: TableSpec = tableSpec('deletions', deletionCheck as unknown as Check<unknown> & { shape: Record<string, Check<unknown>> });

/** When each field of an existing row was last changed (since format version 5); keyed by id and field. */
export const FIELD_CHANGES_TABLE: TableSpec = { ...tableSpec('fieldChanges', fieldChangeCheck as unknown as Check<unknown> & { shape: Record<string, Check<unknown>> }), key: ['id', 'field'] };

/** Every table of the format, project first. */
export const ALL_TABLES: readonly TableSpec[] = [PROJECT_TABLE, ...TABLE_NAMES.map((n) => ENTITY_TABLES[n]), SAVE_HISTORY_TABLE, DELETIONS_TABLE, FIELD_CHANGES_TABLE];

/** The tables of one format version: what a file of that version holds and how to check its rows. */
export interface Schema {
  version: number;
  project: TableSpec;
  /** The entity tables that version has (a table added later is absent). */
  entities: Partial<Record<TableName, TableSpec>>;
  saveHistory: TableSpec;
  /** The record of deleted rows; null before format version 5. */
  deletions: TableSpec | null;
  /** The record of changed fields; null before format version 5. */
  fieldChanges: TableSpec | null;
  /** Every table of that version, project first. */
  all: readonly TableSpec[];
}
