/**
 * The three-way plan of a merge (docs/merge.md): for every entity of either copy, what happened
 * to it on each side since the copies parted and what the merge does with it. Changes are read
 * from the stamps every row carries (`createdAt`, `updatedAt`) against the parting time; the
 * value at the parting is in neither file, so where both sides touched one entity every field
 * that differs is a conflict — a change is never dropped without a question.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { TABLE_NAMES, type TableName } from '../model/entities.ts';
import { refsOf } from './refs.ts';
import type { EntityTable, Side } from './types.ts';

export type Row = Record<string, unknown> & { id: string; createdAt: string; updatedAt: string };

/** Bookkeeping fields: never compared, never a conflict. */
const STAMP_FIELDS = new Set(['id', 'createdAt', 'updatedAt']);
/** The project's own bookkeeping of changes; the merge computes the merged values. */
const PROJECT_BOOKKEEPING = new Set(['fieldStamps', 'deletionsSince']);

export type Outcome =
  /** Present on both sides with the same content. */
  | { kind: 'same' }
  /** Present on both; only `side` changed it (or only its content differs): take that side's row. */
  | { kind: 'take'; side: Side }
  /** Present on both, changed on both (or on neither, with a clock behind): these fields conflict. */
  | { kind: 'fields'; fields: string[]; taken: Readonly<Record<string, Side>> }
  /** Present on `side` only, created there after the parting. */
  | { kind: 'added'; side: Side }
  /** Present on one side only: `side` deleted it, the other left it untouched. */
  | { kind: 'removed'; side: Side }
  /** Deleted by `side`, edited by the other (or something the other added or changed needs it). */
  | { kind: 'editDelete'; side: Side };

export interface Decision {
  table: EntityTable;
  id: string;
  mine: Row | undefined;
  theirs: Row | undefined;
  /** Fields whose values differ (both present). */
  differing: string[];
  outcome: Outcome;
}

const other = (s: Side): Side => (s === 'mine' ? 'theirs' : 'mine');

