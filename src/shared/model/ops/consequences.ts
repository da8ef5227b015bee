/** Operations on the consequences (right side) of a bow-tie. */
import { c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { consequenceCheck, type Consequence } from '../entities.ts';
import { assignPatch, checkPatch, need, type InputOf } from './guard.ts';
import { addLine, detachLine, removeLine } from './lines.ts';
import { freshId, now, touchProject } from './stamp.ts';

const f = consequenceCheck.shape;
const addConsequenceInput = c.object({
  label: f.label,
  description: c.optional(f.description),
  impactCategory: c.optional(f.impactCategory),
  confidentiality: c.optional(f.confidentiality),
  index: c.optional(c.int({ min: 0 })),
});
export type AddConsequenceInput = InputOf<typeof addConsequenceInput>;

const EDITABLE = ['label', 'description', 'impactCategory', 'confidentiality'] as const;
export type ConsequencePatch = Partial<Pick<Consequence, (typeof EDITABLE)[number]>>;

/** Adds a new consequence concept to a risk at `index` (default: last); returns the riskConsequence (line) id. */
export function addConsequence(doc: ProjectDoc, riskId: string, input: AddConsequenceInput): string {
  need(doc, 'risks', riskId, 'riskId');
  const v = addConsequenceInput(input, 'gevolg');
  const at = now();
  const id = freshId();
  doc.consequences[id] = { id, createdAt: at, updatedAt: at, label: v.label, description: v.description ?? '', impactCategory: v.impactCategory ?? null, confidentiality: v.confidentiality ?? 'public' };
  return addLine(doc, 'consequence', riskId, id, v.index, at);
}

/** Puts an existing consequence (e.g. from another risk) in this risk too; returns the new line id. */
export function linkConsequence(doc: ProjectDoc, riskId: string, consequenceId: string, index?: number): string {
  return addLine(doc, 'consequence', riskId, consequenceId, index);
}

/** Edits a consequence concept — in every risk it appears in. */
export function updateConsequence(doc: ProjectDoc, consequenceId: string, patch: ConsequencePatch): void {
  const consequence = need(doc, 'consequences', consequenceId, 'id');
  const p = checkPatch(f, EDITABLE, patch);
  const at = now();
  if (assignPatch(consequence, p, at)) touchProject(doc, at);
}

/**
 * Removes a consequence from one risk, with the measures on its path (and their escalation factors);
 * the concept is deleted when no risk uses it any more.
 */
export function removeRiskConsequence(doc: ProjectDoc, riskConsequenceId: string): void {
  removeLine(doc, 'consequence', riskConsequenceId);
}

/** Gives this risk its own copy of a shared consequence; returns the consequence id the line now uses. */
export function detachConsequence(doc: ProjectDoc, riskConsequenceId: string): string {
  return detachLine(doc, 'consequence', riskConsequenceId);
}
