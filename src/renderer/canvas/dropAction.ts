/**
 * What a drag of a node means when it is dropped. Dragging within the structure reorders:
 * a cause or consequence dropped past the middle of another row moves to that place in the
 * list; a measure dropped past the middle of another measure moves along its path, and one
 * dropped on another row of the same side moves onto that path. Any other drop is a nudge,
 * stored as a layout override (or removed again when dropped back on its place).
 */
import { overrideFromDrag } from '../../shared/layout/overrides.ts';
import type { BowtieLayout, LayoutNode } from '../../shared/layout/types.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { PathKind } from '../../shared/model/vocab.ts';

export type DropAction =
  | { kind: 'reorder'; index: number }
  | { kind: 'movePath'; pathKind: PathKind; pathId: string; index: number }
  | { kind: 'nudge'; dx: number; dy: number }
  | { kind: 'unnudge' }
  | { kind: 'none' };

/** Base (automatic) position of a node: its position without the override. */
const baseX = (n: LayoutNode) => n.x - n.dx;
const baseY = (n: LayoutNode) => n.y - n.dy;
const midX = (n: LayoutNode) => baseX(n) + n.width / 2;
const midY = (n: LayoutNode) => baseY(n) + n.height / 2;

/** Decides what dropping `key` with its top-left corner at `dropped` does. */
export function dropAction(doc: ProjectDoc, layout: BowtieLayout, key: string, dropped: { x: number; y: number }): DropAction {
  const node = layout.nodes.find((n) => n.key === key);
  if (!node || node.kind === 'hazard' || node.kind === 'event') return { kind: 'none' };
  const cx = dropped.x + node.width / 2;
  const cy = dropped.y + node.height / 2;

  if (node.kind === 'cause' || node.kind === 'consequence') {
    const rows = layout.nodes.filter((n) => n.kind === node.kind).sort((a, b) => midY(a) - midY(b));
    const from = rows.indexOf(node);
    const to = rows.filter((n) => n !== node && midY(n) < cy).length;
    if (to !== from) return { kind: 'reorder', index: to };
  }

  if (node.kind === 'measure') {
    const p = doc.placements[node.refId];
    if (p && p.pathKind !== 'escalation') {
      const lineKind = p.pathKind;
      const lines = layout.nodes.filter((n) => n.kind === lineKind);
      // The row under the drop: the line whose centre line is nearest, if the drop is within half
      // a box and a gap of it (rows are spaced by their rooms, which may be taller than the line's box).
      let row: LayoutNode | null = null;
      for (const l of lines) if (!row || Math.abs(midY(l) - cy) < Math.abs(midY(row) - cy)) row = l;
      if (row && Math.abs(midY(row) - cy) > Math.max(row.height, node.height) / 2 + layout.metrics.gapY) row = null;
      const pathId = row ? row.refId : p.pathId;
      const others = layout.nodes.filter((n) => n.kind === 'measure' && n !== node && doc.placements[n.refId]?.pathId === pathId);
      const index = others.filter((n) => midX(n) < cx).length;
      if (pathId !== p.pathId) return { kind: 'movePath', pathKind: lineKind, pathId, index };
      const current = others.filter((n) => midX(n) < midX(node)).length;
      if (index !== current) return { kind: 'reorder', index };
    }
  }

  const o = overrideFromDrag(node, dropped, layout.metrics.scale);
  if (!o) return node.dx === 0 && node.dy === 0 ? { kind: 'none' } : { kind: 'unnudge' };
  return { kind: 'nudge', dx: o.dx, dy: o.dy };
}
