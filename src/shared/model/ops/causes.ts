/** Operations on the causes (left side) of a bow-tie. */
import { c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { causeCheck, type Cause } from '../entities.ts';
import { assignPatch, checkPatch, need, type InputOf } from './guard.ts';
import { addLine, detachLine, removeLine } from './lines.ts';
import { freshId, now, touchProject } from './stamp.ts';

const f = causeCheck.shape;
const addCauseInput = c.object({
  label: f.label,
  description: c.optional(f.description),
  domain: c.optional(f.domain),
  confidentiality: c.optional(f.confidentiality),
  index: c.optional(c.int({ min: 0 })),
});
export type AddCauseInput = InputOf<typeof addCauseInput>;

const EDITABLE = ['label', 'description', 'domain', 'confidentiality'] as const;
export type CausePatch = Partial<Pick<Cause, (typeof EDITABLE)[number]>>;

/** Adds a new cause concept to a risk at `index` (default: last); returns the riskCause (line) id. */
export function addCause(doc: ProjectDoc, riskId: string, input: AddCauseInput): string {
  need(doc, 'risks', riskId, 'riskId');
  const v = addCauseInput(input, 'oorzaak');
  const at = now();
  const id = freshId();
  doc.causes[id] = { id, createdAt: at, updatedAt: at, label: v.label, description: v.description ?? '', domain: v.domain ?? null, confidentiality: v.confidentiality ?? 'public' };
  return addLine(doc, 'cause', riskId, id, v.index, at);
}

/** Puts an existing cause (e.g. from another risk) in this risk too; returns the new line id. */
export function linkCause(doc: ProjectDoc, riskId: string, causeId: string, index?: number): string {
  return addLine(doc, 'cause', riskId, causeId, index);
}

/** Edits a cause concept — in every risk it appears in. */
export function updateCause(doc: ProjectDoc, causeId: string, patch: CausePatch): void {
  const cause = need(doc, 'causes', causeId, 'id');
  const p = checkPatch(f, EDITABLE, patch);
  const at = now();
  if (assignPatch(cause, p, at)) touchProject(doc, at);
}

/**
 * Removes a cause from one risk, with the measures on its path (and their escalation factors);
 * the concept is deleted when no risk uses it any more.
 */
export function removeRiskCause(doc: ProjectDoc, riskCauseId: string): void {
  removeLine(doc, 'cause', riskCauseId);
}

/** Gives this risk its own copy of a shared cause; returns the cause id the line now uses. */
export function detachCause(doc: ProjectDoc, riskCauseId: string): string {
  return detachLine(doc, 'cause', riskCauseId);
}
