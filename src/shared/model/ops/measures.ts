/**
 * Operations on measures (barriers) and their placements. A measure is a concept; a placement
 * puts it on one path — a cause line (preventive), a consequence line (limiting) or an escalation
 * factor (a measure against that factor). One measure can sit on several paths and in several
 * risks: that is a shared measure.
 */
import { because, CheckError, c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { measureCheck, type Measure } from '../entities.ts';
import { riskOfPath } from '../integrity.ts';
import { PATH_KINDS, type PathKind } from '../vocab.ts';
import { cascade } from './cascade.ts';
import { assignPatch, checkIndex, checkPatch, need, type InputOf } from './guard.ts';
import { placeAt, renumber, siblings } from './order.ts';
import { freshId, now, touchProject } from './stamp.ts';
import { peek, rowsOf, some } from './read.ts';

const f = measureCheck.shape;
const pathKindCheck = c.enum(PATH_KINDS);
const idCheck = c.id();

/** Where a placement sits: the kind of path and the id of the line or escalation factor. */
export interface PathRef {
  pathKind: PathKind;
  pathId: string;
}

const measureFields = {
  label: f.label,
  description: c.optional(f.description),
  ownerId: c.optional(f.ownerId),
  domain: c.optional(f.domain),
  chainLink: c.optional(f.chainLink),
  status: c.optional(f.status),
  effectiveness: c.optional(f.effectiveness),
  type: c.optional(f.type),
  quickWin: c.optional(f.quickWin),
  plannedYear: c.optional(f.plannedYear),
  budgetNote: c.optional(f.budgetNote),
  confidentiality: c.optional(f.confidentiality),
};
const addMeasureInput = c.object({
  ...measureFields,
  riskId: c.optional(c.id()),
  pathKind: pathKindCheck,
  pathId: c.id(),
  index: c.optional(c.int({ min: 0 })),
});
export type AddMeasureInput = InputOf<typeof addMeasureInput>;

const EDITABLE = ['label', 'description', 'ownerId', 'domain', 'chainLink', 'status', 'effectiveness', 'type', 'quickWin', 'plannedYear', 'budgetNote', 'confidentiality'] as const;
export type MeasurePatch = Partial<Pick<Measure, (typeof EDITABLE)[number]>>;

/** The risk a path belongs to; throws a CheckError when the path does not exist. */
export function riskOfPathOrThrow(doc: ProjectDoc, pathKind: unknown, pathId: unknown): string {
  const kind = pathKindCheck(pathKind, 'pathKind');
  const id = idCheck(pathId, 'pathId');
  const riskId = riskOfPath(doc, kind, id);
  if (riskId === undefined || !doc.risks[riskId]) {
    const target = kind === 'cause' ? 'riskCauses' : kind === 'consequence' ? 'riskConsequences' : 'escalationFactors';
    throw new CheckError('pathId', because('check.refersTo', { what: because(`check.unknown.${target}`) }));
  }
  return riskId;
}

/** The placements on one path, in order. */
function onPath(doc: ProjectDoc, pathId: string) {
  return siblings(doc.placements, (p) => p.pathId === pathId);
}

function insertPlacement(doc: ProjectDoc, measureId: string, riskId: string, path: PathRef, index: number | undefined, at: string): string {
  const id = freshId();
  const others = onPath(doc, path.pathId);
  doc.placements[id] = { id, createdAt: at, updatedAt: at, measureId, riskId, pathKind: path.pathKind, pathId: path.pathId, order: -1 };
  placeAt(others, doc.placements[id]!, index, at);
  touchProject(doc, at);
  return id;
}

/** Creates a new measure on a path at `index` (default: last); returns the placement id. */
export function addMeasure(doc: ProjectDoc, input: AddMeasureInput): string {
  const v = addMeasureInput(input, 'maatregel');
  const riskId = riskOfPathOrThrow(doc, v.pathKind, v.pathId);
  if (v.riskId !== undefined && v.riskId !== riskId) throw new CheckError('maatregel.riskId', because('check.otherRisk'));
  if (v.ownerId) need(doc, 'partners', v.ownerId, 'maatregel.ownerId');
  const at = now();
  const id = freshId();
  doc.measures[id] = {
    id,
    createdAt: at,
    updatedAt: at,
    label: v.label,
    description: v.description ?? '',
    ownerId: v.ownerId ?? null,
    domain: v.domain ?? null,
    chainLink: v.chainLink ?? null,
    status: v.status ?? 'existing',
    effectiveness: v.effectiveness ?? 'unknown',
    type: v.type ?? null,
    quickWin: v.quickWin ?? false,
    plannedYear: v.plannedYear ?? null,
    budgetNote: v.budgetNote ?? '',
    confidentiality: v.confidentiality ?? 'public',
  };
  return insertPlacement(doc, id, riskId, { pathKind: v.pathKind, pathId: v.pathId }, v.index, at);
}

/** Places an existing measure on another path (of this or another risk); returns the placement id. */
export function placeMeasure(doc: ProjectDoc, measureId: string, path: PathRef, index?: number): string {
  need(doc, 'measures', measureId, 'measureId');
  const riskId = riskOfPathOrThrow(doc, path?.pathKind, path?.pathId);
  const i = checkIndex(index);
  return insertPlacement(doc, measureId, riskId, { pathKind: path.pathKind, pathId: path.pathId }, i, now());
}

/** Edits a measure — on every path and in every risk it is placed. */
export function updateMeasure(doc: ProjectDoc, measureId: string, patch: MeasurePatch): void {
  const measure = need(doc, 'measures', measureId, 'id');
  const p = checkPatch(f, EDITABLE, patch);
  if (p.ownerId) need(doc, 'partners', p.ownerId, 'wijziging.ownerId');
  const at = now();
  if (assignPatch(measure, p, at)) touchProject(doc, at);
}

/**
 * Takes a measure off one path, with the escalation factors below it. The measure itself is
 * deleted when this was its last placement, unless `keepMeasure`.
 */
export function removePlacement(doc: ProjectDoc, placementId: string, opts: { keepMeasure?: boolean } = {}): void {
  need(doc, 'placements', placementId, 'id');
  const at = now();
  cascade(doc, { placements: [placementId] }, at, { keepMeasures: opts.keepMeasure ?? false });
  touchProject(doc, at);
}

/** Deletes a measure everywhere: every placement (with its escalation factors) and the concept. */
export function deleteMeasure(doc: ProjectDoc, measureId: string): void {
  need(doc, 'measures', measureId, 'id');
  const at = now();
  cascade(doc, { placements: rowsOf(doc.placements).filter((p) => p.measureId === measureId).map((p) => p.id) }, at, { keepMeasures: true });
  delete doc.measures[measureId];
  touchProject(doc, at);
}

/**
 * Moves a placement to `index` on its path, or onto another path of the same risk
 * (drag and drop). A placement with escalation factors cannot move onto an escalation path.
 */
export function movePlacement(doc: ProjectDoc, placementId: string, index: number, path?: PathRef): void {
  const p = need(doc, 'placements', placementId, 'id');
  const i = checkIndex(index) ?? Number.MAX_SAFE_INTEGER;
  const target: PathRef = path ? { pathKind: pathKindCheck(path.pathKind, 'pathKind'), pathId: idCheck(path.pathId, 'pathId') } : p;
  const at = now();
  if (target.pathId === p.pathId) {
    if (placeAt(onPath(doc, p.pathId), p, i, at)) touchProject(doc, at);
    return;
  }
  const riskId = riskOfPathOrThrow(doc, target.pathKind, target.pathId);
  if (riskId !== p.riskId) throw new CheckError('pathId', because('check.pathInOtherRisk'));
  if (target.pathKind === 'escalation') {
    if (some(doc.escalationFactors, (e) => e.placementId === p.id)) throw new CheckError('pathId', because('check.factorsOnEscalationPath'));
  }
  const from = p.pathId;
  p.pathKind = target.pathKind;
  p.pathId = target.pathId;
  p.updatedAt = at;
  placeAt(onPath(doc, target.pathId), p, i, at);
  renumber(onPath(doc, from), at);
  touchProject(doc, at);
}

/**
 * Gives one placement its own copy of a shared measure ("ontkoppelen"), so that editing it no
 * longer changes the other paths. Returns the measure id the placement now uses.
 */
export function detachMeasure(doc: ProjectDoc, placementId: string): string {
  const p = need(doc, 'placements', placementId, 'id');
  const shared = some(doc.placements, (q) => q.id !== p.id && q.measureId === p.measureId);
  if (!shared) return p.measureId;
  const at = now();
  const id = freshId();
  doc.measures[id] = { ...peek(doc.measures, p.measureId)!, id, createdAt: at, updatedAt: at };
  p.measureId = id;
  p.updatedAt = at;
  touchProject(doc, at);
  return id;
}
