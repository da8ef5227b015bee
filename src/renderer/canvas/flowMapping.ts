/**
 * The model → React Flow mapping: the layout's positioned boxes become React Flow nodes (one
 * custom type per kind) and its edges become edges between named handles. Node data carries
 * only what the node draws (wrapped lines, the measure's encoding, how widely it is shared);
 * selection and in-place editing are read by the nodes from the stores, so moving the selection
 * does not rebuild this list.
 */
import type { Edge, Node, NodeHandle, Position } from '@xyflow/react';
import type { BowtieLayout, LayoutEdge, LayoutMetrics, LayoutNode, NodeKind } from '../../shared/layout/types.ts';
import type { ProjectDoc } from '../../shared/model/doc.ts';
import type { Effectiveness, MeasureStatus } from '../../shared/model/vocab.ts';
import { edgePath } from '../../shared/diagram/edgePath.ts';
import { nodeContext, type WhereKind } from '../../shared/diagram/nodeContext.ts';

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
  /** Dimmed while another path has the focus (Alt+F). */
  dimmed: boolean;
  /** The handles this node's edges use (the only ones it draws). */
  handles: HandleId[];
  /** Where it stands (its path, its measure), for the accessible name; null for hazard and event. */
  where: WhereKind | null;
  whereNames: string[];
}

/** What an edge draws: its course on the layout, and what to redraw it with while a box is dragged (see BowtieEdge.tsx). */
export interface BowtieEdgeData extends Record<string, unknown> {
  /** SVG path data on the layout's positions. */
  path: string;
  edge: LayoutEdge;
  source: LayoutNode;
  target: LayoutNode;
  metrics: LayoutMetrics;
}

export type BowtieFlowNode = Node<BowtieNodeData, NodeKind>;
export type BowtieFlowEdge = Edge<BowtieEdgeData>;

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

/**
 * The size a node gets on screen: whole pixels, the way React Flow measures the DOM
 * (offsetWidth), so the size it is given and the size it measures agree.
 */
export function flowSize(n: Pick<LayoutNode, 'width' | 'height'>): { width: number; height: number } {
  return { width: Math.round(n.width), height: Math.round(n.height) };
}

/** React Flow nodes for a layout. */
export function toFlowNodes(doc: ProjectDoc, layout: BowtieLayout, opts: FlowOptions = {}): BowtieFlowNode[] {
  const usage = opts.usage ?? usageCounts(doc);
  const used = usedHandles(layout);
  return layout.nodes.map((n) => {
    const handles = NODE_HANDLES[n.kind].filter((h) => used.get(n.key)?.has(h));
    const measure = n.kind === 'measure' || n.kind === 'escalationMeasure' ? doc.measures[n.entityId] : undefined;
    const { width, height } = flowSize(n);
    const context = nodeContext(doc, n);
    return {
      id: n.key,
      type: n.kind,
      position: { x: n.x, y: n.y },
      width,
      height,
      // Known sizes and handle points: React Flow draws edges at once, without measuring the DOM.
      measured: { width, height },
      handles: handlesFor(handles, width, height),
      ariaRole: 'group',
      // The box's button carries its name in the UI's language; React Flow's English "node" goes.
      domAttributes: { 'aria-roledescription': undefined },
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
        handles,
        where: context?.where ?? null,
        whereNames: context?.names ?? [],
      },
    };
  });
}

/** The handle ids every node offers and where they sit (as in React Flow: side, then point). */
const HANDLE_SIDES = {
  's-right': ['source', 'right'],
  's-left': ['source', 'left'],
  's-bottom': ['source', 'bottom'],
  't-left': ['target', 'left'],
  't-right': ['target', 'right'],
  't-top': ['target', 'top'],
  't-bottom': ['target', 'bottom'],
} as const;
export type HandleId = keyof typeof HANDLE_SIDES;

/** The point on a box of size w × h where a handle meets it, relative to the box. */
export function handlePoint(id: HandleId, w: number, h: number): { x: number; y: number } {
  switch (HANDLE_SIDES[id][1]) {
    case 'right':
      return { x: w, y: h / 2 };
    case 'left':
      return { x: 0, y: h / 2 };
    case 'top':
      return { x: w / 2, y: 0 };
    case 'bottom':
      return { x: w / 2, y: h };
  }
}

function handlesFor(ids: readonly HandleId[], w: number, h: number): NodeHandle[] {
  // React Flow takes a 1 × 1 handle box and joins an edge to the middle of its outer side.
  const box = (id: HandleId): { x: number; y: number } => {
    const p = handlePoint(id, w, h);
    const side = HANDLE_SIDES[id][1];
    return { x: side === 'right' ? p.x - 1 : side === 'left' ? p.x : p.x - 0.5, y: side === 'bottom' ? p.y - 1 : side === 'top' ? p.y : p.y - 0.5 };
  };
  return ids.map((id) => ({ id, type: HANDLE_SIDES[id][0], position: HANDLE_SIDES[id][1] as Position, width: 1, height: 1, ...box(id) }));
}

const centreY = (n: LayoutNode) => n.y + n.height / 2;
const centreX = (n: LayoutNode) => n.x - n.dx + n.width / 2;

