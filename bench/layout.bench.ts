/**
 * Layout of a 500-element bow-tie (budget: median < 5 ms, DESIGN.md §8), and for information
 * the SVG rendering of the same bow-tie. Run with `npm run bench -- layout`.
 */
import { layoutBowtie } from '../src/shared/layout/bowtieLayout.ts';
import { renderBowtieSvg } from '../src/shared/diagram/bowtieSvg.ts';
import { builder } from '../tests/shared/layout/build.ts';
import { measure, type Bench } from './lib.ts';

const EFFECT = ['good', 'moderate', 'weak', 'unknown'] as const;

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

export const benches: Bench[] = [
  {
    name: 'layout of a 500-element bow-tie',
    budget_ms: 5,
    async run() {
      const { doc, risk } = bigBowtie(500);
      const layout = layoutBowtie(doc, risk);
      if (layout.nodes.length !== 500) throw new Error(`expected 500 nodes, got ${layout.nodes.length}`);
      const { median_ms } = await measure(() => layoutBowtie(doc, risk), { runs: 200, warmup: 20 });
      return { median_ms, extra: { nodes: layout.nodes.length, edges: layout.edges.length } };
    },
  },
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
