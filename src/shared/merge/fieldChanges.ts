/**
 * Which fields an edit changed, as a copy records them (docs/merge.md): every field of an
 * existing row (or of the project) whose value the edit replaced, stamped with the edit's time.
 * A new row records nothing (its `createdAt` says it is new); bookkeeping fields never count.
 */
import type { FieldChange } from '../model/entities.ts';
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
