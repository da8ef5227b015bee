/**
 * The drawn course of each edge. Paths run left to right: boxes are joined centre to centre by
 * smooth curves, and the rows fan into (and out of) the central event, each meeting the circle
 * at its own point so lines never pile up. Escalation chains run along their lane and turn up
 * into the bottom of the measure they weaken.
 */
import type { LayoutEdge, LayoutMetrics, LayoutNode } from '../layout/types.ts';
import { num } from './svg.ts';

interface Pt {
  x: number;
  y: number;
}

const right = (n: LayoutNode): Pt => ({ x: n.x + n.width, y: n.y + n.height / 2 });
const left = (n: LayoutNode): Pt => ({ x: n.x, y: n.y + n.height / 2 });
const centre = (n: LayoutNode): Pt => ({ x: n.x + n.width / 2, y: n.y + n.height / 2 });

/** A cubic from a to b leaving and arriving horizontally (a straight line when level). */
function sCurve(a: Pt, b: Pt): string {
  if (Math.abs(a.y - b.y) < 0.01) return `M${num(a.x)} ${num(a.y)}L${num(b.x)} ${num(b.y)}`;
  const k = Math.max(Math.abs(b.x - a.x) / 2, 10);
  const dir = b.x >= a.x ? 1 : -1;
  return `M${num(a.x)} ${num(a.y)}C${num(a.x + dir * k)} ${num(a.y)} ${num(b.x - dir * k)} ${num(b.y)} ${num(b.x)} ${num(b.y)}`;
}

/**
 * A line between a box side at `p` and the event circle: straight to the edge of the fan zone,
 * then curving in to the point of the circle that faces it, arriving square to the circle.
 * Returned from p to the circle; `reverse` gives it from the circle to p.
 */
function toEvent(p: Pt, event: LayoutNode, m: LayoutMetrics, reverse: boolean): string {
  const c = centre(event);
  const r = event.width / 2 - 3 * m.scale;
  const side = p.x < c.x ? -1 : 1;
  const fanX = c.x + side * (r + m.fanGap * 0.75);
  const start = side * (p.x - fanX) > 0 ? { x: fanX, y: p.y } : p;
  const dx = start.x - c.x;
  const dy = start.y - c.y;
  const len = Math.hypot(dx, dy) || 1;
  const ux = dx / len;
  const uy = dy / len;
  const q = { x: c.x + ux * r, y: c.y + uy * r };
  const k = Math.max(Math.abs(start.x - q.x) * 0.5, 8 * m.scale);
  const c1 = { x: start.x - side * k, y: start.y };
  const c2 = { x: q.x + ux * k, y: q.y + uy * k };
  const straight = start === p ? '' : `L${num(start.x)} ${num(start.y)}`;
  if (!reverse) return `M${num(p.x)} ${num(p.y)}${straight}C${num(c1.x)} ${num(c1.y)} ${num(c2.x)} ${num(c2.y)} ${num(q.x)} ${num(q.y)}`;
  const back = start === p ? '' : `L${num(p.x)} ${num(p.y)}`;
  return `M${num(q.x)} ${num(q.y)}C${num(c2.x)} ${num(c2.y)} ${num(c1.x)} ${num(c1.y)} ${num(start.x)} ${num(start.y)}${back}`;
}

/** Up from a lane into the bottom of the weakened measure, with a rounded corner. */
function elbowUp(a: Pt, target: LayoutNode, m: LayoutMetrics): string {
  const tx = target.x + target.width / 2;
  const ty = target.y + target.height;
  const r = Math.min(8 * m.scale, Math.abs(tx - a.x), Math.abs(a.y - ty));
  const dir = tx >= a.x ? 1 : -1;
  return `M${num(a.x)} ${num(a.y)}H${num(tx - dir * r)}Q${num(tx)} ${num(a.y)} ${num(tx)} ${num(a.y - r)}V${num(ty)}`;
}

/** SVG path data for `edge`. */
export function edgePath(edge: LayoutEdge, source: LayoutNode, target: LayoutNode, m: LayoutMetrics): string {
  if (edge.kind === 'hazard') {
    return `M${num(source.x + source.width / 2)} ${num(source.y + source.height)}V${num(target.y + 3 * m.scale)}`;
  }
  if (target.kind === 'event') return toEvent(right(source), target, m, false);
  if (source.kind === 'event') return toEvent(left(target), source, m, true);
  // Escalation chains on the right run outside-in, that is right to left.
  const leftward = edge.kind === 'escalation' && source.side === 'right';
  const from = leftward ? left(source) : right(source);
  if (edge.kind === 'escalation' && target.y + target.height <= source.y) return elbowUp(from, target, m);
  return sCurve(from, leftward ? right(target) : left(target));
}
