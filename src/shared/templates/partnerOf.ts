/**
 * Finds the project partner a template's owner names — a default partner key ("police") or a
 * partner name — and adds it from the default list (or as "other") when the project lacks it.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { addPartner } from '../model/ops/partners.ts';
import { rowsOf } from '../model/ops/read.ts';
import { DEFAULT_PARTNERS } from '../partners/defaults.ts';
import { foldLabel } from '../model/sameLabel.ts';

/** Resolves owners to partner ids; remembers what it found or added. */
export function partnerResolver(doc: ProjectDoc): { resolve(owner: string): string; added: number } {
  const byName = new Map<string, string>();
  for (const p of rowsOf(doc.partners).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))) {
    const k = foldLabel(p.name);
    if (!byName.has(k)) byName.set(k, p.id);
  }
  const state = {
    added: 0,
    resolve(owner: string): string {
      const preset = DEFAULT_PARTNERS.find((p) => p.key === owner);
      const name = preset?.name ?? owner;
      const k = foldLabel(name);
      const found = byName.get(k);
      if (found) return found;
      const id = preset ? addPartner(doc, { name, kind: preset.kind, domain: preset.domain, role: preset.role }) : addPartner(doc, { name, kind: 'other' });
      byName.set(k, id);
      state.added++;
      return id;
    },
  };
  return state;
}

/** The default partner key of a partner name, or the name itself (for saving a template). */
export function ownerOf(name: string): string {
  const k = foldLabel(name);
  return DEFAULT_PARTNERS.find((p) => foldLabel(p.name) === k)?.key ?? name;
}
