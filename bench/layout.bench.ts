/**
 * The bow-tie layout at 50 → 1 600 elements (budget at 500: median < 5 ms, DESIGN.md §8),
 * against the wrapping of every label alone (the part no layout can skip); how many boxes a
 * rename that wraps one line more moves (budget: ≤ 10 % of the nodes); and for information the
 * SVG rendering. Run with `npm run bench -- layout`.
 */
import { layoutBowtie } from '../src/shared/layout/bowtieLayout.ts';
import { layoutMetrics } from '../src/shared/layout/metrics.ts';
import { isBold, textWidth } from '../src/shared/layout/nodeBox.ts';
import { wrapText } from '../src/shared/layout/textMetrics.ts';
import { renderBowtieSvg } from '../src/shared/diagram/bowtieSvg.ts';
import { builder } from '../tests/shared/layout/build.ts';
import { currentLabel, longerBy, movedKeys, rename } from '../tests/shared/layout/rename.ts';
import { bowtieOfSize } from './fixtures/bowtieOfSize.ts';
import { atSizes, measure, median, type Bench } from './lib.ts';

const EFFECT = ['good', 'moderate', 'weak', 'unknown'] as const;
const LAYOUT_SIZES = [50, 200, 500, 1000, 1600];
const EDIT_SIZES = [50, 200, 400, 800, 1600];

/** A bow-tie of exactly `size` nodes: 20 causes, 20 consequences, measures, escalation factors with measures. */
export function bigBowtie(size = 500) {
  const b = builder(3);
  const risk = b.risk({ hazard: 'Georganiseerde drugscriminaliteit', centralEvent: 'Drugslab in leegstaand agrarisch pand' });
  const owner = b.partner('Gemeente (OOV)');
  let count = 2;
  const causes = Array.from({ length: 20 }, (_, i) => b.cause(risk, `Oorzaak ${i + 1} met een label van enkele woorden`));
  const consequences = Array.from({ length: 20 }, (_, i) => b.consequence(risk, `Gevolg ${i + 1} voor bewoners en omgeving`));
  count += 40;
  const placements: string[] = [];
  for (let round = 0; count < size; round++) {
    for (const [kind, lines] of [['cause', causes], ['consequence', consequences]] as const) {
      for (const line of lines) {
        if (count >= size) break;
        if (round % 4 === 3 && placements.length && count + 2 <= size) {
          // every fourth round: an escalation factor with one measure against it
          const esc = b.escalation(placements[(round * 7 + count) % placements.length]!, 'Escalatiefactor doordat capaciteit ontbreekt');
          b.measure(risk, 'escalation', esc, 'Maatregel tegen escalatie', { ownerId: owner });
          count += 2;
          continue;
        }
        placements.push(
          b.measure(risk, kind, line, `Maatregel ${count} met een wat langere omschrijving`, { ownerId: owner, effectiveness: EFFECT[count % 4]! }),
        );
        count += 1;
      }
    }
  }
  return { doc: b.doc, risk };
}

/** What every layout must do whatever its method: wrap each label to its box. */
function wrapAll(layout: ReturnType<typeof layoutBowtie>, labels: string[]): number {
  const m = layoutMetrics();
  let lines = 0;
  layout.nodes.forEach((n, i) => {
    lines += wrapText(labels[i]!, textWidth(n.kind, m), m.fontSize, { weight: isBold(n.kind) ? 'bold' : 'normal', maxLines: m.maxLines }).length;
  });
  return lines;
}

/**
 * Renames about 60 boxes of every kind, one at a time, each to a label that wraps `extra` lines
 * more, and counts the boxes whose position changed (the renamed box included).
 */
function renameMoves(size: number, extra: number): { moved: number[]; relayout: number[] } {
  const { doc, riskId } = bowtieOfSize(size);
  const base = layoutBowtie(doc, riskId);
  const step = Math.max(1, Math.floor(base.nodes.length / 60));
  const moved: number[] = [];
  const relayout: number[] = [];
  for (let i = 0; i < base.nodes.length; i += step) {
    const node = base.nodes[i]!;
    const before = currentLabel(doc, riskId, node.key);
    const longer = longerBy(node, before, extra);
    if (longer === null) continue;
    rename(doc, riskId, node.key, longer);
    const t0 = performance.now();
    const after = layoutBowtie(doc, riskId);
    relayout.push(performance.now() - t0);
    moved.push(movedKeys(base.nodes, after.nodes).length);
    rename(doc, riskId, node.key, before);
  }
  return { moved, relayout };
}

export const benches: Bench[] = [
  ...atSizes(
    'layout of a bow-tie',
    LAYOUT_SIZES,
    async (size) => {
      const { doc, risk } = bigBowtie(size);
      const layout = layoutBowtie(doc, risk);
      if (layout.nodes.length !== size) throw new Error(`expected ${size} nodes, got ${layout.nodes.length}`);
      const labels = layout.nodes.map((n) => [...n.lines, ''].join(' ').trim());
      const runs = size <= 500 ? 200 : 60;
      const base = await measure(() => wrapAll(layout, labels), { runs, warmup: 20 });
      const { median_ms } = await measure(() => layoutBowtie(doc, risk), { runs, warmup: 20 });
      return { median_ms, baseline_ms: base.median_ms, extra: { nodes: layout.nodes.length, edges: layout.edges.length, baseline: 'wrapping every label alone' } };
    },
    { unit: 'elements', budget_ms: (size) => (size === 500 ? 5 : undefined) },
  ),
  ...atSizes(
    'layout: most boxes moved by a rename that wraps one line more (a count, not ms)',
    EDIT_SIZES,
    (size) => {
      const one = renameMoves(size, 1);
      const two = renameMoves(size, 2);
      const max = Math.max(...one.moved);
      return {
        median_ms: max,
        extra: {
          nodes: size,
          renames: one.moved.length,
          moved_median: median(one.moved),
          moved_max_pct: Math.round((1000 * max) / size) / 10,
          two_lines_more_max: Math.max(...two.moved),
          two_lines_more_median: median(two.moved),
          relayout_ms: Math.round(median(one.relayout) * 100) / 100,
        },
      };
    },
    { unit: 'elements', budget_ms: (size) => size / 10 },
  ),
  {
    name: 'SVG of a 500-element bow-tie (layout included)',
    async run() {
      const { doc, risk } = bigBowtie(500);
      const svg = renderBowtieSvg(doc, risk, { legend: true });
      const { median_ms } = await measure(() => renderBowtieSvg(doc, risk, { legend: true }), { runs: 50, warmup: 5 });
      return { median_ms, extra: { svg_kB: Math.round(svg.length / 1024) } };
    },
  },
];
