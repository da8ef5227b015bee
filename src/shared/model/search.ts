/**
 * Search over a project: risks by code and title, and causes, consequences, measures,
 * escalation factors, partners and areas by name — every word typed must occur, folded as labels
 * are compared everywhere (sameLabel.ts). The command palette lists the hits to go to; the
 * register's search box keeps a risk when anything in it matches (`riskSearchText`).
 */
import type { ProjectDoc } from './doc.ts';
import { indexDoc, type DocIndex } from './query.ts';
import { foldLabel, queryWords } from './sameLabel.ts';

export const SEARCH_KINDS = ['risk', 'cause', 'consequence', 'measure', 'escalation', 'partner', 'area'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export interface SearchHit {
  kind: SearchKind;
  /** The row found: a risk, a cause/consequence/measure concept, an escalation factor, a partner or an area. */
  id: string;
  label: string;
  /** The first risk (register order) it appears in; null for partners and areas, or an unplaced measure. */
  riskId: string | null;
  /**
   * Where it stands in that risk: the riskCause, riskConsequence, placement or escalation
   * factor id (the bow-tie node to select); null for a risk, partner or area.
   */
  placeId: string | null;
  /** Codes (or titles) of every risk it appears in, register order. */
  riskCodes: string[];
}

interface Candidate {
  kind: SearchKind;
  id: string;
  label: string;
  text: string;
  riskId: string | null;
  placeId: string | null;
  riskIds: readonly string[];
}

function* candidates(doc: ProjectDoc, index: DocIndex): Generator<Candidate> {
  for (const r of index.risks) yield { kind: 'risk', id: r.id, label: `${r.code} ${r.title}`.trim(), text: `${r.code} ${r.title}`, riskId: r.id, placeId: null, riskIds: [r.id] };
  const firstLine = new Map<string, { riskId: string; lineId: string }>();
  for (const r of index.risks) {
    for (const { line, cause } of index.causeLinesByRisk.get(r.id) ?? []) if (!firstLine.has(cause.id)) firstLine.set(cause.id, { riskId: r.id, lineId: line.id });
    for (const { line, consequence } of index.consequenceLinesByRisk.get(r.id) ?? [])
      if (!firstLine.has(consequence.id)) firstLine.set(consequence.id, { riskId: r.id, lineId: line.id });
    for (const p of index.placementsByRisk.get(r.id) ?? []) if (!firstLine.has(p.measureId)) firstLine.set(p.measureId, { riskId: r.id, lineId: p.id });
  }
  const concept = (kind: SearchKind, rows: Record<string, { id: string; label: string }>, usage: Map<string, string[]>) =>
    Object.values(rows).map((c): Candidate => {
      const at = firstLine.get(c.id);
      return { kind, id: c.id, label: c.label, text: c.label, riskId: at?.riskId ?? null, placeId: at?.lineId ?? null, riskIds: usage.get(c.id) ?? [] };
    });
  yield* concept('cause', doc.causes, index.risksByCause);
  yield* concept('consequence', doc.consequences, index.risksByConsequence);
  yield* concept('measure', doc.measures, index.risksByMeasure);
  for (const f of Object.values(doc.escalationFactors)) {
    const riskId = doc.placements[f.placementId]?.riskId ?? null;
    yield { kind: 'escalation', id: f.id, label: f.label, text: f.label, riskId, placeId: riskId ? f.id : null, riskIds: riskId ? [riskId] : [] };
  }
  for (const p of Object.values(doc.partners)) yield { kind: 'partner', id: p.id, label: p.name, text: p.name, riskId: null, placeId: null, riskIds: [] };
  for (const a of Object.values(doc.areas)) yield { kind: 'area', id: a.id, label: a.name, text: `${a.name} ${a.cbsCode ?? ''}`, riskId: null, placeId: null, riskIds: [] };
}

/**
 * What matches `query` (every word, in any order), best first: labels that start with the query,
 * then labels where every word starts a word, then the rest; within a rank by kind (risks first)
 * and label. An empty query finds nothing.
 */
export function searchDoc(doc: ProjectDoc, query: string, limit = 30, index: DocIndex = indexDoc(doc)): SearchHit[] {
  const words = queryWords(query);
  if (words.length === 0) return [];
  const whole = foldLabel(query);
  const code = new Map(index.risks.map((r) => [r.id, r.code || r.title]));
  const ranked: { hit: SearchHit; rank: number }[] = [];
  for (const c of candidates(doc, index)) {
    if (!c.label.trim()) continue;
    const hay = foldLabel(c.text);
    if (!words.every((w) => hay.includes(w))) continue;
    const label = foldLabel(c.label);
    const rank = label.startsWith(whole) ? 0 : words.every((w) => label.split(/[\s(/-]+/).some((part) => part.startsWith(w))) ? 1 : 2;
    const riskCodes = c.riskIds.flatMap((id) => code.get(id) ?? []);
    ranked.push({ hit: { kind: c.kind, id: c.id, label: c.label, riskId: c.riskId, placeId: c.placeId, riskCodes }, rank });
  }
  const kindRank = (k: SearchKind) => SEARCH_KINDS.indexOf(k);
  ranked.sort((a, b) => a.rank - b.rank || kindRank(a.hit.kind) - kindRank(b.hit.kind) || a.hit.label.localeCompare(b.hit.label, 'nl'));
  return ranked.slice(0, limit).map((r) => r.hit);
}

/**
 * Per risk, everything a search may find it by: code, title, description, areas, causes,
 * consequences, measures, their owners and escalation factors — one string, for `matchesQuery`.
 */
export function riskSearchText(doc: ProjectDoc, index: DocIndex = indexDoc(doc)): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of index.risks) {
    const parts: string[] = [r.code, r.title, r.description];
    for (const a of r.areaIds) parts.push(doc.areas[a]?.name ?? '');
    for (const { cause } of index.causeLinesByRisk.get(r.id) ?? []) parts.push(cause.label);
    for (const { consequence } of index.consequenceLinesByRisk.get(r.id) ?? []) parts.push(consequence.label);
    for (const p of index.placementsByRisk.get(r.id) ?? []) {
      const m = doc.measures[p.measureId];
      if (m) parts.push(m.label, m.ownerId ? (doc.partners[m.ownerId]?.name ?? '') : '');
      for (const f of index.factorsByPlacement.get(p.id) ?? []) parts.push(f.label);
    }
    out.set(r.id, parts.filter(Boolean).join('\n'));
  }
  return out;
}
