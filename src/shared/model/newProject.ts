/** A new, empty project with the default taxonomy and scales. */
import { defaultScales } from '../scales/defaults.ts';
import { KERNBELEID } from '../taxonomy/kernbeleid.ts';
import { emptyTables, type ProjectDoc } from './doc.ts';
import type { Theme } from './entities.ts';
import { freshId as newId, now as nowIso } from './ops/stamp.ts';

export function newProjectDoc(opts: { title: string; municipality?: string; period?: string }): ProjectDoc {
  const now = nowIso();
  const doc: ProjectDoc = {
    project: {
      id: newId(),
      documentId: newId(),
      createdAt: now,
      updatedAt: now,
      title: opts.title,
      municipality: opts.municipality ?? '',
      period: opts.period ?? '',
      language: 'nl',
      confidentiality: 'internal',
      scales: defaultScales(),
      description: '',
    },
    ...emptyTables(),
  };
  const fieldIds = new Map<string, string>();
  KERNBELEID.forEach((entry, i) => {
    const id = newId();
    if (!entry.field) fieldIds.set(entry.code, id);
    const theme: Theme = { id, createdAt: now, updatedAt: now, code: entry.code, parentId: entry.field ? fieldIds.get(entry.field)! : null, label: entry.label, order: i };
    doc.themes[id] = theme;
  });
  return doc;
}
