/**
 * Lays out one side of the bow-tie (the causes or the consequences) in "slots": slot 1 is the
 * measure column next to the central event, higher slots lie further out. Each path is a row:
 * its line node in the outermost column, its measures inline in aligned columns. Escalation
 * factors hang below the measure they weaken, each in its own lane of the row:
 * `[factor] → [measure] → … → ┘` running outward from the weakened measure. Lanes are ordered
 * from the outermost measure inward (and nested lanes right after their parent), so every
 * connector going up runs past empty slots only: nothing crosses, nothing overlaps.
 *
 * A layout that holds still: each row and lane (a "band") has a room of its own, sized for
 * `rowLines` label lines (plus the owner line when it holds measures) whatever its labels say,
 * and its boxes are centred on the middle of that room. A box up to `rowSlack` (a line) taller
 * than the room still fits, taking the room from the gaps; only a taller box grows its band,
 * and then it moves just the bands below it. So a rename that wraps one line more moves only the
 * renamed box, and never a row above it, the other side or the event (which line up with the
 * rooms, see `roomCentres`).
 */
import type { MeasureItem, PathItem } from './bowtieTree.ts';
import { nodeBox } from './nodeBox.ts';
import type { LayoutEdge, LayoutMetrics, LayoutNode } from './types.ts';

export interface SlotNode {
  node: LayoutNode;
  /** 1 = next to the central event; grows outward. */
  slot: number;
}

export interface SideLayout {
  nodes: SlotNode[];
  edges: LayoutEdge[];
  /** Vertical centre of each row's main line, top to bottom, were every band at its room: a
   * function of the structure only, so the other side and the event, which line up with it, do
   * not move when a label grows. */
  roomCentres: number[];
  /** Outermost slot used (0 when the side is empty). */
  maxSlot: number;
}

/** Lays out `paths` as the left (`cause`) or right (`consequence`) side. */
export function sideLayout(paths: readonly PathItem[], side: 'left' | 'right', m: LayoutMetrics): SideLayout {
  const lineKind = side === 'left' ? 'cause' : 'consequence';
  let columns = 0;
  for (const p of paths) columns = Math.max(columns, p.measures.length);
  // Measures keep the flow order (cause → event → consequence) and hug the outer column, so
  // the two sides mirror each other and the free room of short paths lies by the event, where
  // paths converge. A new column then moves every row of the side as a whole.
  const measureSlot = (i: number, count: number): number => (side === 'left' ? columns - i : columns - count + 1 + i);

  const out: SideLayout = { nodes: [], edges: [], roomCentres: [], maxSlot: 0 };
  const place = (node: LayoutNode, slot: number): void => {
    out.nodes.push({ node, slot });
    if (slot > out.maxSlot) out.maxSlot = slot;
  };
  const edge = (source: string, target: string, kind: LayoutEdge['kind']): void => {
    out.edges.push({ key: `${source}->${target}`, source, target, kind });
  };
  const measureNode = (item: MeasureItem, kind: 'measure' | 'escalationMeasure'): LayoutNode =>
    nodeBox(
      {
        kind,
        key: `measure:${item.placement.id}`,
        entityId: item.measure.id,
        refId: item.placement.id,
        side,
        label: item.measure.label,
        sub: item.ownerName,
      },
      m,
    );

  /** The height of a band's room: `rowLines` lines, and the owner line under a measure's label. */
  const room = (row: readonly SlotNode[]): number => {
    const sub = row.some((r) => r.node.kind === 'measure' || r.node.kind === 'escalationMeasure') ? m.subLineHeight + 2 * m.scale : 0;
    return 2 * m.padY + Math.max(m.rowLines, 2) * m.lineHeight + sub;
  };

  /** Centres `row` (nodes with slots) on the middle of a band starting at `top`; returns the band's height. */
  const band = (row: SlotNode[], top: number): number => {
    let tallest = 0;
    for (const r of row) tallest = Math.max(tallest, r.node.height);
    const fits = room(row);
    const h = tallest <= fits + m.rowSlack ? fits : tallest;
    for (const r of row) {
      r.node.y = top + (h - r.node.height) / 2;
      place(r.node, r.slot);
    }
    return h;
  };

  let y = 0;
  /** Where `y` would be were every band at its room. */
  let roomY = 0;
  /** Lanes for the escalation factors under `anchors` (outermost first); advances `y`. */
  const lanes = (anchors: { item: MeasureItem; key: string; slot: number }[]): void => {
    for (const anchor of [...anchors].sort((a, b) => b.slot - a.slot)) {
      for (const esc of anchor.item.escalations) {
        const k = esc.measures.length;
        const factorKey = `esc:${esc.factor.id}`;
        const factor = nodeBox(
          { kind: 'escalation', key: factorKey, entityId: esc.factor.id, refId: esc.factor.id, side, label: esc.factor.label },
          m,
        );
        const row: SlotNode[] = [{ node: factor, slot: anchor.slot + k + 1 }];
        const nested: { item: MeasureItem; key: string; slot: number }[] = [];
        let prev = factorKey;
        esc.measures.forEach((item, t) => {
          const node = measureNode(item, 'escalationMeasure');
          const slot = anchor.slot + k - t;
          row.push({ node, slot });
          nested.push({ item, key: node.key, slot });
          edge(prev, node.key, 'escalation');
          prev = node.key;
        });
        edge(prev, anchor.key, 'escalation');
        y += m.laneGap;
        y += band(row, y);
        roomY += m.laneGap + room(row);
        lanes(nested);
      }
    }
  };

  paths.forEach((path, r) => {
    if (r > 0) {
      y += m.gapY;
      roomY += m.gapY;
    }
    const lineKey = `${lineKind}:${path.lineId}`;
    const line = nodeBox({ kind: lineKind, key: lineKey, entityId: path.entityId, refId: path.lineId, side, label: path.label }, m);
    const row: SlotNode[] = [{ node: line, slot: columns + 1 }];
    const anchors: { item: MeasureItem; key: string; slot: number }[] = [];
    let prev = side === 'left' ? lineKey : 'event';
    path.measures.forEach((item, i) => {
      const node = measureNode(item, 'measure');
      const slot = measureSlot(i, path.measures.length);
      row.push({ node, slot });
      anchors.push({ item, key: node.key, slot });
      edge(prev, node.key, 'path');
      prev = node.key;
    });
    edge(prev, side === 'left' ? 'event' : lineKey, 'path');
    y += band(row, y);
    out.roomCentres.push(roomY + room(row) / 2);
    roomY += room(row);
    lanes(anchors);
  });
  return out;
}
