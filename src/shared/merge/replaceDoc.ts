/**
 * Turns a document into another one in place, row by row: what the other lacks is deleted, what
 * differs is put, what is equal is left alone. Used on an immer draft, so that applying a merged
 * document is one edit whose patches (and undo) name exactly the rows that changed.
 */
import { TABLE_NAMES } from '../model/entities.ts';
import type { ProjectDoc } from '../model/doc.ts';
import { equalValues } from './equalValues.ts';

/** Makes `target` equal to `next`; returns how many rows (and the project) it changed. */
export function replaceDoc(target: ProjectDoc, next: ProjectDoc): number {
  let changed = 0;
  if (!equalValues(target.project, next.project)) {
    target.project = next.project;
    changed++;
  }
  for (const name of TABLE_NAMES) {
    const have = target[name] as Record<string, unknown>;
    const want = next[name] as Record<string, unknown>;
    for (const id of Object.keys(have)) {
      if (Object.hasOwn(want, id)) continue;
      delete have[id];
      changed++;
    }
    for (const [id, row] of Object.entries(want)) {
      if (Object.hasOwn(have, id) && equalValues(have[id], row)) continue;
      have[id] = row;
      changed++;
    }
  }
  return changed;
}
