/**
 * The changes that turn one document into another: a put for every row that is new or differs,
 * a delete for every row that is gone, and the project when it differs. Applying a merge to the
 * open project this way makes it one edit (one undo step), in dependency order so the check of
 * the edit sees no dangling reference on the way.
 */
import type { Change, ProjectDoc } from '../model/doc.ts';
import { TABLE_NAMES } from '../model/entities.ts';
import { equalValues } from './equalValues.ts';

export function changesBetween(before: ProjectDoc, after: ProjectDoc): Change[] {
  const puts: Change[] = [];
  const deletes: Change[] = [];
  if (!equalValues(before.project, after.project)) puts.push({ op: 'project', value: after.project });
  for (const table of TABLE_NAMES) {
    const a = before[table] as Record<string, { id: string }>;
    const b = after[table] as Record<string, { id: string }>;
    for (const [id, row] of Object.entries(b)) if (!equalValues(a[id], row)) puts.push({ op: 'put', table, value: row });
    for (const id of Object.keys(a)) if (!Object.hasOwn(b, id)) deletes.push({ op: 'delete', table, id });
  }
  // Deletes run dependants first (reverse table order), after the puts that may re-point them.
  return [...puts, ...deletes.reverse()];
}
