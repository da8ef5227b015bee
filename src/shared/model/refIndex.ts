/**
 * An in-memory index of who refers to whom in a ProjectDoc, so that the check of an edit visits
 * the rows that refer to a changed row without scanning their tables. For every referring field
 * of `REFERRERS` (placements.riskId, risks.areaIds, …) it maps a target id to the ids of the rows
 * that hold it; it also keeps each referring row's place in its table's key order, so that the
 * rows it returns come in the order a scan of the table would find them.
 *
 * Nothing is stored in the file: the index is built from a document in one pass and then kept in
 * step, change by change, by the one owner of that document (`LiveDoc`).
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

/** The ids a field holds: one for a reference, several for a list of them (risks.areaIds). */
function targetsOf(v: unknown): readonly unknown[] {
  return typeof v === 'string' ? [v] : Array.isArray(v) ? v : [];
}

export class RefIndex implements Referrers {
  /** `table.field` → target id → ids of the rows of `table` whose `field` holds it. */
  private readonly by = new Map<string, Map<string, Set<string>>>();
  /** Per referring table: row id → a number that grows with the row's place in key order. */
  private readonly place = new Map<TableName, Map<string, number>>();
  private next = 0;

  constructor(doc: ProjectDoc) {
    for (const [table, fields] of FIELDS) {
      for (const field of fields) this.by.set(`${table}.${field}`, new Map());
      const place = new Map<string, number>();
      this.place.set(table, place);
      const rows = doc[table] as Record<string, Row>;
      for (const key in rows) {
        place.set(key, this.next++);
        this.add(table, fields, key, rows[key]!);
      }
    }
  }

  /**
   * The rows of `table` whose `field` refers to one of `ids`, in the table's key order (the order
   * a `for … in` over the table meets them).
   */
  referrers(table: TableName, field: string, ids: Iterable<string>): string[] {
    const byTarget = this.by.get(`${table}.${field}`);
    if (!byTarget) return [];
    const found = new Set<string>();
    for (const id of ids) for (const key of byTarget.get(id) ?? []) found.add(key);
    const place = this.place.get(table)!;
    return [...found].sort((a, b) => place.get(a)! - place.get(b)!);
  }

  /**
   * Records that the row at `key` of `table` went from `before` to `after` (undefined: absent),
   * exactly as the table object itself changed: a new key goes to the end of the key order, a
   * replaced row keeps its place.
   */
  update(table: TableName, key: string, before: Row | undefined, after: Row | undefined): void {
    const fields = FIELDS.get(table);
    if (!fields) return;
    if (before) this.remove(table, fields, key, before);
    if (after) this.add(table, fields, key, after);
    const place = this.place.get(table)!;
    if (!after) place.delete(key);
    else if (!before) place.set(key, this.next++);
  }

  private add(table: TableName, fields: readonly string[], key: string, row: Row): void {
    for (const field of fields) {
      const byTarget = this.by.get(`${table}.${field}`)!;
      for (const t of targetsOf(row[field])) {
        if (typeof t !== 'string') continue;
        const set = byTarget.get(t);
        if (set) set.add(key);
        else byTarget.set(t, new Set([key]));
      }
    }
  }

  private remove(table: TableName, fields: readonly string[], key: string, row: Row): void {
    for (const field of fields) {
      const byTarget = this.by.get(`${table}.${field}`)!;
      for (const t of targetsOf(row[field])) {
        if (typeof t !== 'string') continue;
        const set = byTarget.get(t);
        if (!set) continue;
        set.delete(key);
        if (set.size === 0) byTarget.delete(t);
      }
    }
  }
}
