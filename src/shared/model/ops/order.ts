/**
 * Sibling order. Orders are kept dense (0, 1, 2, …) within each group of siblings — the lines of
 * one risk, the placements on one path, the escalation factors under one placement, the themes of
 * one field, all risks. Ties (only possible in imported files) are broken by id, so the order is
 * always deterministic. Only rows whose order actually changes are written, which keeps the
 * change set of an edit small.
 */
import { editableWhere } from './read.ts';

interface Ordered {
  id: string;
  order: number;
  updatedAt: string;
}

/** Compares by order, then id: the one sort used everywhere for siblings. */
export function byOrder(a: { id: string; order: number }, b: { id: string; order: number }): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The rows of `table` that satisfy `pick`, sorted by order. */
export function siblings<R extends Ordered>(table: Record<string, R>, pick: (row: R) => boolean): R[] {
  return editableWhere(table, pick).sort(byOrder);
}

/**
 * Puts `row` at `index` among `others` (which must not contain it; `index` past the end means
 * last) and renumbers the group densely. Rows whose order changes get `at` as updatedAt.
 */
export function placeAt<R extends Ordered>(others: readonly R[], row: R, index: number | undefined, at: string): boolean {
  const list = others.filter((r) => r.id !== row.id);
  const i = index === undefined ? list.length : Math.min(index, list.length);
  list.splice(i, 0, row);
  return renumber(list, at);
}

/** Renumbers a sorted group densely from 0; returns whether any row changed. */
export function renumber<R extends Ordered>(list: readonly R[], at: string): boolean {
  let changed = false;
  list.forEach((r, i) => {
    if (r.order !== i) {
      r.order = i;
      r.updatedAt = at;
      changed = true;
    }
  });
  return changed;
}
