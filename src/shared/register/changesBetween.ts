/**
 * The whole-entity changes that turn `before` into `after`: what a host without immer (the CLI)
 * sends to a working copy after running operations on a copy of the document.
 */
import { TABLE_NAMES } from '../model/entities.ts';
import type { Change, ProjectDoc } from '../model/doc.ts';

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

export function changesBetween(before: ProjectDoc, after: ProjectDoc): Change[] {
  const out: Change[] = [];
  if (!same(before.project, after.project)) out.push({ op: 'project', value: after.project });
  for (const table of TABLE_NAMES) {
    const a = before[table] as Record<string, { id: string }>;
    const b = after[table] as Record<string, { id: string }>;
    for (const [id, row] of Object.entries(b)) if (!Object.hasOwn(a, id) || !same(a[id], row)) out.push({ op: 'put', table, value: row });
    for (const id of Object.keys(a)) if (!Object.hasOwn(b, id)) out.push({ op: 'delete', table, id });
  }
  return out;
}
