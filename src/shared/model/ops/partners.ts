/** Operations on partners (ketenpartners), the owners of measures. */
import { c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { partnerCheck, type Partner } from '../entities.ts';
import { assignPatch, checkPatch, need, type InputOf } from './guard.ts';
import { freshId, now, touchProject } from './stamp.ts';
import { editableWhere } from './read.ts';

const f = partnerCheck.shape;
const addInput = c.object({ name: f.name, kind: f.kind, domain: c.optional(f.domain), role: c.optional(f.role) });
export type AddPartnerInput = InputOf<typeof addInput>;

const EDITABLE = ['name', 'kind', 'domain', 'role'] as const;
export type PartnerPatch = Partial<Pick<Partner, (typeof EDITABLE)[number]>>;

/** Adds a partner; returns its id. */
export function addPartner(doc: ProjectDoc, input: AddPartnerInput): string {
  const v = addInput(input, 'partner');
  const at = now();
  const id = freshId();
  doc.partners[id] = { id, createdAt: at, updatedAt: at, name: v.name, kind: v.kind, domain: v.domain ?? null, role: v.role ?? '' };
  touchProject(doc, at);
  return id;
}

/** Edits a partner. */
export function updatePartner(doc: ProjectDoc, partnerId: string, patch: PartnerPatch): void {
  const partner = need(doc, 'partners', partnerId, 'id');
  const p = checkPatch(f, EDITABLE, patch);
  const at = now();
  if (assignPatch(partner, p, at)) touchProject(doc, at);
}

/** Deletes a partner; the measures it owned keep existing without an owner, risks lose its role. */
export function deletePartner(doc: ProjectDoc, partnerId: string): void {
  need(doc, 'partners', partnerId, 'id');
  const at = now();
  for (const m of editableWhere(doc.measures, (x) => x.ownerId === partnerId)) {
    m.ownerId = null;
    m.updatedAt = at;
  }
  for (const r of editableWhere(doc.risks, (x) => x.partnerRoles.some((p) => p.partnerId === partnerId))) {
    r.partnerRoles = r.partnerRoles.filter((p) => p.partnerId !== partnerId);
    r.updatedAt = at;
  }
  delete doc.partners[partnerId];
  touchProject(doc, at);
}
