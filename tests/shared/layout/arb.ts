/** fast-check arbitraries for bow-tie documents: a spec tree, and a builder that turns it into a document. */
import fc from 'fast-check';
import { builder } from './build.ts';
import type { ProjectDoc } from '../../../src/shared/model/doc.ts';

export interface MeasureSpec {
  label: string;
  owner: string | null;
  escalations: EscalationSpec[];
}
export interface EscalationSpec {
  label: string;
  measures: MeasureSpec[];
}
export interface PathSpec {
  label: string;
  measures: MeasureSpec[];
}
export interface BowtieSpec {
  hazard: string;
  event: string;
  causes: PathSpec[];
  consequences: PathSpec[];
}

const WORDS = ['drugs', 'jongeren', 'overlast', 'woning', 'toezicht', 'wijkagent', 'Ondermijning', 'é', 'buitengebied', 'a', 'hennepkwekerij', 'zorg', 'x'.repeat(40)];

/** Short labels of real-looking words, sometimes very long, sometimes empty. */
export const labelArb = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 8 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.string({ maxLength: 120 }) },
  { weight: 1, arbitrary: fc.constant('') },
);

const ownerArb = fc.option(fc.constantFrom('Politie', 'Gemeente — afdeling Openbare Orde en Veiligheid', 'GGD'), { nil: null });

const measureArb = (depth: number): fc.Arbitrary<MeasureSpec> =>
  fc.record({
    label: labelArb,
    owner: ownerArb,
    escalations:
      depth <= 0
        ? fc.constant([])
        : fc.array(fc.record({ label: labelArb, measures: fc.array(measureArb(depth - 1), { maxLength: 3 }) }), { maxLength: 2 }),
  });

const pathArb = fc.record({ label: labelArb, measures: fc.array(measureArb(2), { maxLength: 5 }) });

export const bowtieSpecArb: fc.Arbitrary<BowtieSpec> = fc.record({
  hazard: labelArb,
  event: labelArb,
  causes: fc.array(pathArb, { maxLength: 6 }),
  consequences: fc.array(pathArb, { maxLength: 6 }),
});

export interface Built {
  doc: ProjectDoc;
  riskId: string;
  /** riskCause / riskConsequence ids in spec order */
  causeLines: string[];
  consequenceLines: string[];
  b: ReturnType<typeof builder>;
}

/** Builds a document holding the bow-tie of `spec` (plus an unrelated second risk). */
export function buildSpec(spec: BowtieSpec): Built {
  const b = builder();
  const other = b.risk();
  b.cause(other, 'andere oorzaak');
  const riskId = b.risk({ hazard: spec.hazard, centralEvent: spec.event });
  const owners = new Map<string, string>();
  const ownerId = (name: string | null): string | null => {
    if (!name) return null;
    if (!owners.has(name)) owners.set(name, b.partner(name));
    return owners.get(name)!;
  };
  const addMeasures = (pathKind: 'cause' | 'consequence' | 'escalation', pathId: string, measures: MeasureSpec[]): void => {
    for (const ms of measures) {
      const placement = b.measure(riskId, pathKind, pathId, ms.label, { ownerId: ownerId(ms.owner) });
      for (const es of ms.escalations) addMeasures('escalation', b.escalation(placement, es.label), es.measures);
    }
  };
  const causeLines = spec.causes.map((p) => {
    const line = b.cause(riskId, p.label);
    addMeasures('cause', line, p.measures);
    return line;
  });
  const consequenceLines = spec.consequences.map((p) => {
    const line = b.consequence(riskId, p.label);
    addMeasures('consequence', line, p.measures);
    return line;
  });
  return { doc: b.doc, riskId, causeLines, consequenceLines, b };
}
