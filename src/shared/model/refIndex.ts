/**
 * An in-memory index of who refers to whom in a ProjectDoc, so that the check of an edit visits
 * the rows that refer to a changed row without scanning their tables. For every referring field
 * of `REFERRERS` (placements.riskId, risks.areaIds, …) it maps a target id to the ids of the rows
 * that hold it; it also keeps each referring row's place in its table's key order, so that the
 * rows it returns come in the order a scan of the table would find them.
 *
 * Nothing is stored in the file: each part is built from the document in one pass when first
 * needed and then kept in step, change by change, by the one owner of that document (`LiveDoc`).
 */
import type { ProjectDoc } from './doc.ts';
import type { TableName } from './entities.ts';
import { REFERRERS, type Referrers } from './integrity.ts';

type Row = Record<string, unknown>;

/** The referring fields of each referring table, from REFERRERS. */
const FIELDS: Map<TableName, string[]> = (() => {
  const m = new Map<TableName, string[]>();
  for (const list of Object.values(REFERRERS)) {
    for (const { table, field } of list ?? []) {
      const fields = m.get(table) ?? [];
      if (!fields.includes(field)) fields.push(field);
      m.set(table, fields);
    }
  }
  return m;
})();

/** The ids a field holds: one for a reference, several for a list of them (risks.areaIds), each once. */
function targetsOf(v: unknown): Iterable<unknown> {
  return typeof v === 'string' ? [v] : Array.isArray(v) ? new Set(v) : [];
}

/** The referrers of one target: one id, or several. */
type Held = string | string[];

export class RefIndex implements Referrers {
  /** `table.field` → target id → the ids of the rows of `table` whose `field` holds it. */
  private readonly by = new Map<string, Map<string, Held>>();
  /** Per referring table: row id → a number that grows with the row's place in key order. */
  private readonly place = new Map<TableName, Map<string, number>>();
  private next = 0;
  private readonly doc: () => ProjectDoc;

  /**
   * An index of the document `doc()` returns, whichever that is at the time: each part is built
   * from it when first asked for (an edit of a risk never pays for the index of measures), and
   * from then on kept in step by `update`.
   */
  constructor(doc: () => ProjectDoc) {
    this.doc = doc;
  }

  /**
   * The rows of `table` whose `field` refers to one of `ids`, in the table's key order (the order
   * a `for … in` over the table meets them).
   */
  referrers(table: TableName, field: string, ids: Iterable<string>): string[] {
    if (!FIELDS.get(table)?.includes(field)) return [];
    const byTarget = this.targets(table, field);
    const found = new Set<string>();
    for (const id of ids) {
      const held = byTarget.get(id);
      if (typeof held === 'string') found.add(held);
      else if (held) for (const key of held) found.add(key);
    }
    if (found.size < 2) return [...found];
    const place = this.places(table);
    return [...found].sort((a, b) => place.get(a)! - place.get(b)!);
  }

  /**
   * Records that the row at `key` of `table` went from `before` to `after` (undefined: absent),
   * exactly as the table object itself changed: a new key goes to the end of the key order, a
   * replaced row keeps its place.
   */
  update(table: TableName, key: string, before: Row | undefined, after: Row | undefined): void {
    for (const field of FIELDS.get(table) ?? []) {
      const byTarget = this.by.get(`${table}.${field}`);
      if (!byTarget) continue;
      if (before) for (const t of targetsOf(before[field])) if (typeof t === 'string') release(byTarget, t, key);
      if (after) for (const t of targetsOf(after[field])) if (typeof t === 'string') hold(byTarget, t, key);
    }
    const place = this.place.get(table);
    if (!place) return;
    if (!after) place.delete(key);
    else if (!before) place.set(key, this.next++);
  }

  private targets(table: TableName, field: string): Map<string, Held> {
    const name = `${table}.${field}`;
    let byTarget = this.by.get(name);
    if (byTarget) return byTarget;
    byTarget = new Map();
    const rows = this.doc()[table] as Record<string, Row>;
    for (const key of Object.keys(rows)) for (const t of targetsOf(rows[key]![field])) if (typeof t === 'string') hold(byTarget, t, key);
    this.by.set(name, byTarget);
    return byTarget;
  }

  private places(table: TableName): Map<string, number> {
    let place = this.place.get(table);
    if (place) return place;
    place = new Map();
    for (const key of Object.keys(this.doc()[table])) place.set(key, this.next++);
    this.place.set(table, place);
    return place;
  }
}

/** Adds `key` to the referrers of `target` (it is not there yet: each row is added once per target). */
function hold(byTarget: Map<string, Held>, target: string, key: string): void {
  const held = byTarget.get(target);
  if (held === undefined) byTarget.set(target, key);
  else if (typeof held === 'string') byTarget.set(target, [held, key]);
  else held.push(key);
}

function release(byTarget: Map<string, Held>, target: string, key: string): void {
  const held = byTarget.get(target);
  if (held === key) byTarget.delete(target);
  else if (Array.isArray(held)) {
    const i = held.indexOf(key);
    if (i >= 0) held.splice(i, 1);
    if (held.length === 0) byTarget.delete(target);
  }
}
