import { describe, expect, it } from 'vitest';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { escalationFactorsOf } from '../../../../src/shared/model/query.ts';
import { twoRisks } from '../fixtures.ts';

describe('escalation factors', () => {
  it('hang below a measure in order and can be moved', () => {
    const f = twoRisks();
    const second = ops.addEscalationFactor(f.doc, f.youthWork, { label: 'Geen locatie doordat de buurt bezwaar maakt' });
    ops.moveEscalationFactor(f.doc, second, 0);
    expect(escalationFactorsOf(f.doc, f.youthWork).map((e) => e.label)).toEqual(['Geen locatie doordat de buurt bezwaar maakt', 'Wachtlijsten doordat jongerenwerkers vertrekken']);
  });

  it('are one level deep: not below a measure against another factor', () => {
    const f = twoRisks();
    expect(() => ops.addEscalationFactor(f.doc, f.factorMeasure, { label: 'x' })).toThrow(/alleen onder een maatregel op een oorzaak- of gevolgpad/);
  });

  it('go with the measures placed against them', () => {
    const f = twoRisks();
    const m = f.doc.placements[f.factorMeasure]!.measureId;
    ops.updateEscalationFactor(f.doc, f.factor, { description: 'Krappe arbeidsmarkt' });
    expect(f.doc.escalationFactors[f.factor]!.description).toBe('Krappe arbeidsmarkt');
    ops.removeEscalationFactor(f.doc, f.factor);
    expect(f.doc.placements[f.factorMeasure]).toBeUndefined();
    expect(f.doc.measures[m]).toBeUndefined();
    expect(f.doc.placements[f.youthWork]).toBeDefined();
  });
});
