/**
 * Removal with cascade, shared by the operations. Removing a path removes the measure placements
 * on it; removing a placement removes the escalation factors below it (and their placements);
 * a cause, consequence or measure concept is deleted when nothing uses it any more. Layout
 * overrides of removed nodes go too, so nothing dangles.
 */
import type { ProjectDoc } from '../doc.ts';
import { renumber, siblings } from './order.ts';

/** Removes layout overrides of `riskId` whose node key ends in one of `ids` (keys are "kind:<id>"). */
export function dropOverrides(doc: ProjectDoc, riskId: string, ids: readonly string[]): void {
  if (ids.length === 0) return;
  const suffixes = ids.map((id) => `:${id}`);
  for (const o of Object.values(doc.layoutOverrides)) {
    if (o.riskId === riskId && suffixes.some((s) => o.nodeKey.endsWith(s))) delete doc.layoutOverrides[o.id];
  }
}

/** Deletes a measure concept if no placement uses it. */
export function dropMeasureIfUnused(doc: ProjectDoc, measureId: string): void {
  for (const p of Object.values(doc.placements)) if (p.measureId === measureId) return;
  delete doc.measures[measureId];
}

/**
 * Removes a placement, the escalation factors below it and their placements. With
 * `keepMeasure` false (the default) the measure concept goes when this was its last placement.
 * Does not renumber the remaining placements on the path (see `removePlacementAt`).
 */
export function removePlacementDeep(doc: ProjectDoc, placementId: string, keepMeasure = false): void {
  const p = doc.placements[placementId];
  if (!p) return;
  const { riskId, measureId } = p;
  for (const f of Object.values(doc.escalationFactors)) if (f.placementId === placementId) removeFactorDeep(doc, f.id);
  delete doc.placements[placementId];
  dropOverrides(doc, riskId, [placementId]);
  if (!keepMeasure) dropMeasureIfUnused(doc, measureId);
}

/** Removes an escalation factor and the placements against it. */
export function removeFactorDeep(doc: ProjectDoc, factorId: string): void {
  const f = doc.escalationFactors[factorId];
  if (!f) return;
  const riskId = doc.placements[f.placementId]?.riskId;
  for (const p of Object.values(doc.placements)) if (p.pathKind === 'escalation' && p.pathId === factorId) removePlacementDeep(doc, p.id);
  delete doc.escalationFactors[factorId];
  if (riskId) dropOverrides(doc, riskId, [factorId]);
}

/** Removes a placement and closes the gap in its path's order. */
export function removePlacementAt(doc: ProjectDoc, placementId: string, at: string, keepMeasure = false): void {
  const p = doc.placements[placementId];
  if (!p) return;
  const pathId = p.pathId;
  removePlacementDeep(doc, placementId, keepMeasure);
  renumber(
    siblings(doc.placements, (q) => q.pathId === pathId),
    at,
  );
}

/** Removes an escalation factor and closes the gap below its placement. */
export function removeFactorAt(doc: ProjectDoc, factorId: string, at: string): void {
  const f = doc.escalationFactors[factorId];
  if (!f) return;
  const placementId = f.placementId;
  removeFactorDeep(doc, factorId);
  renumber(
    siblings(doc.escalationFactors, (g) => g.placementId === placementId),
    at,
  );
}
