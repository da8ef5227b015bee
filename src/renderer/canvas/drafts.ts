/**
 * Adding elements from the keyboard. A shortcut opens a *draft*: where the new element will go,
 * relative to the selection. The canvas shows it in place (a preview of the document with the
 * element added) with a text field; Enter commits it as one edit and opens the next draft of the
 * same kind right after it, Escape drops it — so nothing empty is ever stored.
 */
import type { ProjectDoc } from '../../shared/model/doc.ts';
import { addCause } from '../../shared/model/ops/causes.ts';
import { addConsequence } from '../../shared/model/ops/consequences.ts';
import { addEscalationFactor } from '../../shared/model/ops/escalation.ts';
import { addMeasure } from '../../shared/model/ops/measures.ts';
import type { PathKind } from '../../shared/model/vocab.ts';
import { causeKey, consequenceKey, escKey, measureKey, parseNodeKey } from './nodeKey.ts';

export type Draft =
  | { kind: 'cause'; riskId: string; index?: number }
  | { kind: 'consequence'; riskId: string; index?: number }
  | { kind: 'measure'; riskId: string; pathKind: PathKind; pathId: string; index?: number }
  | { kind: 'escalation'; riskId: string; placementId: string; index?: number };

/** What a shortcut asks for: P = preventive, B = limiting (beperkend), M = either side. */
export type AddIntent = 'cause' | 'consequence' | 'preventive' | 'limiting' | 'measure' | 'escalation';

/** Runs the draft as an operation with `label`; returns the node key of the new element. */
export function applyDraft(doc: ProjectDoc, draft: Draft, label: string): string {
  const index = draft.index;
  switch (draft.kind) {
    case 'cause':
      return causeKey(addCause(doc, draft.riskId, { label, ...(index === undefined ? {} : { index }) }));
    case 'consequence':
      return consequenceKey(addConsequence(doc, draft.riskId, { label, ...(index === undefined ? {} : { index }) }));
    case 'measure':
      return measureKey(addMeasure(doc, { label, riskId: draft.riskId, pathKind: draft.pathKind, pathId: draft.pathId, ...(index === undefined ? {} : { index }) }));
    case 'escalation':
      return escKey(addEscalationFactor(doc, draft.placementId, { label, ...(index === undefined ? {} : { index }) }));
  }
}

/** The draft that follows a committed one: the same kind, right after the element just made. */
export function nextDraft(doc: ProjectDoc, draft: Draft, createdKey: string): Draft {
  const ref = parseNodeKey(createdKey);
  const id = ref && 'id' in ref ? ref.id : '';
  switch (draft.kind) {
    case 'cause':
      return { ...draft, index: (doc.riskCauses[id]?.order ?? -1) + 1 };
    case 'consequence':
      return { ...draft, index: (doc.riskConsequences[id]?.order ?? -1) + 1 };
    case 'measure':
      return { ...draft, index: (doc.placements[id]?.order ?? -1) + 1 };
    case 'escalation':
      return { ...draft, index: (doc.escalationFactors[id]?.order ?? -1) + 1 };
  }
}

/**
 * Where a new element of `intent` goes given the selected node, or null when the selection
 * gives no place for it (a preventive measure needs a cause path, an escalation factor a measure).
 * Causes and consequences go below the selected one (else last); measures go right after the
 * selected measure on its path (else last on the selected path).
 */
export function draftFor(doc: ProjectDoc, riskId: string, selection: string | null, intent: AddIntent): Draft | null {
  if (!doc.risks[riskId]) return null;
  const ref = parseNodeKey(selection);
  if (intent === 'cause') {
    const line = ref?.kind === 'cause' ? doc.riskCauses[ref.id] : undefined;
    return line ? { kind: 'cause', riskId, index: line.order + 1 } : { kind: 'cause', riskId };
  }
  if (intent === 'consequence') {
    const line = ref?.kind === 'consequence' ? doc.riskConsequences[ref.id] : undefined;
    return line ? { kind: 'consequence', riskId, index: line.order + 1 } : { kind: 'consequence', riskId };
  }
  if (!ref) return null;
  if (intent === 'escalation') {
    if (ref.kind === 'measure') {
      const p = doc.placements[ref.id];
      return p && p.pathKind !== 'escalation' ? { kind: 'escalation', riskId, placementId: p.id } : null;
    }
    if (ref.kind === 'esc') {
      const f = doc.escalationFactors[ref.id];
      return f ? { kind: 'escalation', riskId, placementId: f.placementId, index: f.order + 1 } : null;
    }
    return null;
  }
  const path = pathOf(doc, ref);
  if (!path) return null;
  if (intent === 'preventive' && path.pathKind !== 'cause') return null;
  if (intent === 'limiting' && path.pathKind !== 'consequence') return null;
  return { kind: 'measure', riskId, pathKind: path.pathKind, pathId: path.pathId, ...(path.after === undefined ? {} : { index: path.after + 1 }) };
}

/** The path a node sits on (a line is the start of its own path); `after` is a measure's order. */
function pathOf(doc: ProjectDoc, ref: NonNullable<ReturnType<typeof parseNodeKey>>): { pathKind: PathKind; pathId: string; after?: number } | null {
  switch (ref.kind) {
    case 'cause':
      return doc.riskCauses[ref.id] ? { pathKind: 'cause', pathId: ref.id } : null;
    case 'consequence':
      return doc.riskConsequences[ref.id] ? { pathKind: 'consequence', pathId: ref.id } : null;
    case 'esc':
      return doc.escalationFactors[ref.id] ? { pathKind: 'escalation', pathId: ref.id } : null;
    case 'measure': {
      const p = doc.placements[ref.id];
      return p ? { pathKind: p.pathKind, pathId: p.pathId, after: p.order } : null;
    }
    default:
      return null;
  }
}
