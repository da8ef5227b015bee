/**
 * Merge two copies of one project (docs/merge.md): every change made on one side only is taken,
 * every conflict is decided by `choices` (or stays open), rows whose target the merge removed are
 * repaired or dropped (siblings that share an order, two rows both sides added at one place, keep
 * the one sibling order: order, then id), and the result must pass the whole
 * document check. Pure: the caller writes the file or applies the result as one edit.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { emptyTables } from '../model/doc.ts';
import { TABLE_NAMES, type ChangeRecords, type Deletion, type FieldChange, type Project, type TableName } from '../model/entities.ts';
import { validateDoc, type Problem } from '../model/integrity.ts';
import { conflictKey, conflictsOf, preparePlan } from './compare.ts';
import { Describer } from './describe.ts';
import { lastSave, unionHistory } from './parting.ts';
import { isTable, type Decision, type Row } from './plan.ts';
import { refsOf, repairDoc } from './refs.ts';
import type { Choices, Conflict, Copy, MergeResult, Side } from './types.ts';

const later = (a: string, b: string) => (a >= b ? a : b);
const earlier = (a: string, b: string) => (a <= b ? a : b);

/** One row from a decision; null when the merge leaves it out. */
function rowOf(d: Decision, choices: Choices, open: Omit<Conflict, 'riskId' | 'label'>[], taken: Record<Side, number>): Row | null {
  const o = d.outcome;
  const m = d.mine;
  const t = d.theirs;
  switch (o.kind) {
    case 'same':
      return { ...m!, createdAt: earlier(m!.createdAt, t!.createdAt), updatedAt: later(m!.updatedAt, t!.updatedAt) };
    case 'take':
      taken[o.side]++;
      return o.side === 'mine' ? m! : t!;
    case 'added':
      taken[o.side]++;
      return o.side === 'mine' ? m! : t!;
    case 'removed':
      taken[o.side]++;
      return null;
    case 'fields': {
      const out: Row = { ...m!, createdAt: earlier(m!.createdAt, t!.createdAt), updatedAt: later(m!.updatedAt, t!.updatedAt) };
      for (const f of d.differing) {
        const side = o.taken[f] ?? choices[conflictKey(d.table, d.id, f)];
        if (o.taken[f]) taken[o.taken[f]]++;
        if (side === 'theirs') out[f] = t![f];
      }
      for (const c of conflictsOf(d)) if (!choices[c.key]) open.push(c);
      return out;
    }
    case 'editDelete': {
      const choice = choices[conflictKey(d.table, d.id, null)];
      if (!choice) open.push(...conflictsOf(d));
      // Until decided, the preview keeps the work (the deletion is the one that can be redone).
      return choice === o.side ? null : (m ?? t!);
    }
  }
}

/**
 * Rows deleted by one side that a kept edit/delete choice brings back with it: what points at a
 * restored row (the lines and placements of a restored risk) and what a restored row points at.
 */
function restoreWith(plan: Map<string, Decision>, kept: Map<string, Row>, seeds: readonly string[]): void {
  const removed = [...plan.values()].filter((d) => d.outcome.kind === 'removed' && !kept.has(d.id));
  const restored = new Set(seeds);
  const bring = (d: Decision) => {
    kept.set(d.id, (d.mine ?? d.theirs)!);
    restored.add(d.id);
  };
  for (let grew = seeds.length > 0; grew; ) {
    grew = false;
    for (const d of removed) {
      if (kept.has(d.id) || !isTable(d.table)) continue;
      const row = (d.mine ?? d.theirs)!;
      if (refsOf(d.table, row).some((r) => restored.has(r))) {
        bring(d);
        grew = true;
      }
    }
    for (const id of [...restored]) {
      const d = plan.get(id)!;
      if (!isTable(d.table)) continue;
      for (const ref of refsOf(d.table, kept.get(id)!)) {
        const target = plan.get(ref);
        if (target && target.outcome.kind === 'removed' && !kept.has(ref)) {
          bring(target);
          grew = true;
        }
      }
    }
  }
}

export interface MergeOutcome extends MergeResult {
  /** Whole-document problems left after the repair; a merge with any is refused by the caller. */
  problems: Problem[];
}

/**
 * Merges `theirs` into `mine`. `at` stamps what the merge itself changes (repaired references),
 * so a later merge sees those rows as changed by this side.
 */
export function mergeCopies(mine: Copy, theirs: Copy, choices: Choices, at: string): MergeOutcome {
  const { plan, mine: m, theirs: t } = preparePlan(mine, theirs);
  const open: Omit<Conflict, 'riskId' | 'label'>[] = [];
  const taken = { mine: 0, theirs: 0 };
  const kept = new Map<string, Row>();
  const seeds: string[] = [];
  let project: Row | null = null;
  for (const d of plan.values()) {
    const row = rowOf(d, choices, open, taken);
    if (d.table === 'project') project = row;
    else if (row) {
      kept.set(d.id, row);
      if (d.outcome.kind === 'editDelete' && choices[conflictKey(d.table, d.id, null)]) seeds.push(d.id);
    }
  }
  restoreWith(plan, kept, seeds);
  const doc = { ...emptyTables(), project: { ...(project as unknown as Project), ...bookkeeping(m.project, t.project, at) } } as ProjectDoc;
  for (const [id, row] of kept) (doc[plan.get(id)!.table as TableName] as Record<string, Row>)[id] = row;
  const dropped = repairDoc(doc, at);
  const names = new Describer([m, t]);
  return {
    doc,
    history: unionHistory(mine.history, theirs.history),
    parents: { mine: lastSave(mine.history)?.id ?? null, theirs: lastSave(theirs.history)?.id ?? null },
    open: open.map((c) => ({ ...c, riskId: names.riskOf(c.table, c.id), label: names.labelOf(c.table, c.id) })),
    taken,
    dropped,
    records: mergedRecords(doc, mine.records, theirs.records, dropped.map((d) => ({ id: d.id, kind: d.table, deletedAt: at }))),
    problems: validateDoc(doc),
  };
}

/**
 * The merged project's own bookkeeping: changes recorded from when both copies recorded them
 * (from the merge on when one of them did not).
 */
function bookkeeping(a: Project, b: Project, at: string): Pick<Project, 'trackedSince'> {
  return { trackedSince: a.trackedSince !== '' && b.trackedSince !== '' ? later(a.trackedSince, b.trackedSince) : at };
}

/** The newest record per key. */
function newest<T>(all: readonly T[], key: (r: T) => string, time: (r: T) => string): T[] {
  const out = new Map<string, T>();
  for (const r of all) {
    const known = out.get(key(r));
    if (!known || time(r) > time(known)) out.set(key(r), r);
  }
  return [...out.entries()].sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)).map(([, r]) => r);
}

/** Both copies' deletions of rows the merged document does not hold, and field changes of the rows (and project) it does. */
function mergedRecords(doc: ProjectDoc, a: ChangeRecords | undefined, b: ChangeRecords | undefined, dropped: readonly Deletion[]): ChangeRecords {
  const present = (id: string) => id === doc.project.id || TABLE_NAMES.some((t) => Object.hasOwn(doc[t], id));
  const deletions = newest([...(a?.deletions ?? []), ...(b?.deletions ?? []), ...dropped], (d) => d.id, (d) => d.deletedAt).filter((d) => !present(d.id));
  const fields = newest<FieldChange>([...(a?.fieldChanges ?? []), ...(b?.fieldChanges ?? [])], (f) => `${f.id}/${f.field}`, (f) => f.changedAt).filter((f) => present(f.id));
  return { deletions, fieldChanges: fields };
}
