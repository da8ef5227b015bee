import { describe, expect, it } from 'vitest';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { twoRisks } from '../fixtures.ts';

describe('indicators', () => {
  it('are added, edited, moved and removed per risk', () => {
    const f = twoRisks();
    const a = ops.addIndicator(f.doc, f.youth, { indicator: 'Meldingen jeugdoverlast', source: 'Politie', baseline: '212', baselineYear: 2025, target: '< 150' });
    const b = ops.addIndicator(f.doc, f.youth, { indicator: 'Verwijzingen Halt per 1.000 jongeren' });
    ops.moveIndicator(f.doc, f.youth, b, 0);
    ops.updateIndicator(f.doc, f.youth, a, { measureMoment: 'jaarlijks' });
    const list = f.doc.risks[f.youth]!.indicators;
    expect(list.map((i) => i.indicator)).toEqual(['Verwijzingen Halt per 1.000 jongeren', 'Meldingen jeugdoverlast']);
    expect(list[1]).toMatchObject({ source: 'Politie', baseline: '212', baselineYear: 2025, target: '< 150', measureMoment: 'jaarlijks' });
    ops.removeIndicator(f.doc, f.youth, b);
    expect(f.doc.risks[f.youth]!.indicators.map((i) => i.id)).toEqual([a]);
    expect(() => ops.removeIndicator(f.doc, f.youth, b)).toThrow(/onbekende indicator/);
    expect(() => ops.addIndicator(f.doc, f.youth, { indicator: 'x', baselineYear: 1200 })).toThrow(/baselineYear/);
  });
});
