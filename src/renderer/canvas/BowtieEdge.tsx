/**
 * One edge of the bow-tie, drawn with the same path geometry as the SVG renderer of the reports
 * (src/shared/diagram/edgePath.ts), so screen and report agree. While a node is dragged, its box
 * is shifted by the distance React Flow has moved it before drawing.
 */
import { BaseEdge, useInternalNode, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { edgePath } from '../../shared/diagram/edgePath.ts';
import type { LayoutNode } from '../../shared/layout/types.ts';
import type { BowtieFlowEdge } from './flowMapping.ts';
import { useLayoutLookup } from './LayoutContext.ts';

function moved(n: LayoutNode, at: { x: number; y: number } | undefined): LayoutNode {
  if (!at || (at.x === n.x && at.y === n.y)) return n;
  return { ...n, x: at.x, y: at.y };
}

export const BowtieEdge = memo(function BowtieEdge({ id, source, target }: EdgeProps<BowtieFlowEdge>) {
  const lookup = useLayoutLookup();
  const sourceAt = useInternalNode(source)?.internals.positionAbsolute;
  const targetAt = useInternalNode(target)?.internals.positionAbsolute;
  const e = lookup?.edges.get(id);
  const s = e ? lookup?.nodes.get(e.source) : undefined;
  const t = e ? lookup?.nodes.get(e.target) : undefined;
  if (!lookup || !e || !s || !t) return null;
  return <BaseEdge id={id} path={edgePath(e, moved(s, sourceAt), moved(t, targetAt), lookup.metrics)} interactionWidth={0} />;
});
