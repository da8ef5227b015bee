/**
 * The bow-tie layout: a pure, deterministic function from the document to positioned boxes.
 *
 *            [hazard]
 *               |
 *               |
 * [cause]-[m]-[m]-\             /-[m]-[m]-[consequence]
 * [cause]-[m]------( event )-----[m]------[consequence]
 *  [esc]-[m]-┘ /                 \
 *
 * Causes stack in a column on the far left, consequences on the far right, measures sit inline
 * on their path in columns aligned across rows, escalation factors hang below the measure they
 * weaken (see sideLayout.ts). Each side's rows never share a vertical band, each node in a band
 * has its own column, and the hazard and event have a column of their own, so boxes never
 * overlap. Linear in the number of elements (plus sorting lines by their order).
 */
import type { ProjectDoc } from '../model/doc.ts';
import { bowtieTree } from './bowtieTree.ts';
import { layoutMetrics } from './metrics.ts';
import { hazardStripe, nodeBox } from './nodeBox.ts';
import { applyOverrides } from './overrides.ts';
import { sideLayout } from './sideLayout.ts';
import type { BowtieLayout, LayoutMetrics, LayoutNode, LayoutOptions } from './types.ts';

/** The hazard's box is this far above the central event. */
const HAZARD_GAP = 34;

/** The height of a hazard box with two lines: taller ones stick out above the margin line. */
function hazardRoom(m: LayoutMetrics): number {
  return 2 * m.padY + 2 * hazardStripe(m) + 2 * m.lineHeight;
}

/** Lays out the bow-tie of `riskId`; an unknown risk gives an empty layout. */
export function layoutBowtie(doc: ProjectDoc, riskId: string, opts: LayoutOptions = {}): BowtieLayout {
  const m = layoutMetrics(opts);
  const tree = bowtieTree(doc, riskId, opts.hide ?? [], opts.rows);
  if (!tree) return { nodes: [], edges: [], bounds: { x: 0, y: 0, width: 0, height: 0 }, metrics: m };
  const { risk } = tree;

  const left = sideLayout(tree.causes, 'left', m);
  const right = sideLayout(tree.consequences, 'right', m);
  const event = nodeBox({ kind: 'event', key: 'event', entityId: risk.id, refId: risk.id, side: 'centre', label: risk.centralEvent }, m);
  const hazard = nodeBox({ kind: 'hazard', key: 'hazard', entityId: risk.id, refId: risk.id, side: 'centre', label: risk.hazard }, m);

  // Columns: the left side ends at x = 0, then the fan gap, the centre column, the fan gap.
  const pitch = m.nodeWidth + m.gapX;
  const centreWidth = Math.max(event.width, hazard.width);
  const cx = m.fanGap + centreWidth / 2;
  const rightStart = cx + centreWidth / 2 + m.fanGap;
  for (const { node, slot } of left.nodes) node.x = -slot * pitch + m.gapX;
  for (const { node, slot } of right.nodes) node.x = rightStart + (slot - 1) * pitch;

  // Vertically, the event sits level with the middle of the rows' rooms; the other side is
  // shifted so that its middle lines up with it too. Rooms depend on the structure only, so a
  // label that grows (and with it a row, see sideLayout.ts) moves neither the event nor the other side.
  const mid = (c: number[]): number | null => (c.length ? (c[0]! + c[c.length - 1]!) / 2 : null);
  const midL = mid(left.roomCentres);
  const midR = mid(right.roomCentres);
  const cy = midL ?? midR ?? 0;
  const rightTop = midR === null ? Infinity : cy - midR;
  if (midR !== null) for (const { node } of right.nodes) node.y += rightTop;
  event.x = cx - event.width / 2;
  event.y = cy - event.height / 2;
  // The hazard tops the centre column, above the first rows too, so that no path converging
  // on the event has to cross it; a longer label makes it grow upward.
  const sidesTop = Math.min(midL === null ? Infinity : 0, rightTop);
  const eventTop = cy - Math.max(event.height, m.eventMinDiameter) / 2;
  const hazardBottom = Math.min(eventTop - HAZARD_GAP * m.scale, sidesTop - m.gapY);
  hazard.x = cx - hazard.width / 2;
  hazard.y = hazardBottom - hazard.height;
  // The picture starts at the margin: at the top of the rows, or of a hazard of two lines above
  // an event of the smallest size (a larger one sticks out above the margin line, and the
  // bounds grow to hold it), so that renaming them moves nothing else.
  const roomBottom = Math.min(cy - m.eventMinDiameter / 2 - HAZARD_GAP * m.scale, sidesTop - m.gapY);
  const top = Math.min(sidesTop, roomBottom - hazardRoom(m));

  const nodes: LayoutNode[] = [hazard, event, ...left.nodes.map((n) => n.node), ...right.nodes.map((n) => n.node)];
  const edges = [{ key: 'hazard->event', source: 'hazard', target: 'event', kind: 'hazard' as const }, ...left.edges, ...right.edges];

  let minX = Infinity;
  for (const n of nodes) minX = Math.min(minX, n.x);
  for (const n of nodes) {
    n.x += m.margin - minX;
    n.y += m.margin - top;
  }
  if (opts.applyOverrides !== false) applyOverrides(nodes, tree.overrides, m.scale);
  return { nodes, edges, bounds: boundsOf(nodes, m.margin), metrics: m };
}

function boundsOf(nodes: readonly LayoutNode[], margin: number): BowtieLayout['bounds'] {
  let minX = 0;
  let minY = 0;
  let maxX = 0;
  let maxY = 0;
  for (const n of nodes) {
    minX = Math.min(minX, n.x - margin);
    minY = Math.min(minY, n.y - margin);
    maxX = Math.max(maxX, n.x + n.width + margin);
    maxY = Math.max(maxY, n.y + n.height + margin);
  }
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
