/**
 * Renames that change how a box wraps, and what they move: for the "layout holds still"
 * property tests and bench/layout.bench.ts.
 */
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';
import { layoutMetrics } from '../../../src/shared/layout/metrics.ts';
import { isBold, textWidth } from '../../../src/shared/layout/nodeBox.ts';
import { wrapText } from '../../../src/shared/layout/textMetrics.ts';
import type { LayoutNode, LayoutOptions } from '../../../src/shared/layout/types.ts';
import { labelOf, renameNode } from '../../../src/renderer/canvas/nodeActions.ts';

const FILL = ['en', 'toezicht', 'op', 'naleving', 'door', 'partners', 'in', 'de', 'wijk'];

/** How many lines `label` takes in a box of `node`'s kind. */
export function linesOf(node: Pick<LayoutNode, 'kind'>, label: string, opts: LayoutOptions = {}): number {
  const m = layoutMetrics(opts);
  return wrapText(label, textWidth(node.kind, m), m.fontSize, { weight: isBold(node.kind) ? 'bold' : 'normal', maxLines: m.maxLines }).length;
}

/** `label` with words added until it wraps to `extra` more lines (null when the box cannot grow that far). */
export function longerBy(node: Pick<LayoutNode, 'kind'>, label: string, extra = 1, opts: LayoutOptions = {}): string | null {
  const want = linesOf(node, label, opts) + extra;
  let out = label;
  for (let i = 0; i < 200; i++) {
    const n = linesOf(node, out, opts);
    if (n === want) return out;
    if (n > want) return null;
    out = `${out} ${FILL[i % FILL.length]}`.trim();
  }
  return null;
}

/** Renames the node `key` of `riskId` in place (as the editor's rename does). */
export function rename(doc: ProjectDoc, riskId: string, key: string, label: string): void {
  renameNode(doc, riskId, key, label);
}

export function currentLabel(doc: ProjectDoc, riskId: string, key: string): string {
  return labelOf(doc, riskId, key) ?? '';
}

/** Keys of the nodes whose box (position or size) differs between two layouts. */
export function movedKeys(before: readonly LayoutNode[], after: readonly LayoutNode[]): string[] {
  const a = new Map(after.map((n) => [n.key, n]));
  const same = (p: number, q: number) => Math.abs(p - q) < 1e-6;
  return before.filter((n) => {
    const m = a.get(n.key);
    return !m || !same(n.x, m.x) || !same(n.y, m.y);
  }).map((n) => n.key);
}
