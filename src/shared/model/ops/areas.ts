/** Operations on areas: gemeente, kernen, wijken, buurten and hot spots. */
import { because, CheckError, c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { areaCheck, type Area } from '../entities.ts';
import { assignPatch, checkPatch, need, needOptional, type InputOf } from './guard.ts';
import { freshId, now, touchProject } from './stamp.ts';
import { editableWhere } from './read.ts';

const f = areaCheck.shape;
const addInput = c.object({ name: f.name, kind: f.kind, cbsCode: c.optional(f.cbsCode), parentId: c.optional(f.parentId) });
export type AddAreaInput = InputOf<typeof addInput>;

const EDITABLE = ['name', 'kind', 'cbsCode', 'parentId'] as const;
export type AreaPatch = Partial<Pick<Area, (typeof EDITABLE)[number]>>;

/** Adds an area (optionally inside another); returns its id. */
export function addArea(doc: ProjectDoc, input: AddAreaInput): string {
  const v = addInput(input, 'gebied');
  needOptional(doc, 'areas', v.parentId, 'gebied.parentId');
  const at = now();
  const id = freshId();
  doc.areas[id] = { id, createdAt: at, updatedAt: at, name: v.name, kind: v.kind, cbsCode: v.cbsCode ?? null, parentId: v.parentId ?? null };
  touchProject(doc, at);
  return id;
}

/** Edits an area; refuses to put an area inside itself or one of its own sub-areas. */
export function updateArea(doc: ProjectDoc, areaId: string, patch: AreaPatch): void {
  const area = need(doc, 'areas', areaId, 'id');
  const p = checkPatch(f, EDITABLE, patch);
  let up = needOptional(doc, 'areas', p.parentId, 'wijziging.parentId');
  const limit = Object.keys(doc.areas).length;
  for (let n = 0; up && n <= limit; n++) {
    if (up.id === areaId) throw new CheckError('wijziging.parentId', because('check.areaInItself'));
    up = up.parentId ? (doc.areas[up.parentId] ?? null) : null;
  }
  const at = now();
  if (assignPatch(area, p, at)) touchProject(doc, at);
}

/** Deletes an area: risks no longer mention it and its sub-areas move up one level. */
export function deleteArea(doc: ProjectDoc, areaId: string): void {
  const area = need(doc, 'areas', areaId, 'id');
  const at = now();
  const parentId = area.parentId;
  for (const a of editableWhere(doc.areas, (x) => x.parentId === areaId)) {
    a.parentId = parentId;
    a.updatedAt = at;
  }
  for (const r of editableWhere(doc.risks, (x) => x.areaIds.includes(areaId))) {
    r.areaIds.splice(r.areaIds.indexOf(areaId), 1);
    r.updatedAt = at;
  }
  delete doc.areas[areaId];
  touchProject(doc, at);
}
