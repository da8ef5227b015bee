import { describe, expect, it } from 'vitest';
import * as ops from '../../../../src/shared/model/ops/index.ts';
import { scoreOf } from '../../../../src/shared/model/query.ts';
import { defaultScales } from '../../../../src/shared/scales/defaults.ts';
import { twoRisks } from '../fixtures.ts';

describe('setScore', () => {
  it('sets, replaces and clears one score per criterion and session', () => {
    const f = twoRisks();
    ops.setScore(f.doc, f.youth, 'likelihood', 4);
    ops.setScore(f.doc, f.youth, 'likelihood', 5);
    ops.setScore(f.doc, f.youth, 'likelihood', 2, 'werksessie 1');
    expect(scoreOf(f.doc, f.youth, 'likelihood')!.value).toBe(5);
    expect(scoreOf(f.doc, f.youth, 'likelihood', 'werksessie 1')!.value).toBe(2);
    ops.setScore(f.doc, f.youth, 'likelihood', null);
    expect(scoreOf(f.doc, f.youth, 'likelihood')).toBeNull();
    expect(Object.keys(f.doc.scores)).toHaveLength(1);
  });

  it('accepts the criteria of the project scales with their values', () => {
    const f = twoRisks();
    ops.setScore(f.doc, f.youth, 'trend', 4);
    ops.setScore(f.doc, f.youth, 'impact.persons', 3);
    ops.setScore(f.doc, f.youth, 'residual.impact', 2);
    expect(() => ops.setScore(f.doc, f.youth, 'trend', 6)).toThrow(/value: moet een van 1, 2, 3, 4, 5 zijn/);
    expect(() => ops.setScore(f.doc, f.youth, 'impact', 0)).toThrow(/value/);
    expect(() => ops.setScore(f.doc, f.youth, 'impact.geluk', 1)).toThrow(/geen criterium/);
    expect(() => ops.setScore(f.doc, f.youth, 'schoonheid', 1)).toThrow(/geen criterium/);
  });

  it('follows custom scales', () => {
    const f = twoRisks();
    const scales = defaultScales('letters');
    scales.likelihood = scales.likelihood.slice(0, 3);
    ops.updateProject(f.doc, { scales });
    expect(() => ops.setScore(f.doc, f.youth, 'likelihood', 4)).toThrow(/1, 2, 3/);
  });
});
