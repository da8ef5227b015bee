/**
 * The model → React Flow mapping: the layout's positioned boxes become React Flow nodes (one
 * custom type per kind) and its edges become edges between named handles. Node data carries
 * only what the node draws (wrapped lines, the measure's encoding, how widely it is shared);
 * selection and in-place editing are read by the nodes from the stores, so moving the selection
 * does not rebuild this list.
 */
import type { Edge, Node } from '@xyflow/react';
import type { BowtieLayout, LayoutEdge, LayoutNode, NodeKind } from '../../shared/layout/types.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Effectiveness, MeasureStatus } from '../../shared/model/vocab.ts';

export interface BowtieNodeData extends Record<string, unknown> {
  kind: NodeKind;
  lines: string[];
  subLines: string[];
  /** The full label (the lines may end in "…"). */
  label: string;
  effectiveness: Effectiveness | null;
  status: MeasureStatus | null;
  quickWin: boolean;
  /** Number of risks this cause / consequence / measure appears in (2+: linked). */
  usage: number;
  /** Dimmed while another path has the focus (Shift+F). */
  dimmed: boolean;
}

export type BowtieFlowNode = Node<BowtieNodeData, NodeKind>;
export type BowtieFlowEdge = Edge<Record<string, never>>;

export interface FlowOptions {
  /** Node keys to keep bright; everything else is dimmed. Null: nothing dimmed. */
  focus?: ReadonlySet<string> | null;
  /** Usage counts per concept id, see `usageCounts`. */
  usage?: ReadonlyMap<string, number>;
}

/** In how many risks each cause, consequence and measure concept appears (one pass per table). */
export function usageCounts(doc: ProjectDoc): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  const add = (concept: string, riskId: string) => {
    let s = sets.get(concept);
    if (!s) sets.set(concept, (s = new Set()));
    s.add(riskId);
  };
  for (const l of Object.values(doc.riskCauses)) add(l.causeId, l.riskId);
  for (const l of Object.values(doc.riskConsequences)) add(l.consequenceId, l.riskId);
  for (const p of Object.values(doc.placements)) add(p.measureId, p.riskId);
  const out = new Map<string, number>();
  for (const [k, s] of sets) out.set(k, s.size);
  return out;
}

function labelOf(doc: ProjectDoc, n: LayoutNode): string {
  switch (n.kind) {
    case 'hazard':
      return doc.risks[n.entityId]?.hazard ?? '';
    case 'event':
      return doc.risks[n.entityId]?.centralEvent ?? '';
    case 'cause':
      return doc.causes[n.entityId]?.label ?? '';
    case 'consequence':
      return doc.consequences[n.entityId]?.label ?? '';
    case 'escalation':
      return doc.escalationFactors[n.entityId]?.label ?? '';
    default:
      return doc.measures[n.entityId]?.label ?? '';
  }
}

/** React Flow nodes for a layout. */
export function toFlowNodes(doc: ProjectDoc, layout: BowtieLayout, opts: FlowOptions = {}): BowtieFlowNode[] {
  const usage = opts.usage ?? usageCounts(doc);
  return layout.nodes.map((n) => {
    const measure = n.kind === 'measure' || n.kind === 'escalationMeasure' ? doc.measures[n.entityId] : undefined;
    return {
      id: n.key,
      type: n.kind,
      position: { x: n.x, y: n.y },
      width: n.width,
      height: n.height,
      ariaRole: 'group',
      // Hazard and central event belong to the risk: they stay in the centre.
      draggable: n.kind !== 'hazard' && n.kind !== 'event',
      data: {
        kind: n.kind,
        lines: n.lines,
        subLines: n.subLines,
        label: labelOf(doc, n),
        effectiveness: measure?.effectiveness ?? null,
        status: measure?.status ?? null,
        quickWin: measure?.quickWin ?? false,
        usage: usage.get(n.entityId) ?? 0,
        dimmed: opts.focus ? !opts.focus.has(n.key) : false,
      },
    };
  });
}

const centreY = (n: LayoutNode) => n.y + n.height / 2;
const centreX = (n: LayoutNode) => n.x + n.width / 2;

/**
 * The handles an edge runs between: along a row from the right side of one box to the left side
 * of the next (or the other way round on an escalation lane running outward to inward on the
 * right); up into the bottom of the measure an escalation lane weakens; down from the hazard
 * into the central event.
 */
export function edgeHandles(e: LayoutEdge, source: LayoutNode, target: LayoutNode): { sourceHandle: string; targetHandle: string } {
  if (e.kind === 'hazard') return { sourceHandle: 's-bottom', targetHandle: 't-top' };
  const rightward = centreX(target) >= centreX(source);
  const sameRow = Math.abs(centreY(target) - centreY(source)) < 1 || e.kind === 'path';
  if (!sameRow) return { sourceHandle: rightward ? 's-right' : 's-left', targetHandle: 't-bottom' };
  return rightward ? { sourceHandle: 's-right', targetHandle: 't-left' } : { sourceHandle: 's-left', targetHandle: 't-right' };
}

/** React Flow edges for a layout. */
export function toFlowEdges(layout: BowtieLayout, opts: FlowOptions = {}): BowtieFlowEdge[] {
  const byKey = new Map(layout.nodes.map((n) => [n.key, n]));
  const out: BowtieFlowEdge[] = [];
  for (const e of layout.edges) {
    const s = byKey.get(e.source);
    const t = byKey.get(e.target);
    if (!s || !t) continue;
    const dimmed = opts.focus ? !(opts.focus.has(e.source) && opts.focus.has(e.target)) : false;
    out.push({
      id: e.key,
      source: e.source,
      target: e.target,
      ...edgeHandles(e, s, t),
      type: e.kind === 'escalation' ? 'smoothstep' : 'default',
      className: `bt-edge bt-edge-${e.kind}${dimmed ? ' is-dimmed' : ''}`,
      selectable: false,
      focusable: false,
      // Paths are drawing, not content: the nodes carry the names.
      ariaRole: 'presentation',
      domAttributes: { 'aria-roledescription': undefined, 'aria-hidden': true },
    });
  }
  return out;
}
