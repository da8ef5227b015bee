/** React Flow node and edge types of the bow-tie: one custom node type per kind. */
import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { BowtieEdge } from './BowtieEdge.tsx';
import { MeasureNode } from './nodes/MeasureNode.tsx';
import { EscalationNode, EventNode, HazardNode, LineNode } from './nodes/SimpleNodes.tsx';

export const nodeTypes: NodeTypes = {
  hazard: HazardNode,
  event: EventNode,
  cause: LineNode,
  consequence: LineNode,
  measure: MeasureNode,
  escalationMeasure: MeasureNode,
  escalation: EscalationNode,
};

export const edgeTypes: EdgeTypes = { bowtie: BowtieEdge };
