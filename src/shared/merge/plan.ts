/**
 * The three-way plan of a merge (docs/merge.md): for every entity of either copy, what happened
 * to it on each side since the copies parted and what the merge does with it. A copy's records
 * (its deletions and the fields it changed, kept since `trackedSince`) say what it did; a copy
 * without records since the parting is judged by the stamps every row carries (`createdAt`,
 * `updatedAt`), and then, where both sides touched one entity, every field that differs is a
 * conflict — a change is never dropped without a question.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { TABLE_NAMES, type TableName } from '../model/entities.ts';
import type { ChangeRecords } from '../model/entities.ts';
import { equalValues } from './equalValues.ts';
import { BOOKKEEPING_FIELDS } from './fieldChanges.ts';
import { refsOf } from './refs.ts';
import type { EntityTable, Side } from './types.ts';

export type Row = Record<string, unknown> & { id: string; createdAt: string; updatedAt: string };


export type Outcome =
  /** Present on both sides with the same content. */
  | { kind: 'same' }
  /** Present on both; only `side` changed it (or only its content differs): take that side's row. */
  | { kind: 'take'; side: Side }
  /**
   * Present on both, changed on both: `taken` fields come from the one side that changed them;
   * `fields` changed on both (or, by the records, on neither) conflict.
   */
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

function differingFields(m: Row, t: Row): string[] {
  const keys = new Set([...Object.keys(m), ...Object.keys(t)]);
  return [...keys].filter((k) => !BOOKKEEPING_FIELDS.has(k) && !equalValues(m[k], t[k])).sort();
}

/**
 * What a copy knows of its own changes: whether it recorded every one since the parting, when it
 * deleted each recorded row, and when it last changed each recorded field (by `id/field`).
 */
export interface ChangeLog {
  complete: boolean;
  deletedAt: ReadonlyMap<string, string>;
  changedAt: ReadonlyMap<string, string>;
}

export function changeLog(doc: ProjectDoc, records: ChangeRecords | undefined, parting: string | null): ChangeLog {
  const since = doc.project.trackedSince;
  const complete = records !== undefined && parting !== null && since !== '' && since <= parting;
  return {
    complete,
    deletedAt: new Map((records?.deletions ?? []).map((d) => [d.id, d.deletedAt])),
    changedAt: new Map((records?.fieldChanges ?? []).map((f) => [`${f.id}/${f.field}`, f.changedAt])),
  };
}

/**
 * Whether `side` changed field `f` of `row` since the parting: by its record when its records
 * are complete, else by the row's own stamp (then any field of a changed row counts as changed).
 */
function changedField(row: Row, f: string, log: ChangeLog, at: string | null): boolean {
  if (at === null) return true;
  if (log.complete) return (log.changedAt.get(`${row.id}/${f}`) ?? '') > at;
  return row.updatedAt > at;
}

/**
 * Two versions of one entity: each differing field is taken from the side that alone changed it;
 * a field both changed, or neither (by their records), is a conflict.
 */
function decideBoth(m: Row, t: Row, at: string | null, logs: Record<Side, ChangeLog>): { differing: string[]; outcome: Outcome } {
  const differing = differingFields(m, t);
  if (differing.length === 0) return { differing, outcome: { kind: 'same' } };
  const conflicting: string[] = [];
  const taken: Record<string, Side> = {};
  for (const f of differing) {
    const mc = changedField(m, f, logs.mine, at);
    const tc = changedField(t, f, logs.theirs, at);
    if (mc === tc) conflicting.push(f);
    else taken[f] = mc ? 'mine' : 'theirs';
  }
  const sides = new Set(Object.values(taken));
  if (conflicting.length === 0 && sides.size === 1) return { differing, outcome: { kind: 'take', side: [...sides][0]! } };
  return { differing, outcome: { kind: 'fields', fields: conflicting, taken } };
}

function decide(m: Row | undefined, t: Row | undefined, at: string | null, logs: Record<Side, ChangeLog>): { differing: string[]; outcome: Outcome } {
  if (m && t) return decideBoth(m, t, at, logs);
  const changed = (r: Row) => at === null || r.updatedAt > at;
  const created = (r: Row) => at === null || r.createdAt > at;
  const [side, row] = m ? (['mine', m] as const) : (['theirs', t!] as const);
  const log = logs[other(side)];
  // The other copy recorded every deletion since the parting: it deleted the row only if it says so.
  const deletedThere = log.complete ? (log.deletedAt.get(row.id) ?? '') > at! : !created(row);
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
export function planMerge(mine: ProjectDoc, theirs: ProjectDoc, at: string | null, logs: Record<Side, ChangeLog>): Map<string, Decision> {
  const plan = new Map<string, Decision>();
  const pm = mine.project as unknown as Row;
  const pt = theirs.project as unknown as Row;
  plan.set('project', { table: 'project', id: 'project', mine: pm, theirs: pt, ...decideBoth(pm, pt, at, logs) });
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

export const isTable = (t: EntityTable): t is TableName => t !== 'project';
