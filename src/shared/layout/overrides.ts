/**
 * Manual nudges of the automatic layout, stored per node key as an offset (dx, dy) in layout
 * units at scale 1, so a nudge keeps its meaning in projector mode and in report images.
 */
import type { LayoutOverride } from '../model/entities.ts';
import type { LayoutNode } from './types.ts';

/** Moves the nodes that have an override by its offset times `scale` (in place); unknown keys are ignored. */
export function applyOverrides(nodes: LayoutNode[], overrides: readonly Pick<LayoutOverride, 'nodeKey' | 'dx' | 'dy'>[], scale = 1): void {
  if (overrides.length === 0) return;
  const byKey = new Map(overrides.map((o) => [o.nodeKey, o]));
  for (const node of nodes) {
    const o = byKey.get(node.key);
    if (!o) continue;
    node.dx = o.dx * scale;
    node.dy = o.dy * scale;
    node.x += node.dx;
    node.y += node.dy;
  }
}

/** Drags closer than this to the automatic position snap back to it. */
const SNAP = 2;

/**
 * The override that puts `node` (from a layout with overrides applied) at the dragged
 * top-left position, or null when the drop is back on the automatic position (delete the
 * override then). `scale` is the layout's scale; offsets are rounded to whole units.
 */
export function overrideFromDrag(
  node: Pick<LayoutNode, 'x' | 'y' | 'dx' | 'dy'>,
  dropped: { x: number; y: number },
  scale = 1,
): { dx: number; dy: number } | null {
  const dx = Math.round((dropped.x - (node.x - node.dx)) / scale);
  const dy = Math.round((dropped.y - (node.y - node.dy)) / scale);
  if (Math.abs(dx) <= SNAP && Math.abs(dy) <= SNAP) return null;
  return { dx, dy };
}
