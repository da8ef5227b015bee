/**
 * Rules that look across risks: S6 (a measure placed on no path) and S12 (the same label on two
 * elements that are not linked — suggest linking them, so the links view shows the connection).
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { DocIndex } from '../model/query.ts';
import { foldLabel } from '../model/sameLabel.ts';
import { finding, type Finding } from './finding.ts';
import type { RiskView } from './riskView.ts';

/** Concept ids per folded label (src/shared/model/sameLabel.ts), for causes, consequences and measures. */
export interface LabelIndex {
  causes: Map<string, string[]>;
  consequences: Map<string, string[]>;
  measures: Map<string, string[]>;
}

function byLabel(rows: Record<string, { id: string; label: string }>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const r of Object.values(rows)) {
    const k = foldLabel(r.label);
    if (!k) continue;
    const list = out.get(k);
    if (list) list.push(r.id);
    else out.set(k, [r.id]);
  }
  return out;
}

/** Builds the label index of a project in one pass per table. */
export function labelIndex(doc: ProjectDoc): LabelIndex {
  return { causes: byLabel(doc.causes), consequences: byLabel(doc.consequences), measures: byLabel(doc.measures) };
}

/** S6: measures that are not placed on any path (project-wide). */
export function checkUnplaced(doc: ProjectDoc, index: DocIndex): Finding[] {
  return Object.values(doc.measures)
    .filter((m) => !index.placementsByMeasure.has(m.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1))
    .map((m) => finding('S6', 'measures', m.id, 'rule.S6', { label: m.label }));
}

/** S12 for one risk: its causes, consequences and measures whose label another, unlinked concept also has. */
export function checkUnlinkedTwins(v: RiskView, labels: LabelIndex): Finding[] {
  const out: Finding[] = [];
  const codes = (ids: readonly string[], usage: Map<string, string[]>) => {
    const risks = new Set(ids.flatMap((id) => usage.get(id) ?? []));
    return v.index.risks.filter((r) => risks.has(r.id)).map((r) => r.code || r.title).join(', ');
  };
  const twins = (map: Map<string, string[]>, conceptId: string, label: string) => (map.get(foldLabel(label)) ?? []).filter((id) => id !== conceptId);
  for (const { line, cause } of v.causes) {
    const others = twins(labels.causes, cause.id, cause.label);
    if (others.length > 0) out.push(finding('S12', 'riskCauses', line.id, 'rule.S12', { label: cause.label, risks: codes(others, v.index.risksByCause) }));
  }
  for (const { line, consequence } of v.consequences) {
    const others = twins(labels.consequences, consequence.id, consequence.label);
    if (others.length > 0) out.push(finding('S12', 'riskConsequences', line.id, 'rule.S12', { label: consequence.label, risks: codes(others, v.index.risksByConsequence) }));
  }
  const seen = new Set<string>();
  for (const { placement, measure } of v.placements) {
    if (seen.has(measure.id)) continue;
    seen.add(measure.id);
    const others = twins(labels.measures, measure.id, measure.label);
    if (others.length > 0) out.push(finding('S12', 'placements', placement.id, 'rule.S12', { label: measure.label, risks: codes(others, v.index.risksByMeasure) }));
  }
  return out;
}
