/**
 * Which boxes of a bow-tie a comparison marks, and how: a box whose entity or line appears in
 * the differences gets the side that changed it and the kind of change. Pure, so the canvas only
 * draws what this returns.
 */
import type { LayoutNode } from '../../shared/layout/types.ts';
import type { ChangedBy, DiffKind, EntityDiff } from '../../shared/merge/types.ts';
import type { MarkFilter } from '../store/compareStore.ts';

export interface NodeMark {
  by: ChangedBy;
  kind: DiffKind;
  conflict: boolean;
}

/** The tables whose rows are boxes (by the concept or by the line that places it). */
const ON_CANVAS = new Set(['causes', 'consequences', 'riskCauses', 'riskConsequences', 'measures', 'placements', 'escalationFactors']);

const shown = (by: ChangedBy, filter: MarkFilter) => filter === 'both' || by === filter || by === 'both';

function combine(a: NodeMark | undefined, b: NodeMark): NodeMark {
  if (!a) return b;
  return { by: a.by === b.by ? a.by : 'both', kind: a.kind === b.kind ? a.kind : 'changed', conflict: a.conflict || b.conflict };
}

/** The marks of the boxes of `nodes` (by node key) for the differences `filter` lets through. */
export function compareMarks(diffs: readonly EntityDiff[], nodes: readonly LayoutNode[], riskId: string, filter: MarkFilter): Map<string, NodeMark> {
  const byId = new Map<string, NodeMark>();
  const out = new Map<string, NodeMark>();
  const add = (key: string, m: NodeMark) => out.set(key, combine(out.get(key), m));
  for (const d of diffs) {
    if (!shown(d.by, filter)) continue;
    const mark: NodeMark = { by: d.by, kind: d.kind, conflict: d.conflict };
    if (d.table === 'risks' && d.id === riskId) {
      // The risk's own fields: its hazard is one box, the rest is told by the central event.
      const fields = d.fields.map((f) => f.field);
      if (fields.includes('hazard')) add('hazard', mark);
      if (fields.length === 0 || fields.some((f) => f !== 'hazard')) add('event', mark);
    } else if (ON_CANVAS.has(d.table)) byId.set(d.id, combine(byId.get(d.id), mark));
  }
  for (const n of nodes) {
    if (n.kind === 'hazard' || n.kind === 'event') continue;
    const a = byId.get(n.entityId);
    const b = n.refId !== n.entityId ? byId.get(n.refId) : undefined;
    if (a) add(n.key, a);
    if (b) add(n.key, b);
  }
  return out;
}
