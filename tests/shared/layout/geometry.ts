/** Geometry helpers for layout tests. */
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import type { BowtieLayout, LayoutNode } from '../../../src/shared/layout/types.ts';

export function overlaps(a: LayoutNode, b: LayoutNode): boolean {
  const eps = 1e-6;
  return a.x < b.x + b.width - eps && b.x < a.x + a.width - eps && a.y < b.y + b.height - eps && b.y < a.y + a.height - eps;
}

/** Pairs of node keys whose boxes overlap. */
export function overlappingPairs(layout: BowtieLayout): string[] {
  const out: string[] = [];
  const { nodes } = layout;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) if (overlaps(nodes[i]!, nodes[j]!)) out.push(`${nodes[i]!.key} × ${nodes[j]!.key}`);
  return out;
}

/** The riskCause / riskConsequence line a node belongs to (null for hazard and event). */
export function rowOf(doc: ProjectDoc, key: string): string | null {
  const [kind, id] = key.split(':') as [string, string | undefined];
  if (kind === 'cause' || kind === 'consequence') return id!;
  if (kind === 'measure') {
    const p = doc.placements[id!]!;
    if (p.pathKind !== 'escalation') return p.pathId;
    return rowOf(doc, `esc:${p.pathId}`);
  }
  if (kind === 'esc') return rowOf(doc, `measure:${doc.escalationFactors[id!]!.placementId}`);
  return null;
}

export function byKey(layout: BowtieLayout): Map<string, LayoutNode> {
  return new Map(layout.nodes.map((n) => [n.key, n]));
}
