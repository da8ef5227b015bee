/**
 * The in-memory document: the project singleton plus one table (id → entity) per entity kind,
 * mirroring the tables of the .vlinder file. Edits are expressed as `Change`s — whole-entity puts
 * and deletes — which is what the renderer sends to the core, what the working copy commits and
 * what undo inverts.
 */
import { TABLE_NAMES, type EntityOf, type Project, type TableName } from './entities.ts';

export type Tables = { [T in TableName]: Record<string, EntityOf<T>> };
export interface ProjectDoc extends Tables {
  project: Project;
}

export type Change =
  | { op: 'put'; table: TableName; value: { id: string } }
  | { op: 'delete'; table: TableName; id: string }
  | { op: 'project'; value: Project };

export function emptyTables(): Tables {
  const t = {} as Record<TableName, Record<string, unknown>>;
  for (const name of TABLE_NAMES) t[name] = {};
  return t as Tables;
}

/** Applies changes to a document, returning a new document (the input is not modified). */
export function applyChanges(doc: ProjectDoc, changes: readonly Change[]): ProjectDoc {
  const next: ProjectDoc = { ...doc };
  const copied = new Set<TableName>();
  for (const ch of changes) {
    if (ch.op === 'project') {
      next.project = ch.value;
      continue;
    }
    if (!copied.has(ch.table)) {
      (next as unknown as Record<TableName, unknown>)[ch.table] = { ...doc[ch.table] };
      copied.add(ch.table);
    }
    const table = next[ch.table] as Record<string, unknown>;
    if (ch.op === 'put') table[ch.value.id] = ch.value;
    else delete table[ch.id];
  }
  return next;
}

/** Minimal shape of an immer patch, so that src/shared does not depend on immer. */
export interface PatchLike {
  path: readonly (string | number)[];
}

/**
 * Turns immer patches (from `produceWithPatches` on a ProjectDoc) into whole-entity changes
 * against the document *after* the edit. Each touched entity appears once.
 */
export function changesFromPatches(after: ProjectDoc, patches: readonly PatchLike[]): Change[] {
  const touched = new Map<string, Change>();
  for (const p of patches) {
    const [table, id] = p.path;
    if (table === 'project') {
      touched.set('project', { op: 'project', value: after.project });
      continue;
    }
    if (typeof table !== 'string' || !(TABLE_NAMES as string[]).includes(table)) continue;
    const name = table as TableName;
    if (id === undefined) {
      // A whole table was replaced: emit every row of it.
      for (const value of Object.values(after[name])) touched.set(`${name}/${value.id}`, { op: 'put', table: name, value });
      continue;
    }
    const key = `${name}/${String(id)}`;
    const value = after[name][String(id)];
    touched.set(key, value ? { op: 'put', table: name, value } : { op: 'delete', table: name, id: String(id) });
  }
  return [...touched.values()];
}

export function countEntities(doc: ProjectDoc): Record<TableName, number> {
  const out = {} as Record<TableName, number>;
  for (const name of TABLE_NAMES) out[name] = Object.keys(doc[name]).length;
  return out;
}
