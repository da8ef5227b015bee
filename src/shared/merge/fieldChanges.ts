/**
 * Which fields an edit changed, as a copy records them (docs/merge.md): every field of an
 * existing row (or of the project) whose value the edit replaced, stamped with the edit's time.
 * A new row records nothing (its `createdAt` says it is new); bookkeeping fields never count.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { TABLE_NAMES, type ChangeRecords, type FieldChange } from '../model/entities.ts';
import { equalValues } from './equalValues.ts';

/** Fields that are the row's own bookkeeping, never a change of content. */
export const BOOKKEEPING_FIELDS: ReadonlySet<string> = new Set(['id', 'createdAt', 'updatedAt', 'trackedSince']);

/** The field changes of putting `after` where `before` was (none when there was no row). */
export function changedFields(before: object | undefined, after: object, at: string): FieldChange[] {
  if (!before) return [];
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown> & { id: string };
  const out: FieldChange[] = [];
  for (const field of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (!BOOKKEEPING_FIELDS.has(field) && !equalValues(b[field], a[field])) out.push({ id: a.id, field, changedAt: at });
  }
  return out;
}

/**
 * `records` plus what turning `before` into `after` changed, stamped `at`, as a working copy would
 * have recorded it edit by edit: every row of `before` that `after` lacks is deleted, every field
 * of a kept row (and of the project) that differs is changed. A row put back loses its deletion.
 */
export function recordChanges(before: ProjectDoc, after: ProjectDoc, records: ChangeRecords, at: string): ChangeRecords {
  const fields = new Map(records.fieldChanges.map((f) => [`${f.id}/${f.field}`, f]));
  const deletions = new Map(records.deletions.map((d) => [d.id, d]));
  const note = (f: FieldChange) => fields.set(`${f.id}/${f.field}`, f);
  for (const f of changedFields(before.project, after.project, at)) note(f);
  for (const t of TABLE_NAMES) {
    const now = after[t] as Record<string, object>;
    for (const [id, row] of Object.entries(before[t] as Record<string, object>)) {
      const kept = now[id];
      if (kept) for (const f of changedFields(row, kept, at)) note(f);
      else deletions.set(id, { id, kind: t, deletedAt: at });
    }
    for (const id of Object.keys(now)) deletions.delete(id);
  }
  // A deleted row's field records go with it, as in the working copy.
  return { deletions: [...deletions.values()], fieldChanges: [...fields.values()].filter((f) => !deletions.has(f.id)) };
}
