import { describe, expect, it } from 'vitest';
import * as ops from '../../../src/shared/model/ops/index.ts';
import {
  causeLines,
  consequenceLines,
  escalationFactorsOf,
  indexDoc,
  measuresOfPartner,
  placementsOfMeasure,
  risksUsingCause,
  risksUsingPartner,
  sideOfPlacement,
} from '../../../src/shared/model/query.ts';
import { twoRisks } from './fixtures.ts';

describe('query helpers', () => {
  it('lines, placements and factors in order', () => {
    const f = twoRisks();
    expect(causeLines(f.doc, f.youth).map((l) => l.line.id)).toEqual([f.homeInYouth, f.boredom]);
    expect(consequenceLines(f.doc, f.youth).map((l) => l.consequence.label)).toEqual(['Bewoners mijden het park']);
    expect(escalationFactorsOf(f.doc, f.youthWork).map((e) => e.id)).toEqual([f.factor]);
  });

  it('sides: preventive left, limiting right, escalation measures on the side of the measure they protect', () => {
    const f = twoRisks();
    const right = ops.addMeasure(f.doc, { pathKind: 'consequence', pathId: f.nuisance, label: 'Handhaving' });
    expect(sideOfPlacement(f.doc, f.youthWork)).toBe('left');
    expect(sideOfPlacement(f.doc, f.factorMeasure)).toBe('left');
    expect(sideOfPlacement(f.doc, right)).toBe('right');
    expect(sideOfPlacement(f.doc, 'nope')).toBeNull();
  });

  it('usage across risks and partners × risks', () => {
    const f = twoRisks();
    expect(risksUsingCause(f.doc, f.homeCause)).toEqual([f.youth, f.violence]);
    expect(placementsOfMeasure(f.doc, f.teamsMeasure).map((p) => p.riskId).sort()).toEqual([f.youth, f.violence].sort());
    expect(risksUsingPartner(f.doc, f.partner)).toEqual([f.youth, f.violence]);
    expect(measuresOfPartner(f.doc, f.partner).map((m) => m.id)).toEqual([f.teamsMeasure]);
  });

  it('indexDoc groups the same as the single helpers', () => {
    const f = twoRisks();
    const ix = indexDoc(f.doc);
    expect(ix.risks.map((r) => r.id)).toEqual([f.youth, f.violence]);
    expect(ix.causeLinesByRisk.get(f.youth)).toEqual(causeLines(f.doc, f.youth));
    expect(ix.placementsByPath.get(f.boredom)!.map((p) => p.id)).toEqual([f.youthWork]);
    expect(ix.factorsByPlacement.get(f.youthWork)!.map((e) => e.id)).toEqual([f.factor]);
    expect(ix.risksByCause.get(f.homeCause)).toEqual([f.youth, f.violence]);
    expect(ix.risksByMeasure.get(f.teamsMeasure)).toEqual([f.youth, f.violence]);
  });
});
