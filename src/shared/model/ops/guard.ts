/**
 * Input checks shared by the operations. Every operation validates what it is given before it
 * touches the document, so a bad call throws a `CheckError` (naming the field, with its reason as a
 * message key) and leaves the draft unchanged.
 */
import { because, CheckError, isPlainObject, type Check, type Checked } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import type { EntityOf, TableName } from '../entities.ts';

/** The row `id` of `table`, or a CheckError saying that `path` refers to nothing. */
export function need<T extends TableName>(doc: ProjectDoc, table: T, id: unknown, path: string): EntityOf<T> {
  const row = typeof id === 'string' ? (doc[table] as Record<string, EntityOf<T>>)[id] : undefined;
  if (!row) throw new CheckError(path, because('check.refersToMissing', { what: because(`check.unknown.${table}`) }));
  return row;
}

/** Like `need`, but `null`/`undefined` is allowed and returned as null. */
export function needOptional<T extends TableName>(doc: ProjectDoc, table: T, id: unknown, path: string): EntityOf<T> | null {
  if (id === null || id === undefined) return null;
  return need(doc, table, id, path);
}

type Shape = Record<string, Check<unknown>>;
export type Patch<S extends Shape, K extends keyof S> = { [P in K]?: Checked<S[P]> };

/**
 * Validates a partial update: only `keys` may appear, each value is checked with the entity's
 * own field check. Undefined values are dropped.
 */
export function checkPatch<S extends Shape, K extends keyof S & string>(shape: S, keys: readonly K[], patch: unknown, path = 'wijziging'): Patch<S, K> {
  if (!isPlainObject(patch)) throw new CheckError(path, because('check.object'));
  const allowed = new Set<string>(keys);
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(patch)) {
    if (!allowed.has(k)) throw new CheckError(`${path}.${k}`, because('check.notEditable'));
    if (v === undefined) continue;
    out[k] = shape[k]!(v, `${path}.${k}`);
  }
  return out as Patch<S, K>;
}

/** Validates an optional 0-based position. */
export function checkIndex(index: unknown, path = 'index'): number | undefined {
  if (index === undefined || index === null) return undefined;
  if (typeof index !== 'number' || !Number.isInteger(index) || index < 0) throw new CheckError(path, because('check.index'));
  return index;
}

/** Assigns the checked patch to the row and stamps it; returns whether anything changed. */
export function assignPatch<R extends { updatedAt: string }>(row: R, patch: Partial<R>, at: string): boolean {
  let changed = false;
  for (const [k, v] of Object.entries(patch) as [keyof R, R[keyof R]][]) {
    if (!sameValue(row[k], v)) {
      row[k] = v;
      changed = true;
    }
  }
  if (changed) row.updatedAt = at;
  return changed;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The argument type of an input check: fields that may be undefined become optional. */
export type InputOf<C> = Simplify<
  { [K in keyof Checked<C> as undefined extends Checked<C>[K] ? never : K]: Checked<C>[K] } & {
    [K in keyof Checked<C> as undefined extends Checked<C>[K] ? K : never]?: Checked<C>[K];
  }
>;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
