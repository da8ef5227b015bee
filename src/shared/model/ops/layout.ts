/**
 * Manual layout nudges. The bow-tie layout is computed; a user may shift a node by (dx, dy),
 * stored per risk and node key (the layout's node id, e.g. "measure:<placementId>").
 */
import { c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { layoutOverrideCheck } from '../entities.ts';
import { need } from './guard.ts';
import { freshId, now, touchProject } from './stamp.ts';
import { rowsOf } from './read.ts';

const f = layoutOverrideCheck.shape;
const shiftCheck = c.object({ dx: f.dx, dy: f.dy });

function find(doc: ProjectDoc, riskId: string, nodeKey: string) {
  const found = rowsOf(doc.layoutOverrides).find((o) => o.riskId === riskId && o.nodeKey === nodeKey);
  return found ? doc.layoutOverrides[found.id] : undefined;
}

/** Stores the shift of one node of a risk's bow-tie (replacing an earlier one). */
export function setOverride(doc: ProjectDoc, riskId: string, nodeKey: string, shift: { dx: number; dy: number }): void {
  need(doc, 'risks', riskId, 'riskId');
  const key = f.nodeKey(nodeKey, 'nodeKey');
  const { dx, dy } = shiftCheck(shift, 'verschuiving');
  const at = now();
  const existing = find(doc, riskId, key);
  if (existing) {
    if (existing.dx === dx && existing.dy === dy) return;
    existing.dx = dx;
    existing.dy = dy;
    existing.updatedAt = at;
  } else {
    const id = freshId();
    doc.layoutOverrides[id] = { id, createdAt: at, updatedAt: at, riskId, nodeKey: key, dx, dy };
  }
  touchProject(doc, at);
}

/** Puts one node back where the automatic layout wants it. */
export function removeOverride(doc: ProjectDoc, riskId: string, nodeKey: string): void {
  const existing = find(doc, riskId, nodeKey);
  if (!existing) return;
  delete doc.layoutOverrides[existing.id];
  touchProject(doc, now());
}

/** Removes every manual nudge of a risk: back to the automatic layout. */
export function resetLayout(doc: ProjectDoc, riskId: string): void {
  need(doc, 'risks', riskId, 'riskId');
  let changed = false;
  for (const o of rowsOf(doc.layoutOverrides)) {
    if (o.riskId === riskId) {
      delete doc.layoutOverrides[o.id];
      changed = true;
    }
  }
  if (changed) touchProject(doc, now());
}
