/**
 * Compare two copies of one project: the differences since they parted, grouped by risk, and
 * the conflicts a merge must ask about. Refuses two different projects (`merge.otherDocument`).
 */
import { ApiError } from '../api/errors.ts';
import type { ProjectDoc } from '../model/doc.ts';
import { alignNaturalKeys } from './align.ts';
import { Describer } from './describe.ts';
import { partingOf } from './parting.ts';
import { changeLog, planMerge, type Decision } from './plan.ts';
import type { Comparison, Conflict, Copy, EntityDiff, FieldDiff } from './types.ts';

const MOVE_FIELDS = new Set(['order', 'pathId', 'pathKind']);

/** The conflict key of one field, or of a whole entity (edit/delete). */
export function conflictKey(table: string, id: string, field: string | null): string {
  return field === null ? `${table}/${id}` : `${table}/${id}/${field}`;
}

/** Throws the Dutch refusal for two files that are not copies of one project. */
export function assertSameProject(mine: ProjectDoc, theirs: ProjectDoc): void {
  if (mine.project.documentId !== theirs.project.documentId) throw new ApiError('merge.otherDocument', { mine: mine.project.title, theirs: theirs.project.title });
}

/** What the comparison needs of a plan, shared with the merge. */
export function preparePlan(mine: Copy, theirs: Copy) {
  assertSameProject(mine.doc, theirs.doc);
  const parting = partingOf(mine.history, theirs.history);
  const [m, t] = alignNaturalKeys(mine.doc, theirs.doc);
  const logs = { mine: changeLog(m, mine.records, parting.at), theirs: changeLog(t, theirs.records, parting.at) };
  return { parting, mine: m, theirs: t, plan: planMerge(m, t, parting.at, logs) };
}

export function compareCopies(mine: Copy, theirs: Copy): Comparison {
  const { parting, mine: m, theirs: t, plan } = preparePlan(mine, theirs);
  const names = new Describer([m, t]);
  const diffs: EntityDiff[] = [];
  const conflicts: Conflict[] = [];
  for (const d of plan.values()) {
    const diff = diffOf(d);
    if (!diff) continue;
    const riskId = names.riskOf(d.table, d.id);
    const label = names.labelOf(d.table, d.id);
    diffs.push({ ...diff, table: d.table, id: d.id, riskId, label, mineAt: d.mine?.updatedAt ?? null, theirsAt: d.theirs?.updatedAt ?? null });
    for (const c of conflictsOf(d)) conflicts.push({ ...c, riskId, label });
  }
  return { parting, diffs, conflicts };
}

type DiffCore = Pick<EntityDiff, 'kind' | 'by' | 'fields' | 'conflict'>;

function fieldsOf(d: Decision): FieldDiff[] {
  const o = d.outcome;
  const by = (f: string): FieldDiff['by'] => (o.kind === 'take' ? o.side : o.kind === 'fields' ? (o.taken[f] ?? 'both') : 'both');
  return d.differing.map((field) => ({ field, by: by(field), mine: d.mine?.[field], theirs: d.theirs?.[field] }));
}

function diffOf(d: Decision): DiffCore | null {
  const o = d.outcome;
  switch (o.kind) {
    case 'same':
      return null;
    case 'take':
      return { kind: d.differing.every((f) => MOVE_FIELDS.has(f)) ? 'moved' : 'changed', by: o.side, fields: fieldsOf(d), conflict: false };
    case 'fields':
      return { kind: 'changed', by: 'both', fields: fieldsOf(d), conflict: o.fields.length > 0 };
    case 'added':
      return { kind: 'added', by: o.side, fields: [], conflict: false };
    case 'removed':
      return { kind: 'removed', by: o.side, fields: [], conflict: false };
    case 'editDelete':
      return { kind: 'removed', by: o.side, fields: [], conflict: true };
  }
}

/** The conflicts of one decision, without the names (added by the caller). */
export function conflictsOf(d: Decision): Omit<Conflict, 'riskId' | 'label'>[] {
  const o = d.outcome;
  if (o.kind === 'fields') {
    return o.fields.map((field) => ({ key: conflictKey(d.table, d.id, field), kind: 'field' as const, table: d.table, id: d.id, field, mine: d.mine?.[field], theirs: d.theirs?.[field], deletedBy: null }));
  }
  if (o.kind === 'editDelete') {
    return [{ key: conflictKey(d.table, d.id, null), kind: 'editDelete', table: d.table, id: d.id, field: null, mine: d.mine ?? null, theirs: d.theirs ?? null, deletedBy: o.side }];
  }
  return [];
}
