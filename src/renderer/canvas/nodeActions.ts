/**
 * What rename, delete and reorder mean for each kind of node, as recipes over the document
 * (run inside the store's `edit`). They only combine the model operations; the rules live there.
 */
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { removeRiskCause, updateCause } from '../../shared/model/ops/causes.ts';
import { removeRiskConsequence, updateConsequence } from '../../shared/model/ops/consequences.ts';
import { moveEscalationFactor, removeEscalationFactor, updateEscalationFactor } from '../../shared/model/ops/escalation.ts';
import { moveLine } from '../../shared/model/ops/lines.ts';
import { movePlacement, removePlacement, updateMeasure } from '../../shared/model/ops/measures.ts';
import { updateRisk } from '../../shared/model/ops/risks.ts';
import { parseNodeKey } from './nodeKey.ts';

/** Whether `key` names an element of the bow-tie of `riskId` (so the selection still stands). */
export function nodeInRisk(doc: ProjectDoc, riskId: string, key: string): boolean {
  const ref = parseNodeKey(key);
  if (!ref || !doc.risks[riskId]) return false;
  switch (ref.kind) {
    case 'hazard':
    case 'event':
      return true;
    case 'cause':
      return doc.riskCauses[ref.id]?.riskId === riskId;
    case 'consequence':
      return doc.riskConsequences[ref.id]?.riskId === riskId;
    case 'measure':
      return doc.placements[ref.id]?.riskId === riskId;
    case 'esc': {
      const f = doc.escalationFactors[ref.id];
      return f !== undefined && doc.placements[f.placementId]?.riskId === riskId;
    }
  }
}

/** The label shown on a node (the concept's label, or the risk's hazard / central event). */
export function labelOf(doc: ProjectDoc, riskId: string, key: string): string | null {
  const ref = parseNodeKey(key);
  const risk = doc.risks[riskId];
  if (!ref || !risk) return null;
  switch (ref.kind) {
    case 'hazard':
      return risk.hazard;
    case 'event':
      return risk.centralEvent;
    case 'cause': {
      const line = doc.riskCauses[ref.id];
      return line ? (doc.causes[line.causeId]?.label ?? null) : null;
    }
    case 'consequence': {
      const line = doc.riskConsequences[ref.id];
      return line ? (doc.consequences[line.consequenceId]?.label ?? null) : null;
    }
    case 'measure': {
      const p = doc.placements[ref.id];
      return p ? (doc.measures[p.measureId]?.label ?? null) : null;
    }
    case 'esc':
      return doc.escalationFactors[ref.id]?.label ?? null;
  }
}

/** Sets the label of the element behind `key` (a shared cause or measure changes everywhere). */
export function renameNode(doc: ProjectDoc, riskId: string, key: string, label: string): void {
  const ref = parseNodeKey(key);
  if (!ref) return;
  switch (ref.kind) {
    case 'hazard':
      return updateRisk(doc, riskId, { hazard: label });
    case 'event':
      return updateRisk(doc, riskId, { centralEvent: label });
    case 'cause': {
      const line = doc.riskCauses[ref.id];
      return line ? updateCause(doc, line.causeId, { label }) : undefined;
    }
    case 'consequence': {
      const line = doc.riskConsequences[ref.id];
      return line ? updateConsequence(doc, line.consequenceId, { label }) : undefined;
    }
    case 'measure': {
      const p = doc.placements[ref.id];
      return p ? updateMeasure(doc, p.measureId, { label }) : undefined;
    }
    case 'esc':
      return updateEscalationFactor(doc, ref.id, { label });
  }
}

/** Whether `key` names something Delete can remove (the hazard and central event cannot go). */
export function isRemovable(key: string | null): boolean {
  const kind = parseNodeKey(key)?.kind;
  return kind === 'cause' || kind === 'consequence' || kind === 'measure' || kind === 'esc';
}

/** Removes the element behind `key` from this bow-tie, with what hangs on it. */
export function removeNode(doc: ProjectDoc, key: string): void {
  const ref = parseNodeKey(key);
  if (!ref) return;
  if (ref.kind === 'cause' && doc.riskCauses[ref.id]) removeRiskCause(doc, ref.id);
  else if (ref.kind === 'consequence' && doc.riskConsequences[ref.id]) removeRiskConsequence(doc, ref.id);
  else if (ref.kind === 'measure' && doc.placements[ref.id]) removePlacement(doc, ref.id);
  else if (ref.kind === 'esc' && doc.escalationFactors[ref.id]) removeEscalationFactor(doc, ref.id);
}

/**
 * How a node can be reordered: causes, consequences and escalation factors move up/down among
 * their siblings, measures move left/right along their path. Returns the current index and the
 * number of siblings, or null when the node cannot move on that axis.
 */
export function reorderSpan(doc: ProjectDoc, key: string, axis: 'vertical' | 'horizontal'): { index: number; count: number } | null {
  const ref = parseNodeKey(key);
  if (!ref) return null;
  if (axis === 'vertical') {
    if (ref.kind === 'cause') {
      const line = doc.riskCauses[ref.id];
      return line ? { index: line.order, count: count(doc.riskCauses, (l) => l.riskId === line.riskId) } : null;
    }
    if (ref.kind === 'consequence') {
      const line = doc.riskConsequences[ref.id];
      return line ? { index: line.order, count: count(doc.riskConsequences, (l) => l.riskId === line.riskId) } : null;
    }
    if (ref.kind === 'esc') {
      const f = doc.escalationFactors[ref.id];
      return f ? { index: f.order, count: count(doc.escalationFactors, (g) => g.placementId === f.placementId) } : null;
    }
    return null;
  }
  if (ref.kind !== 'measure') return null;
  const p = doc.placements[ref.id];
  return p ? { index: p.order, count: count(doc.placements, (q) => q.pathId === p.pathId) } : null;
}

/** Moves the node one step (`delta` = -1 up/left, +1 down/right); false when it is at the end. */
export function moveNode(doc: ProjectDoc, key: string, axis: 'vertical' | 'horizontal', delta: -1 | 1): boolean {
  const span = reorderSpan(doc, key, axis);
  const ref = parseNodeKey(key);
  if (!span || !ref || !('id' in ref)) return false;
  const to = span.index + delta;
  if (to < 0 || to >= span.count) return false;
  if (ref.kind === 'cause' || ref.kind === 'consequence') moveLine(doc, ref.id, to);
  else if (ref.kind === 'esc') moveEscalationFactor(doc, ref.id, to);
  else movePlacement(doc, ref.id, to);
  return true;
}

function count<R>(table: Record<string, R>, pick: (r: R) => boolean): number {
  let n = 0;
  for (const r of Object.values(table)) if (pick(r)) n++;
  return n;
}
