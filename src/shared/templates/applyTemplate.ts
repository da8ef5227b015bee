/**
 * Applies a bow-tie template to a risk through the ordinary operations, so every element is an
 * editable item and the whole application is one edit (one undo step in the renderer). What the
 * project already has is reused, compared with the same label folding as rule S12: a cause,
 * consequence or measure with the same label is linked, not duplicated; an element already in
 * this bow-tie is left as it is. Hazard, central event and theme are filled only when empty.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { addCause, linkCause } from '../model/ops/causes.ts';
import { addConsequence, linkConsequence } from '../model/ops/consequences.ts';
import { addEscalationFactor } from '../model/ops/escalation.ts';
import { need } from '../model/ops/guard.ts';
import { addMeasure, placeMeasure } from '../model/ops/measures.ts';
import { peek, rowsOf } from '../model/ops/read.ts';
import { updateRisk, type RiskPatch } from '../model/ops/risks.ts';
import type { PathKind } from '../model/vocab.ts';
import { foldLabel } from '../model/sameLabel.ts';
import { partnerResolver } from './partnerOf.ts';
import type { Template, TemplateMeasure, TemplatePath } from './template.ts';

export interface ApplyCounts {
  causes: number;
  consequences: number;
  measures: number;
  escalationFactors: number;
}

export interface ApplyResult {
  /** Elements created new. */
  added: ApplyCounts & { partners: number };
  /** Placements or lines that reuse a cause, consequence or measure the project already had. */
  linked: Omit<ApplyCounts, 'escalationFactors'>;
}

// Reads go through rowsOf/peek (plain rows), not the immer draft: applying a template to a large
// project must not draft every row it looks at.
const causeLabelIn = (doc: ProjectDoc, riskId: string, k: string) =>
  rowsOf(doc.riskCauses).find((l) => l.riskId === riskId && foldLabel(peek(doc.causes, l.causeId)?.label ?? '') === k)?.id;
const consequenceLabelIn = (doc: ProjectDoc, riskId: string, k: string) =>
  rowsOf(doc.riskConsequences).find((l) => l.riskId === riskId && foldLabel(peek(doc.consequences, l.consequenceId)?.label ?? '') === k)?.id;
const placementWithLabel = (doc: ProjectDoc, pathId: string, k: string) =>
  rowsOf(doc.placements).find((p) => p.pathId === pathId && foldLabel(peek(doc.measures, p.measureId)?.label ?? '') === k)?.id;
const factorWithLabel = (doc: ProjectDoc, placementId: string, k: string) => rowsOf(doc.escalationFactors).find((f) => f.placementId === placementId && foldLabel(f.label) === k)?.id;

const oldestFirst = (a: { createdAt: string; id: string }, b: { createdAt: string; id: string }) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1);

/** The first concept id per folded label (oldest first, so the choice is stable). */
function labelMap(rows: { id: string; label: string; createdAt: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rows.sort(oldestFirst)) {
    const k = foldLabel(r.label);
    if (k && !out.has(k)) out.set(k, r.id);
  }
  return out;
}

export function applyTemplate(doc: ProjectDoc, riskId: string, template: Template): ApplyResult {
  const risk = need(doc, 'risks', riskId, 'riskId');
  const result: ApplyResult = { added: { causes: 0, consequences: 0, measures: 0, escalationFactors: 0, partners: 0 }, linked: { causes: 0, consequences: 0, measures: 0 } };
  const patch: RiskPatch = {};
  if (!risk.hazard.trim()) patch.hazard = template.hazard;
  if (!risk.centralEvent.trim()) patch.centralEvent = template.centralEvent;
  if (risk.themeId === null && template.theme) {
    const theme = rowsOf(doc.themes).find((t) => t.code === template.theme);
    if (theme) patch.themeId = theme.id;
  }
  if (Object.keys(patch).length > 0) updateRisk(doc, riskId, patch);

  const partners = partnerResolver(doc);
  const causes = labelMap(rowsOf(doc.causes));
  const consequences = labelMap(rowsOf(doc.consequences));
  const measures = labelMap(rowsOf(doc.measures));
  /** Measures this application created: placing one again is the template's own sharing, not a link. */
  const ours = new Set<string>();
  const spec = new Map(template.measures.map((m) => [m.key, m]));

  /** Puts measure `key` on a path unless a measure with its label is there already; returns the placement id. */
  function place(key: string, pathKind: PathKind, pathId: string): string {
    const m = spec.get(key)!;
    const k = foldLabel(m.label);
    const here = placementWithLabel(doc, pathId, k);
    if (here) return here;
    const existing = measures.get(k);
    if (existing) {
      if (!ours.has(existing)) result.linked.measures++;
      return placeMeasure(doc, existing, { pathKind, pathId });
    }
    const placementId = addMeasure(doc, { ...measureFields(m), ...(m.owner ? { ownerId: partners.resolve(m.owner) } : {}), pathKind, pathId });
    const measureId = peek(doc.placements, placementId)!.measureId;
    measures.set(k, measureId);
    ours.add(measureId);
    result.added.measures++;
    return placementId;
  }

  function fillPath(p: TemplatePath, pathKind: 'cause' | 'consequence', lineId: string): void {
    const placed = new Map<string, string>();
    for (const key of p.measures) placed.set(key, place(key, pathKind, lineId));
    for (const e of p.escalation ?? []) {
      const under = placed.get(e.on)!;
      const k = foldLabel(e.label);
      let factorId = factorWithLabel(doc, under, k);
      if (!factorId) {
        factorId = addEscalationFactor(doc, under, { label: e.label });
        result.added.escalationFactors++;
      }
      for (const key of e.measures) place(key, 'escalation', factorId);
    }
  }

  for (const c of template.causes) {
    const k = foldLabel(c.label);
    let lineId = causeLabelIn(doc, riskId, k);
    if (!lineId) {
      const existing = causes.get(k);
      if (existing) {
        lineId = linkCause(doc, riskId, existing);
        result.linked.causes++;
      } else {
        lineId = addCause(doc, riskId, { label: c.label, ...(c.domain ? { domain: c.domain } : {}) });
        causes.set(k, peek(doc.riskCauses, lineId)!.causeId);
        result.added.causes++;
      }
    }
    fillPath(c, 'cause', lineId);
  }
  for (const g of template.consequences) {
    const k = foldLabel(g.label);
    let lineId = consequenceLabelIn(doc, riskId, k);
    if (!lineId) {
      const existing = consequences.get(k);
      if (existing) {
        lineId = linkConsequence(doc, riskId, existing);
        result.linked.consequences++;
      } else {
        lineId = addConsequence(doc, riskId, { label: g.label, ...(g.impactCategory ? { impactCategory: g.impactCategory } : {}) });
        consequences.set(k, peek(doc.riskConsequences, lineId)!.consequenceId);
        result.added.consequences++;
      }
    }
    fillPath(g, 'consequence', lineId);
  }
  result.added.partners = partners.added;
  return result;
}

function measureFields(m: TemplateMeasure) {
  return {
    label: m.label,
    status: m.status,
    effectiveness: m.effectiveness,
    ...(m.domain ? { domain: m.domain } : {}),
    ...(m.chainLink ? { chainLink: m.chainLink } : {}),
    ...(m.type ? { type: m.type } : {}),
    ...(m.description ? { description: m.description } : {}),
  };
}
