/**
 * Where a bow-tie element stands, for its accessible name: the path a measure sits on, the
 * central event a cause leads to, the measure an escalation factor weakens. A screen reader then
 * says "Maatregel: Buurtpreventie-app, op het pad Donkere achterpaden → Inbraak" instead of a box
 * among boxes. Labels only (an empty central event is '', which the UI names by its kind); the
 * words around them come from the catalogues (`canvas.where.*`).
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { LayoutNode } from '../layout/types.ts';

export type WhereKind = 'toEvent' | 'fromEvent' | 'onPath' | 'atMeasure' | 'againstFactor';

export interface NodeContext {
  where: WhereKind;
  /** The labels the words name, in the order of the message's `{a}` and `{b}`. */
  names: [string] | [string, string];
}

function pathEnds(doc: ProjectDoc, placementId: string): [string, string] | null {
  const p = doc.placements[placementId];
  const risk = p && doc.risks[p.riskId];
  if (!p || !risk) return null;
  if (p.pathKind === 'cause') {
    const rc = doc.riskCauses[p.pathId];
    return [(rc && doc.causes[rc.causeId]?.label) || '—', risk.centralEvent];
  }
  if (p.pathKind === 'consequence') {
    const rc = doc.riskConsequences[p.pathId];
    return [risk.centralEvent, (rc && doc.consequences[rc.consequenceId]?.label) || '—'];
  }
  return null;
}

/** The context of `node` in `doc`, or null for the hazard and the central event. */
export function nodeContext(doc: ProjectDoc, node: Pick<LayoutNode, 'kind' | 'entityId' | 'refId'>): NodeContext | null {
  switch (node.kind) {
    case 'cause':
    case 'consequence': {
      const risk = doc.risks[(node.kind === 'cause' ? doc.riskCauses : doc.riskConsequences)[node.refId]?.riskId ?? ''];
      return { where: node.kind === 'cause' ? 'toEvent' : 'fromEvent', names: [risk?.centralEvent ?? ''] };
    }
    case 'measure': {
      const ends = pathEnds(doc, node.refId);
      return ends ? { where: 'onPath', names: ends } : null;
    }
    case 'escalation': {
      const p = doc.placements[doc.escalationFactors[node.refId]?.placementId ?? ''];
      return { where: 'atMeasure', names: [(p && doc.measures[p.measureId]?.label) || '—'] };
    }
    case 'escalationMeasure': {
      const factor = doc.placements[node.refId] && doc.escalationFactors[doc.placements[node.refId]!.pathId];
      return { where: 'againstFactor', names: [factor?.label || '—'] };
    }
    default:
      return null;
  }
}
