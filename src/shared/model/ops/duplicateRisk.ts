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
  };
  placeAt(risks, doc.risks[newRiskId]!, risks.findIndex((r) => r.id === src.id) + 1, at);

  // A concept is shared when a line or placement of another risk uses it.
  const usedElsewhere = <R extends { riskId: string }>(rows: Record<string, R>, uses: (r: R) => boolean) => Object.values(rows).some((r) => r.riskId !== riskId && uses(r));
  const conceptFor = <R extends { id: string; createdAt: string; updatedAt: string }>(table: Record<string, R>, old: string, shared: boolean): string => {
    if (shared) return old;
    if (!ids.has(old)) table[copyId(old)] = { ...table[old]!, ...stamps(old) };
    return ids.get(old)!;
  };

  for (const l of Object.values(doc.riskCauses)) {
    if (l.riskId !== riskId) continue;
    const causeId = conceptFor(doc.causes, l.causeId, usedElsewhere(doc.riskCauses, (r) => r.causeId === l.causeId));
    doc.riskCauses[copyId(l.id)] = { ...l, ...stamps(l.id), riskId: newRiskId, causeId };
  }
  for (const l of Object.values(doc.riskConsequences)) {
    if (l.riskId !== riskId) continue;
    const consequenceId = conceptFor(doc.consequences, l.consequenceId, usedElsewhere(doc.riskConsequences, (r) => r.consequenceId === l.consequenceId));
    doc.riskConsequences[copyId(l.id)] = { ...l, ...stamps(l.id), riskId: newRiskId, consequenceId };
  }
  const placements = Object.values(doc.placements).filter((p) => p.riskId === riskId);
  const placementIds = new Set(placements.map((p) => p.id));
  const factors = Object.values(doc.escalationFactors).filter((e) => placementIds.has(e.placementId));
  for (const e of factors) doc.escalationFactors[copyId(e.id)] = { ...e, ...stamps(e.id), placementId: copyId(e.placementId) };
  for (const p of placements) {
    const measureId = conceptFor(doc.measures, p.measureId, usedElsewhere(doc.placements, (r) => r.measureId === p.measureId));
    doc.placements[copyId(p.id)] = { ...p, ...stamps(p.id), riskId: newRiskId, measureId, pathId: copyId(p.pathId) };
  }
  for (const s of Object.values(doc.scores)) if (s.riskId === riskId) doc.scores[copyId(s.id)] = { ...s, ...stamps(s.id), riskId: newRiskId };
  for (const o of Object.values(doc.layoutOverrides)) {
    if (o.riskId !== riskId) continue;
    const nodeKey = o.nodeKey.replace(/[0-9a-f-]{36}$/, (old) => ids.get(old) ?? old);
    doc.layoutOverrides[copyId(o.id)] = { ...o, ...stamps(o.id), riskId: newRiskId, nodeKey };
  }
  touchProject(doc, at);
  return newRiskId;
}
