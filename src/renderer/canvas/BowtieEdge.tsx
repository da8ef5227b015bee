/**
 * One edge of the bow-tie, drawn with the same path geometry as the SVG renderer of the reports
 * (src/shared/diagram/edgePath.ts), so screen and report agree. React Flow gives the edge its end
 * points; where they differ from the layout's (a node being dragged) the box is shifted by the
 * difference before drawing.
 */
import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { edgePath } from '../../shared/diagram/edgePath.ts';
import type { LayoutNode } from '../../shared/layout/types.ts';
import { edgeHandles, flowSize, handlePoint, type BowtieFlowEdge, type HandleId } from './flowMapping.ts';
import { useLayoutLookup } from './LayoutContext.ts';

/** `n` moved so that its handle `h` lies at (x, y). */
function shifted(n: LayoutNode, h: HandleId, x: number, y: number): LayoutNode {
  const p = handlePoint(h, flowSize(n).width, flowSize(n).height);
  const dx = x - (n.x + p.x);
  const dy = y - (n.y + p.y);
  // Below a hundredth of a pixel it is rounding, not a drag.
  return Math.abs(dx) < 0.01 && Math.abs(dy) < 0.01 ? n : { ...n, x: n.x + dx, y: n.y + dy };
}

export const BowtieEdge = memo(function BowtieEdge({ id, sourceX, sourceY, targetX, targetY }: EdgeProps<BowtieFlowEdge>) {
  const lookup = useLayoutLookup();
  const e = lookup?.edges.get(id);
  const s = e ? lookup?.nodes.get(e.source) : undefined;
  const t = e ? lookup?.nodes.get(e.target) : undefined;
  if (!lookup || !e || !s || !t) return null;
  const h = edgeHandles(e, s, t);
  const d = edgePath(e, shifted(s, h.sourceHandle, sourceX, sourceY), shifted(t, h.targetHandle, targetX, targetY), lookup.metrics);
  return <BaseEdge id={id} path={d} interactionWidth={0} />;
});
