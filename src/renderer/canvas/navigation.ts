/**
 * Arrow-key movement over the bow-tie. Left/right follow the paths (the layout's edges), so a
 * facilitator walks cause → measures → central event → measures → consequence; up/down go to
 * the nearest row above or below on the same side, keeping the column as well as possible, and
 * between an escalation factor and the measure it weakens along their lane. Works on positions
 * with overrides applied, so nudged nodes stay reachable.
 */
import type { LayoutEdge, LayoutNode } from '../../shared/layout/types.ts';

export type Direction = 'left' | 'right' | 'up' | 'down';

interface Box {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  side: LayoutNode['side'];
}

const cx = (b: Box) => b.x + b.width / 2;
const cy = (b: Box) => b.y + b.height / 2;

/** The key to select after pressing an arrow key on `from`; null when there is nowhere to go. */
export function neighbour(nodes: readonly Box[], edges: readonly Pick<LayoutEdge, 'source' | 'target' | 'kind'>[], from: string | null, dir: Direction): string | null {
  if (nodes.length === 0) return null;
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  const start = from ? byKey.get(from) : undefined;
  if (!start) return byKey.has('event') ? 'event' : nodes[0]!.key;
  if (dir === 'left' || dir === 'right') return alongPath(nodes, edges, byKey, start, dir);
  return alongLane(edges, byKey, start, dir) ?? acrossRows(nodes, start, dir);
}

/**
 * Up or down from an escalation factor: to the measure it weakens, at the end of its lane
 * (factor → measures against it → the measure), even where a box beside the lane is nearer.
 */
function alongLane(edges: readonly Pick<LayoutEdge, 'source' | 'target' | 'kind'>[], byKey: Map<string, Box>, start: Box, dir: 'up' | 'down'): string | null {
  if (!start.key.startsWith('esc:')) return null;
  let at = start.key;
  for (let hops = 0; hops < edges.length; hops++) {
    const next = edges.find((e) => e.kind === 'escalation' && e.source === at);
    if (!next) break;
    at = next.target;
  }
  const weakened = at === start.key ? undefined : byKey.get(at);
  const sign = dir === 'down' ? 1 : -1;
  return weakened && (cy(weakened) - cy(start)) * sign > 1 ? weakened.key : null;
}

function alongPath(nodes: readonly Box[], edges: readonly Pick<LayoutEdge, 'source' | 'target'>[], byKey: Map<string, Box>, start: Box, dir: 'left' | 'right'): string | null {
  const sign = dir === 'right' ? 1 : -1;
  const ahead = (b: Box) => (cx(b) - cx(start)) * sign > 1;
  const linked: Box[] = [];
  for (const e of edges) {
    const other = e.source === start.key ? e.target : e.target === start.key ? e.source : null;
    const b = other ? byKey.get(other) : undefined;
    if (b && ahead(b)) linked.push(b);
  }
  // Without a linked node ahead (e.g. a nudged node), fall back to the same band.
  const candidates = linked.length > 0 ? linked : nodes.filter((b) => b.key !== start.key && ahead(b) && overlapsVertically(b, start));
  return best(candidates, (b) => [Math.abs(cy(b) - cy(start)), Math.abs(cx(b) - cx(start))]);
}

function acrossRows(nodes: readonly Box[], start: Box, dir: 'up' | 'down'): string | null {
  const below = dir === 'down';
  const candidates = nodes.filter((b) => {
    if (b.key === start.key || b.side !== start.side) return false;
    return below ? cy(b) > cy(start) + 1 : cy(b) < cy(start) - 1;
  });
  if (candidates.length === 0) return null;
  // The nearest row first (boxes of one row share their centre line), then the nearest column.
  const rowGap = Math.min(...candidates.map((b) => bandGap(b, start, below)));
  const row = candidates.filter((b) => bandGap(b, start, below) <= rowGap + 1);
  return best(row, (b) => [Math.round(Math.abs(cx(b) - cx(start))), bandGap(b, start, below)]);
}

/** Vertical distance from `start` to the centre line of `b`'s band. */
function bandGap(b: Box, start: Box, below: boolean): number {
  return Math.round(below ? cy(b) - cy(start) : cy(start) - cy(b));
}

function overlapsVertically(a: Box, b: Box): boolean {
  return a.y < b.y + b.height && b.y < a.y + a.height;
}

function best(list: readonly Box[], score: (b: Box) => number[]): string | null {
  let pick: Box | null = null;
  let pickScore: number[] = [];
  for (const b of list) {
    const s = score(b);
    if (!pick || less(s, pickScore) || (equal(s, pickScore) && b.key < pick.key)) {
      pick = b;
      pickScore = s;
    }
  }
  return pick?.key ?? null;
}

function less(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! < b[i]!;
  return false;
}

function equal(a: number[], b: number[]): boolean {
  return a.every((v, i) => v === b[i]);
}

/** The last arrow move, so that the opposite arrow goes straight back. */
export interface LastMove {
  from: string;
  to: string;
  dir: Direction;
}

const OPPOSITE: Record<Direction, Direction> = { left: 'right', right: 'left', up: 'down', down: 'up' };

/**
 * Like `neighbour`, but pressing the opposite arrow right after a move returns to where it came
 * from (down into an escalation lane and up again lands on the same measure).
 */
export function step(nodes: readonly Box[], edges: readonly Pick<LayoutEdge, 'source' | 'target' | 'kind'>[], from: string | null, dir: Direction, last: LastMove | null): string | null {
  if (last && from === last.to && dir === OPPOSITE[last.dir] && nodes.some((n) => n.key === last.from)) return last.from;
  return neighbour(nodes, edges, from, dir);
}
