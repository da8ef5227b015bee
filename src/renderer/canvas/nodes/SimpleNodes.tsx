/** Hazard, central event, cause, consequence and escalation factor nodes. */
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useCanvasShared } from '../CanvasContext.ts';
import type { BowtieFlowNode } from '../flowMapping.ts';
import { Lines, NodeFrame } from './NodeFrame.tsx';

/** The hazard: a box in a yellow-and-black striped frame, above the central event. */
export const HazardNode = memo(function HazardNode({ id, data }: NodeProps<BowtieFlowNode>) {
  return (
    <NodeFrame id={id} data={data} className="bt-hazard">
      <Lines lines={data.lines} kind="hazard" />
    </NodeFrame>
  );
});

/** The central event: a ringed disc in the knot of the bow-tie. */
export const EventNode = memo(function EventNode({ id, data }: NodeProps<BowtieFlowNode>) {
  return (
    <NodeFrame id={id} data={data} className="bt-event" decoration={<span className="bt-event-ring" aria-hidden="true" />}>
      <Lines lines={data.lines} kind="event" />
    </NodeFrame>
  );
});

/** A cause (left, blue) or consequence (right, red); a linked one shows in how many risks it is. */
export const LineNode = memo(function LineNode({ id, data }: NodeProps<BowtieFlowNode>) {
  const { t } = useCanvasShared();
  const linked = data.usage > 1 ? t('canvas.shared', { count: data.usage }) : undefined;
  return (
    <NodeFrame id={id} data={data} className={`bt-${data.kind}`} details={linked} decoration={linked ? <SharedBadge count={data.usage} title={linked} /> : null}>
      <Lines lines={data.lines} kind={data.kind} />
    </NodeFrame>
  );
});

/** An escalation factor: a purple box with cut corners, in a lane below the measure it weakens. */
export const EscalationNode = memo(function EscalationNode({ id, data }: NodeProps<BowtieFlowNode>) {
  return (
    <NodeFrame id={id} data={data} className="bt-escalation" decoration={<EscalationShape />}>
      <Lines lines={data.lines} kind="escalation" />
    </NodeFrame>
  );
});

function EscalationShape() {
  // Drawn in a 100 × 100 box stretched to the node; the corner cut keeps its size via a non-scaling stroke.
  return (
    <svg className="bt-escalation-shape" viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <path d="M8 0H92L100 14V86L92 100H8L0 86V14Z" vectorEffect="non-scaling-stroke" />
    </svg>
  );
}

/** "⛓ 2": linked across risks. */
export function SharedBadge({ count, title }: { count: number; title: string }) {
  return (
    <span className="bt-badge bt-shared" title={title} aria-hidden="true">
      <svg viewBox="0 0 16 16" width="1em" height="1em" focusable="false">
        <path d="M6.5 9.5l3-3M5 7.5L3.6 8.9a2.3 2.3 0 003.3 3.3L8.3 10.8M11 8.5l1.4-1.4a2.3 2.3 0 00-3.3-3.3L7.7 5.2" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {count}
    </span>
  );
}
