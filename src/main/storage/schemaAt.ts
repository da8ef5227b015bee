/**
 * The tables, columns and row checks of an older format version, derived from the current
 * entity checks and what each later migration declares it added (`adds`, `addsTables`). An older
 * file is checked against the shape it was written with, not against today's: a v1 risk has no
 * `dismissedFindings`, and that is not damage.
 */
import { c, type Check } from '../../shared/model/check.ts';
import { TABLE_NAMES, type TableName } from '../../shared/model/entities.ts';
import { ALL_TABLES, DELETIONS_TABLE, ENTITY_TABLES, FIELD_CHANGES_TABLE, PROJECT_TABLE, SAVE_HISTORY_TABLE, type Schema, type TableSpec } from './columns.ts';
import { FORMAT_VERSION } from './format.ts';
import { MIGRATIONS } from './migrations/index.ts';

/** The schema this build writes. */
export const CURRENT_SCHEMA: Schema = { version: FORMAT_VERSION, project: PROJECT_TABLE, entities: ENTITY_TABLES, saveHistory: SAVE_HISTORY_TABLE, deletions: DELETIONS_TABLE, fieldChanges: FIELD_CHANGES_TABLE, all: ALL_TABLES };

const cache = new Map<number, Schema>([[FORMAT_VERSION, CURRENT_SCHEMA]]);

/** The schema of format version `version` (1 … FORMAT_VERSION). */
export function schemaAt(version: number): Schema {
  const known = cache.get(version);
  if (known) return known;
  if (!Number.isInteger(version) || version < 1 || version > FORMAT_VERSION) throw new Error(`storage: no format version ${version}`);
  const later = MIGRATIONS.filter((m) => m.version > version);
  const laterTables = new Set(later.flatMap((m) => m.addsTables ?? []));
  const laterFields = (table: string) => new Set(later.flatMap((m) => m.adds?.[table] ?? []));
  const older = (spec: TableSpec): TableSpec => {
    const drop = laterFields(spec.name);
    if (drop.size === 0) return spec;
    const shape = (spec.check as Check<unknown> & { shape: Record<string, Check<unknown>> }).shape;
    const kept = Object.fromEntries(Object.entries(shape).filter(([key]) => !drop.has(key)));
    return { ...spec, columns: spec.columns.filter((col) => !drop.has(col.key)), check: c.object(kept) as Check<unknown> };
  };
  const entities: Partial<Record<TableName, TableSpec>> = {};
  for (const name of TABLE_NAMES) if (!laterTables.has(name)) entities[name] = older(ENTITY_TABLES[name]);
  const project = older(PROJECT_TABLE);
  const saveHistory = older(SAVE_HISTORY_TABLE);
  const deletions = laterTables.has('deletions') ? null : DELETIONS_TABLE;
  const fieldChanges = laterTables.has('fieldChanges') ? null : FIELD_CHANGES_TABLE;
  const all = [project, ...TABLE_NAMES.flatMap((n) => entities[n] ?? []), saveHistory, ...(deletions ? [deletions] : []), ...(fieldChanges ? [fieldChanges] : [])];
  const schema: Schema = { version, project, entities, saveHistory, deletions, fieldChanges, all };
  cache.set(version, schema);
  return schema;
}
