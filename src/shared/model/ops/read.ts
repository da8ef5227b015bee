/**
 * Reading rows inside an operation without paying for immer drafts.
 *
 * Operations run on immer drafts in the renderer. Reading `Object.values(draft.placements)`
 * goes through a proxy trap per row and creates a draft for every row it touches: milliseconds
 * per scan on a 15 000-entity project, and hundreds of milliseconds for a cascade that scans
 * repeatedly. Scans therefore read the draft's *current plain object* — the same values the
 * proxy would return (untouched rows as they were, touched rows as their drafts) — and only the
 * rows an operation edits are fetched through the table (`table[id]`), which drafts just those.
 *
 * immer exposes a draft's state under the registered symbol `Symbol.for('immer-state')`, with
 * the current object in `copy_` (after the first write) or `base_`. If a future immer changed
 * that, `current()` falls back to the draft itself: slower, still correct. src/shared does not
 * import immer, and on a plain document all of this is an ordinary property read.
 *
 * Rule: never mutate a row obtained from `rowsOf`/`peek`; fetch it by id to edit it.
 */

const DRAFT_STATE = Symbol.for('immer-state');

interface DraftState {
  copy_?: unknown;
  base_?: unknown;
}

/** The current plain object behind a (possibly drafted) table. */
function current<R>(table: Record<string, R>): Record<string, R> {
  const state = (table as unknown as Record<symbol, DraftState | undefined>)[DRAFT_STATE];
  if (state && typeof state === 'object') {
    const latest = state.copy_ ?? state.base_;
    if (latest && typeof latest === 'object') return latest as Record<string, R>;
  }
  return table;
}

/** Current rows of a table, for reading only. */
export function rowsOf<R>(table: Record<string, R>): R[] {
  return Object.values(current(table));
}

/** The current row `id` of a table, for reading only. */
export function peek<R>(table: Record<string, R>, id: string): R | undefined {
  const t = current(table);
  return Object.hasOwn(t, id) ? t[id] : undefined;
}

/** The rows matching `pick`, fetched for editing (drafted inside immer). */
export function editableWhere<R extends { id: string }>(table: Record<string, R>, pick: (row: R) => boolean): R[] {
  const out: R[] = [];
  for (const row of rowsOf(table)) if (pick(row)) out.push(table[row.id]!);
  return out;
}

/** Whether any row matches `pick`. */
export function some<R>(table: Record<string, R>, pick: (row: R) => boolean): boolean {
  for (const row of rowsOf(table)) if (pick(row)) return true;
  return false;
}
