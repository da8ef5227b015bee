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

/** `n` moved so that its handle `h` lies at (x, y). */
function shifted(n: LayoutNode, h: HandleId, x: number, y: number): LayoutNode {
  const p = handlePoint(h, flowSize(n).width, flowSize(n).height);
  const dx = x - (n.x + p.x);
  const dy = y - (n.y + p.y);
  // Below a hundredth of a pixel it is rounding, not a drag.
  return Math.abs(dx) < 0.01 && Math.abs(dy) < 0.01 ? n : { ...n, x: n.x + dx, y: n.y + dy };
}

/** Draws from its own data (the path on the layout), so an edge whose course stayed is not redrawn. */
export const BowtieEdge = memo(function BowtieEdge({ id, data, sourceX, sourceY, targetX, targetY }: EdgeProps<BowtieFlowEdge>) {
  if (!data) return null;
  const { edge: e, source: s, target: t, metrics } = data;
  const h = edgeHandles(e, s, t);
  const s2 = shifted(s, h.sourceHandle, sourceX, sourceY);
  const t2 = shifted(t, h.targetHandle, targetX, targetY);
  const d = s2 === s && t2 === t ? data.path : edgePath(e, s2, t2, metrics);
  return <BaseEdge id={id} path={d} interactionWidth={0} />;
});
