/**
 * Layout of a 500-element bow-tie (budget: median < 5 ms, DESIGN.md §8), and for information
 * the SVG rendering of the same bow-tie. Exports `[{ name, run }]`; run directly it prints the
 * medians: node --experimental-strip-types bench/layout.bench.ts
 */
import { layoutBowtie } from '../src/shared/layout/bowtieLayout.ts';
import { renderBowtieSvg } from '../src/shared/diagram/bowtieSvg.ts';
import { builder } from '../tests/shared/layout/build.ts';

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

function median(samples: number[]): number {
  const s = [...samples].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

function measure(fn: () => void, iterations: number): { median_ms: number } {
  for (let i = 0; i < 20; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return { median_ms: median(samples) };
}

export const benches = [
  {
    name: 'layout of a 500-element bow-tie',
    budget_ms: 5,
    run() {
      const { doc, risk } = bigBowtie(500);
      const nodes = layoutBowtie(doc, risk).nodes.length;
      if (nodes !== 500) throw new Error(`expected 500 nodes, got ${nodes}`);
      return measure(() => layoutBowtie(doc, risk), 200);
    },
  },
  {
    name: 'SVG of a 500-element bow-tie (layout included)',
    run() {
      const { doc, risk } = bigBowtie(500);
      return measure(() => renderBowtieSvg(doc, risk, { legend: true }), 50);
    },
  },
];

export default benches;

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const bench of benches) console.log(`${bench.name}: median ${bench.run().median_ms.toFixed(2)} ms`);
}