export function equalValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((v, i) => equalValues(v, bb[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && equalValues((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

function differingFields(m: Row, t: Row): string[] {
  const keys = new Set([...Object.keys(m), ...Object.keys(t)]);
  return [...keys].filter((k) => !STAMP_FIELDS.has(k) && !equalValues(m[k], t[k])).sort();
}

/**
 * What a copy knows of its deletions: whether it recorded every one since the parting, and when
 * it deleted each recorded row.
 */
export interface DeletionLog {
  complete: boolean;
  at: ReadonlyMap<string, string>;
}

export function deletionLog(doc: ProjectDoc, deletions: readonly { id: string; deletedAt: string }[] | undefined, parting: string | null): DeletionLog {
  const since = doc.project.deletionsSince;
  const complete = deletions !== undefined && parting !== null && since !== '' && since <= parting;
  return { complete, at: new Map((deletions ?? []).map((d) => [d.id, d.deletedAt])) };
}

function decide(m: Row | undefined, t: Row | undefined, at: string | null, logs: Record<Side, DeletionLog>): { differing: string[]; outcome: Outcome } {
  const changed = (r: Row) => at === null || r.updatedAt > at;
  const created = (r: Row) => at === null || r.createdAt > at;
  if (m && t) {
    const differing = differingFields(m, t);
    if (differing.length === 0) return { differing, outcome: { kind: 'same' } };
    const mc = changed(m);
    const tc = changed(t);
    if (mc && !tc) return { differing, outcome: { kind: 'take', side: 'mine' } };
    if (tc && !mc) return { differing, outcome: { kind: 'take', side: 'theirs' } };
    return { differing, outcome: { kind: 'fields', fields: differing, taken: {} } };
  }
  const [side, row] = m ? (['mine', m] as const) : (['theirs', t!] as const);
  const log = logs[other(side)];
  // The other copy recorded every deletion since the parting: it deleted the row only if it says so.
  const deletedThere = log.complete ? (log.at.get(row.id) ?? '') > at! : !created(row);
  if (!deletedThere) return { differing: [], outcome: { kind: 'added', side } };
  if (changed(row)) return { differing: [], outcome: { kind: 'editDelete', side: other(side) } };
  return { differing: [], outcome: { kind: 'removed', side: other(side) } };
}

/** The side whose work a kept row carries, if any: something it added or changed. */
function keptBy(o: Outcome): Side | 'both' | null {
  if (o.kind === 'take' || o.kind === 'added') return o.side;
  if (o.kind === 'fields') return 'both';
  return null;
}

/**
 * Plans the merge of two documents of one project that parted at `at`. A removal that takes
 * away what the other side's work points at (theirs deleted a risk, mine added a cause to it)
 * becomes an edit/delete conflict, so neither the deletion nor the work is lost unasked.
 */
export function planMerge(mine: ProjectDoc, theirs: ProjectDoc, at: string | null, logs: Record<Side, DeletionLog>): Map<string, Decision> {
  const plan = new Map<string, Decision>();
  const pm = mine.project as unknown as Row;
  const pt = theirs.project as unknown as Row;
  plan.set('project', { table: 'project', id: 'project', mine: pm, theirs: pt, ...decideProject(pm, pt, at) });
  for (const table of TABLE_NAMES) {
    const m = mine[table] as unknown as Record<string, Row>;
    const t = theirs[table] as unknown as Record<string, Row>;
    for (const id of new Set([...Object.keys(m), ...Object.keys(t)])) plan.set(id, { table, id, mine: m[id], theirs: t[id], ...decide(m[id], t[id], at, logs) });
  }
  for (const d of plan.values()) {
    if (d.table === 'project') continue;
    const by = keptBy(d.outcome);
    if (by === null) continue;
    for (const side of by === 'both' ? (['mine', 'theirs'] as const) : [by]) {
      const row = side === 'mine' ? d.mine : d.theirs;
      if (!row) continue;
      for (const ref of refsOf(d.table, row)) {
        const target = plan.get(ref);
        if (target && target.outcome.kind === 'removed' && target.outcome.side !== side) target.outcome = { kind: 'editDelete', side: target.outcome.side };
      }
    }
  }
  return plan;
}

/**
 * The project singleton is stamped on every edit of the project (its "last edited"), so its
 * fields are judged by their own stamps (`fieldStamps`, set by `updateProject`): a field changed
 * on one side only is taken from it; a differing field without any stamp after the parting, or
 * with one on both sides, is a conflict.
 */
function decideProject(m: Row, t: Row, at: string | null): { differing: string[]; outcome: Outcome } {
  const differing = differingFields(m, t).filter((f) => !PROJECT_BOOKKEEPING.has(f));
  if (differing.length === 0) return { differing, outcome: { kind: 'same' } };
  const stampOf = (r: Row, f: string) => ((r['fieldStamps'] as Record<string, string> | undefined) ?? {})[f] ?? '';
  const after = (s: string) => s !== '' && (at === null || s > at);
  const sides = differing.map((f) => [after(stampOf(m, f)), after(stampOf(t, f))] as const);
  if (sides.every(([mc, tc]) => mc && !tc)) return { differing, outcome: { kind: 'take', side: 'mine' } };
  if (sides.every(([mc, tc]) => tc && !mc)) return { differing, outcome: { kind: 'take', side: 'theirs' } };
  const conflicting: string[] = [];
  const taken: Record<string, Side> = {};
  differing.forEach((f, i) => {
    const [mc, tc] = sides[i]!;
    if (mc === tc) conflicting.push(f);
    else taken[f] = mc ? 'mine' : 'theirs';
  });
  return { differing, outcome: { kind: 'fields', fields: conflicting, taken } };
}

export const isTable = (t: EntityTable): t is TableName => t !== 'project';
