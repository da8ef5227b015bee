/**
 * Duplicating a risk: a deep copy of its bow-tie that can be edited on its own. Concepts used
 * only by the original are copied; concepts that were already linked across risks (a shared
 * cause, a shared measure) stay linked, so the copy takes part in the same links.
 */
import type { ProjectDoc } from '../doc.ts';
import { need } from './guard.ts';
import { placeAt, siblings } from './order.ts';
import { nextRiskCode } from './risks.ts';
import { freshId, now, touchProject } from './stamp.ts';
import { peek, rowsOf } from './read.ts';

/** Copies a risk right after the original; returns the new risk id. */
export function duplicateRisk(doc: ProjectDoc, riskId: string, opts: { title?: string } = {}): string {
  const src = need(doc, 'risks', riskId, 'id');
  const at = now();
  const ids = new Map<string, string>();
  const copyId = (old: string) => {
    let id = ids.get(old);
    if (!id) ids.set(old, (id = freshId()));
    return id;
  };
  const stamps = (old: string) => ({ id: copyId(old), createdAt: at, updatedAt: at });

  const risks = siblings(doc.risks, () => true);
  const newRiskId = copyId(src.id);
  doc.risks[newRiskId] = {
    ...src,
    ...stamps(src.id),
    code: nextRiskCode(doc),
    title: (opts.title ?? `${src.title} (kopie)`).slice(0, 300),
    areaIds: [...src.areaIds],
    goals: [...src.goals],
    indicators: src.indicators.map((i) => ({ ...i, id: freshId() })),
    // A dismissal's key names the original's elements by id, so it would never match the copy's.
    dismissedFindings: [],
    partnerRoles: src.partnerRoles.map((r) => ({ ...r })),
  };
  placeAt(risks, doc.risks[newRiskId]!, risks.findIndex((r) => r.id === src.id) + 1, at);

  // A concept is shared when a line or placement of another risk uses it; collected once.
  const sharedBy = <R extends { riskId: string }>(rows: readonly R[], conceptOf: (r: R) => string) => new Set(rows.filter((r) => r.riskId !== riskId).map(conceptOf));
  const causeLines = rowsOf(doc.riskCauses);
  const consequenceLines = rowsOf(doc.riskConsequences);
  const allPlacements = rowsOf(doc.placements);
  const sharedCauses = sharedBy(causeLines, (l) => l.causeId);
  const sharedConsequences = sharedBy(consequenceLines, (l) => l.consequenceId);
  const sharedMeasures = sharedBy(allPlacements, (p) => p.measureId);
  const conceptFor = <R extends { id: string; createdAt: string; updatedAt: string }>(table: Record<string, R>, old: string, shared: Set<string>): string => {
    if (shared.has(old)) return old;
    if (!ids.has(old)) table[copyId(old)] = { ...peek(table, old)!, ...stamps(old) };
    return ids.get(old)!;
  };

  for (const l of causeLines) {
    if (l.riskId !== riskId) continue;
    const causeId = conceptFor(doc.causes, l.causeId, sharedCauses);
    doc.riskCauses[copyId(l.id)] = { ...l, ...stamps(l.id), riskId: newRiskId, causeId };
  }
  for (const l of consequenceLines) {
    if (l.riskId !== riskId) continue;
    const consequenceId = conceptFor(doc.consequences, l.consequenceId, sharedConsequences);
    doc.riskConsequences[copyId(l.id)] = { ...l, ...stamps(l.id), riskId: newRiskId, consequenceId };
  }
  const placements = allPlacements.filter((p) => p.riskId === riskId);
  const placementIds = new Set(placements.map((p) => p.id));
  const factors = rowsOf(doc.escalationFactors).filter((e) => placementIds.has(e.placementId));
  for (const e of factors) doc.escalationFactors[copyId(e.id)] = { ...e, ...stamps(e.id), placementId: copyId(e.placementId) };
  for (const p of placements) {
    const measureId = conceptFor(doc.measures, p.measureId, sharedMeasures);
    doc.placements[copyId(p.id)] = { ...p, ...stamps(p.id), riskId: newRiskId, measureId, pathId: copyId(p.pathId) };
  }
  for (const s of rowsOf(doc.scores)) if (s.riskId === riskId) doc.scores[copyId(s.id)] = { ...s, ...stamps(s.id), riskId: newRiskId };
  for (const o of rowsOf(doc.layoutOverrides)) {
    if (o.riskId !== riskId) continue;
    const nodeKey = o.nodeKey.replace(/[0-9a-f-]{36}$/, (old) => ids.get(old) ?? old);
    doc.layoutOverrides[copyId(o.id)] = { ...o, ...stamps(o.id), riskId: newRiskId, nodeKey };
  }
  touchProject(doc, at);
  return newRiskId;
}
