/** Operations on risks (one bow-tie each): add, edit, reorder, delete with cascade. */
import { because, CheckError, c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { riskCheck, type Risk } from '../entities.ts';
import { cascade } from './cascade.ts';
import { assignPatch, checkIndex, checkPatch, need, needOptional, type InputOf } from './guard.ts';
import { placeAt, siblings } from './order.ts';
import { freshId, now, touchProject } from './stamp.ts';
import { rowsOf } from './read.ts';

const f = riskCheck.shape;
const addInput = c.object({
  title: f.title,
  code: c.optional(f.code),
  themeId: c.optional(f.themeId),
  hazard: c.optional(f.hazard),
  centralEvent: c.optional(f.centralEvent),
  description: c.optional(f.description),
  areaIds: c.optional(f.areaIds),
  status: c.optional(f.status),
  priorityAdvice: c.optional(f.priorityAdvice),
  confidentiality: c.optional(f.confidentiality),
  index: c.optional(c.int({ min: 0 })),
});
export type AddRiskInput = InputOf<typeof addInput>;

const EDITABLE = ['code', 'title', 'hazard', 'centralEvent', 'description', 'themeId', 'areaIds', 'status', 'priorityAdvice', 'goals', 'indicators', 'evidence', 'resources', 'confidentiality', 'budget', 'partnerRoles', 'policyRelations', 'priorityReason'] as const;
export type RiskPatch = Partial<Pick<Risk, (typeof EDITABLE)[number]>>;

const CODE_RE = /^R(\d+)$/;

/** The next free risk code above the highest in use: R01, R02, … (never reuses a deleted code). */
export function nextRiskCode(doc: ProjectDoc): string {
  let max = 0;
  for (const r of rowsOf(doc.risks)) {
    const m = CODE_RE.exec(r.code);
    if (m) max = Math.max(max, Number(m[1]));
  }
  return `R${String(max + 1).padStart(2, '0')}`;
}

/** Checks the references of a risk's theme, areas and indicators. */
export function checkRiskRefs(doc: ProjectDoc, v: { themeId?: string | null; areaIds?: readonly string[]; indicators?: readonly { id: string }[]; partnerRoles?: readonly { partnerId: string }[] }, path: string): void {
  needOptional(doc, 'themes', v.themeId, `${path}.themeId`);
  if (v.areaIds) {
    const seen = new Set<string>();
    v.areaIds.forEach((a, i) => {
      need(doc, 'areas', a, `${path}.areaIds[${i}]`);
      if (seen.has(a)) throw new CheckError(`${path}.areaIds[${i}]`, because('check.listedTwice'));
      seen.add(a);
    });
  }
  if (v.partnerRoles) {
    const seen = new Set<string>();
    v.partnerRoles.forEach((r, i) => {
      need(doc, 'partners', r.partnerId, `${path}.partnerRoles[${i}].partnerId`);
      if (seen.has(r.partnerId)) throw new CheckError(`${path}.partnerRoles[${i}].partnerId`, because('reason.twiceIn'));
      seen.add(r.partnerId);
    });
  }
  if (v.indicators) {
    const seen = new Set<string>();
    v.indicators.forEach((ind, i) => {
      if (seen.has(ind.id)) throw new CheckError(`${path}.indicators[${i}].id`, because('check.twice'));
      seen.add(ind.id);
    });
  }
}

function allRisks(doc: ProjectDoc): Risk[] {
  return siblings(doc.risks, () => true);
}

/** Adds a risk to the register (default: last) with the next free code; returns its id. */
export function addRisk(doc: ProjectDoc, input: AddRiskInput): string {
  const v = addInput(input, 'risico');
  checkRiskRefs(doc, v, 'risico');
  const at = now();
  const id = freshId();
  const others = allRisks(doc);
  doc.risks[id] = {
    id,
    createdAt: at,
    updatedAt: at,
    code: v.code ?? nextRiskCode(doc),
    title: v.title,
    hazard: v.hazard ?? '',
    centralEvent: v.centralEvent ?? '',
    description: v.description ?? '',
    themeId: v.themeId ?? null,
    areaIds: v.areaIds ?? [],
    status: v.status ?? 'longlist',
    priorityAdvice: v.priorityAdvice ?? null,
    goals: [],
    indicators: [],
    evidence: '',
    resources: '',
    confidentiality: v.confidentiality ?? 'public',
    order: -1,
    dismissedFindings: [],
    budget: '',
    partnerRoles: [],
    policyRelations: '',
    priorityReason: '',
  };
  placeAt(others, doc.risks[id]!, v.index, at);
  touchProject(doc, at);
  return id;
}

/** Edits the fields of a risk (title, hazard, central event, theme, areas, status, goals, …). */
export function updateRisk(doc: ProjectDoc, riskId: string, patch: RiskPatch): void {
  const risk = need(doc, 'risks', riskId, 'id');
  const p = checkPatch(f, EDITABLE, patch);
  checkRiskRefs(doc, p, 'wijziging');
  const at = now();
  if (assignPatch(risk, p, at)) touchProject(doc, at);
}

/** Moves a risk to `index` in the register order. */
export function moveRisk(doc: ProjectDoc, riskId: string, index: number): void {
  const risk = need(doc, 'risks', riskId, 'id');
  const i = checkIndex(index) ?? Number.MAX_SAFE_INTEGER;
  const at = now();
  if (placeAt(allRisks(doc), risk, i, at)) touchProject(doc, at);
}

/**
 * Deletes a risk with its whole bow-tie: lines (and concepts no other risk uses), placements
 * (and measures no other risk uses), escalation factors, scores and layout overrides.
 */
export function deleteRisk(doc: ProjectDoc, riskId: string): void {
  need(doc, 'risks', riskId, 'id');
  const at = now();
  cascade(doc, { risks: [riskId] }, at);
  touchProject(doc, at);
}
