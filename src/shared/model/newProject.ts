/** A new, empty project with the default taxonomy, scales and partners. */
import { defaultAdviceRule } from './adviceRuleSchema.ts';
import { DEFAULT_PARTNERS } from '../partners/defaults.ts';
import { defaultScales } from '../scales/defaults.ts';
import { KERNBELEID } from '../taxonomy/kernbeleid.ts';
import { emptyTables, type ProjectDoc } from './doc.ts';
import type { Theme } from './entities.ts';
import { freshId as newId, now as nowIso } from './ops/stamp.ts';

/**
 * A new project: the Kernbeleid Veiligheid fields and themes (order dense within each group), the
 * default scales and, unless `partners` is false, the default partner list.
 */
export function newProjectDoc(opts: { title: string; municipality?: string; period?: string; partners?: boolean }): ProjectDoc {
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
      municipalityCode: null,
      organisation: '',
      author: '',
      version: '',
      status: 'draft',
      adviceRule: defaultAdviceRule(),
      trackedSince: now,
    },
    ...emptyTables(),
  };
  const fieldIds = new Map<string, string>();
  const counts = new Map<string, number>();
  for (const entry of KERNBELEID) {
    const id = newId();
    if (!entry.field) fieldIds.set(entry.code, id);
    const group = entry.field ?? '';
    const order = counts.get(group) ?? 0;
    counts.set(group, order + 1);
    const theme: Theme = { id, createdAt: now, updatedAt: now, code: entry.code, parentId: entry.field ? fieldIds.get(entry.field)! : null, label: entry.label, order };
    doc.themes[id] = theme;
  }
  if (opts.partners !== false) {
    for (const p of DEFAULT_PARTNERS) {
      const id = newId();
      doc.partners[id] = { id, createdAt: now, updatedAt: now, name: p.name, kind: p.kind, domain: p.domain, role: p.role };
    }
  }
  return doc;
}
