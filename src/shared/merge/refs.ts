/**
 * The references between rows, read from the one table of them (`REFERRERS` in integrity.ts):
 * which ids a row points at, and how to repair a row whose target is gone — an id in a list or
 * an optional reference is dropped (as the delete operations do), a row whose required reference
 * is gone goes itself. Ids are unique across tables, so a reference is followed by id alone.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { REFERRERS } from '../model/integrity.ts';
import { TABLE_NAMES, type TableName } from '../model/entities.ts';

/** Reference fields per table (inverted from REFERRERS, each field once). */
const FIELDS: Record<TableName, string[]> = (() => {
  const out = Object.fromEntries(TABLE_NAMES.map((t) => [t, [] as string[]])) as Record<TableName, string[]>;
  for (const list of Object.values(REFERRERS)) for (const { table, field } of list ?? []) if (!out[table].includes(field)) out[table].push(field);
  return out;
})();

/** References that may be empty: a missing target makes them null, not the row invalid. */
const OPTIONAL = new Set(['risks.themeId', 'measures.ownerId', 'themes.parentId', 'areas.parentId', 'evidenceSeries.riskId']);

type Row = Record<string, unknown> & { id: string };

function idsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (!Array.isArray(value)) return [];
  return value.flatMap((v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' && typeof (v as { partnerId?: unknown }).partnerId === 'string' ? [(v as { partnerId: string }).partnerId] : []));
}

/** Every id `row` of `table` points at. */
export function refsOf(table: TableName, row: Row): string[] {
  return FIELDS[table].flatMap((f) => idsIn(row[f]));
}

/**
 * Repairs `row` against the ids that exist: returns the row unchanged, a copy with the dangling
 * optional references cleared (stamped `at`), or null when a required reference is gone.
 */
export function repairRow(table: TableName, row: Row, exists: (id: string) => boolean, at: string): Row | null {
  let out: Row | null = null;
  for (const f of FIELDS[table]) {
    const v = row[f];
    if (typeof v === 'string') {
      if (exists(v)) continue;
      if (!OPTIONAL.has(`${table}.${f}`)) return null;
      out = { ...(out ?? row), [f]: null, updatedAt: at };
    } else if (Array.isArray(v)) {
      const kept = v.filter((x) => idsIn([x]).every(exists));
      if (kept.length !== v.length) out = { ...(out ?? row), [f]: kept, updatedAt: at };
    }
  }
  return out ?? row;
}

/** Drops and repairs rows of `doc` (in place) until every reference resolves; returns what went. */
export function repairDoc(doc: ProjectDoc, at: string): { table: TableName; id: string }[] {
  const dropped: { table: TableName; id: string }[] = [];
  const all = new Set<string>();
  for (const t of TABLE_NAMES) for (const id in doc[t]) all.add(id);
  for (let changed = true; changed; ) {
    changed = false;
    for (const t of TABLE_NAMES) {
      const rows = doc[t] as Record<string, Row>;
      for (const id of Object.keys(rows)) {
        const fixed = repairRow(t, rows[id]!, (x) => all.has(x), at);
        if (fixed === rows[id]) continue;
        changed = true;
        if (fixed === null) {
          delete rows[id];
          all.delete(id);
          dropped.push({ table: t, id });
        } else rows[id] = fixed;
      }
    }
  }
  return dropped;
}
