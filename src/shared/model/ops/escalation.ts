/**
 * Operations on escalation factors: conditions that weaken one measure placement. Measures
 * against a factor are ordinary placements with pathKind 'escalation' (use `addMeasure` with
 * `pathId` = the factor's id). Factors hang only below measures on cause or consequence paths —
 * one level deep, as in the method.
 */
import { because, CheckError, c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { escalationFactorCheck, type EscalationFactor } from '../entities.ts';
import { cascade } from './cascade.ts';
import { assignPatch, checkIndex, checkPatch, need, type InputOf } from './guard.ts';
import { placeAt, siblings } from './order.ts';
import { freshId, now, touchProject } from './stamp.ts';

const f = escalationFactorCheck.shape;
const addInput = c.object({ label: f.label, description: c.optional(f.description), index: c.optional(c.int({ min: 0 })) });
export type AddEscalationFactorInput = InputOf<typeof addInput>;

const EDITABLE = ['label', 'description'] as const;
export type EscalationFactorPatch = Partial<Pick<EscalationFactor, (typeof EDITABLE)[number]>>;

function below(doc: ProjectDoc, placementId: string): EscalationFactor[] {
  return siblings(doc.escalationFactors, (e) => e.placementId === placementId);
}

/** Hangs a new escalation factor below a measure placement; returns its id. */
export function addEscalationFactor(doc: ProjectDoc, placementId: string, input: AddEscalationFactorInput): string {
  const placement = need(doc, 'placements', placementId, 'placementId');
  if (placement.pathKind === 'escalation') throw new CheckError('placementId', because('check.escalationPlacement'));
  const v = addInput(input, 'escalatiefactor');
  const at = now();
  const id = freshId();
  const others = below(doc, placementId);
  doc.escalationFactors[id] = { id, createdAt: at, updatedAt: at, placementId, label: v.label, description: v.description ?? '', order: -1 };
  placeAt(others, doc.escalationFactors[id]!, v.index, at);
  touchProject(doc, at);
  return id;
}

/** Edits the label or description of an escalation factor. */
export function updateEscalationFactor(doc: ProjectDoc, factorId: string, patch: EscalationFactorPatch): void {
  const factor = need(doc, 'escalationFactors', factorId, 'id');
  const p = checkPatch(f, EDITABLE, patch);
  const at = now();
  if (assignPatch(factor, p, at)) touchProject(doc, at);
}

/** Removes an escalation factor with the measures placed against it. */
export function removeEscalationFactor(doc: ProjectDoc, factorId: string): void {
  need(doc, 'escalationFactors', factorId, 'id');
  const at = now();
  cascade(doc, { factors: [factorId] }, at);
  touchProject(doc, at);
}

/** Moves an escalation factor to `index` among the factors below the same placement. */
export function moveEscalationFactor(doc: ProjectDoc, factorId: string, index: number): void {
  const factor = need(doc, 'escalationFactors', factorId, 'id');
  const i = checkIndex(index) ?? Number.MAX_SAFE_INTEGER;
  const at = now();
  if (placeAt(below(doc, factor.placementId), factor, i, at)) touchProject(doc, at);
}