/** The handles each kind of node offers (what edgeHandles can ask of it). */
export const NODE_HANDLES: Record<LayoutNode['kind'], readonly HandleId[]> = {
  hazard: ['s-bottom'],
  event: ['t-left', 't-top', 's-right'],
  cause: ['s-right'],
  consequence: ['t-left'],
  measure: ['t-left', 's-right', 't-bottom'],
  escalation: ['s-right', 's-left'],
  escalationMeasure: ['t-left', 't-right', 's-left', 's-right'],
};

/**
 * The handles an edge runs between: along a row from the right side of one box to the left side
 * of the next (or the other way round on an escalation lane running outward to inward on the
 * right); up into the bottom of the measure an escalation lane weakens; down from the hazard
 * into the central event.
 */
export function edgeHandles(e: LayoutEdge, source: LayoutNode, target: LayoutNode): { sourceHandle: HandleId; targetHandle: HandleId } {
  if (e.kind === 'hazard') return { sourceHandle: 's-bottom', targetHandle: 't-top' };
  const rightward = centreX(target) >= centreX(source);
  // Decided on the automatic positions, so a nudge never changes which sides are joined.
  const sameRow = Math.abs(centreY(target) - target.dy - (centreY(source) - source.dy)) < 1 || e.kind === 'path';
  if (!sameRow) return { sourceHandle: rightward ? 's-right' : 's-left', targetHandle: 't-bottom' };
  return rightward ? { sourceHandle: 's-right', targetHandle: 't-left' } : { sourceHandle: 's-left', targetHandle: 't-right' };
}

/** Which handles of each node the layout's edges join. */
function usedHandles(layout: BowtieLayout): Map<string, Set<HandleId>> {
  const byKey = new Map(layout.nodes.map((n) => [n.key, n]));
  const used = new Map<string, Set<HandleId>>();
  const mark = (key: string, h: HandleId) => {
    let set = used.get(key);
    if (!set) used.set(key, (set = new Set()));
    set.add(h);
  };
  for (const e of layout.edges) {
    const s = byKey.get(e.source);
    const t = byKey.get(e.target);
    if (!s || !t) continue;
    const h = edgeHandles(e, s, t);
    mark(e.source, h.sourceHandle);
    mark(e.target, h.targetHandle);
  }
  return used;
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
      type: 'bowtie',
      className: `bt-edge bt-edge-${e.kind}${dimmed ? ' is-dimmed' : ''}`,
      selectable: false,
      focusable: false,
      // Paths are drawing, not content: the nodes carry the names.
      ariaRole: 'presentation',
      domAttributes: { 'aria-roledescription': undefined, 'aria-hidden': true },
      data: { path: edgePath(e, s, t, layout.metrics), edge: e, source: s, target: t, metrics: layout.metrics },
    });
  }
  return out;
}

/**
 * Keeps the previous node object wherever nothing it shows changed, so React Flow and the node
 * components skip the nodes an edit did not touch.
 */
export function reuseUnchanged(prev: readonly BowtieFlowNode[], next: BowtieFlowNode[]): BowtieFlowNode[] {
  if (prev.length === 0) return next;
  const old = new Map(prev.map((n) => [n.id, n]));
  return next.map((n) => {
    const o = old.get(n.id);
    return o && sameNode(o, n) ? o : n;
  });
}

function sameNode(a: BowtieFlowNode, b: BowtieFlowNode): boolean {
  if (a.type !== b.type || a.position.x !== b.position.x || a.position.y !== b.position.y || a.width !== b.width || a.height !== b.height) return false;
  const x = a.data;
  const y = b.data;
  return (
    x.label === y.label &&
    x.effectiveness === y.effectiveness &&
    x.status === y.status &&
    x.quickWin === y.quickWin &&
    x.usage === y.usage &&
    x.dimmed === y.dimmed &&
    x.where === y.where &&
    sameLines(x.whereNames, y.whereNames) &&
    sameLines(x.handles, y.handles) &&
    sameLines(x.lines, y.lines) &&
    sameLines(x.subLines, y.subLines)
  );
}

/**
 * Keeps the previous edge object wherever its course did not change (same path, handles and
 * look), and the previous list when no edge changed (a box that grew about its centre line
 * keeps its edges), so React Flow redraws only the edges an edit moved.
 */
export function reuseUnchangedEdges(prev: readonly BowtieFlowEdge[], next: BowtieFlowEdge[]): BowtieFlowEdge[] {
  if (prev.length === 0) return next;
  const old = new Map(prev.map((e) => [e.id, e]));
  let changed = prev.length !== next.length;
  const out = next.map((e, i) => {
    const o = old.get(e.id);
    if (o && sameEdge(o, e)) {
      if (prev[i] !== o) changed = true;
      return o;
    }
    changed = true;
    return e;
  });
  return changed ? out : (prev as BowtieFlowEdge[]);
}

function sameEdge(a: BowtieFlowEdge, b: BowtieFlowEdge): boolean {
  return a.className === b.className && a.sourceHandle === b.sourceHandle && a.targetHandle === b.targetHandle && a.data!.path === b.data!.path;
}

function sameLines(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((l, i) => l === b[i]);
}
