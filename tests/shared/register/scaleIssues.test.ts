import { describe, expect, it } from 'vitest';
import { defaultScales } from '../../../src/shared/scales/defaults.ts';
import { resizeScale } from '../../../src/shared/register/presets.ts';
import { scaleIssues } from '../../../src/shared/register/scaleIssues.ts';

const keys = (s: ReturnType<typeof defaultScales>) => scaleIssues(s).map((i) => i.key);

describe('checking scales before they are applied', () => {
  it('finds nothing wrong with both presets', () => {
    expect(scaleIssues(defaultScales('numeric'))).toEqual([]);
    expect(scaleIssues(defaultScales('letters'))).toEqual([]);
  });

  it('finds empty and repeated codes', () => {
    const s = defaultScales();
    s.likelihood[1]!.code = ' ';
    s.impact[2]!.code = '2';
    expect(keys(s)).toEqual(['scales.issue.emptyCode', 'scales.issue.duplicateCode']);
  });

  it('finds scores no band covers, e.g. after growing a scale', () => {
    const s = defaultScales();
    s.impact = resizeScale(s.impact, 6, 'numeric');
    const issue = scaleIssues(s).find((i) => i.key === 'scales.issue.uncovered')!;
    expect(issue.params).toEqual({ scores: '30', max: 30 });
  });

  it('finds overlapping and inverted bands, thin criteria and a weighted mean without weights', () => {
    const s = defaultScales();
    s.bands[1]!.min = 4;
    s.bands[2]!.min = 15;
    s.bands[2]!.max = 10;
    s.criteria[0]!.options = ['stabiel'];
    s.impactCombine = 'weightedMean';
    s.impactDimensions[0]!.enabled = true;
    s.impactDimensions[0]!.weight = 0;
    expect(keys(s)).toEqual(['scales.issue.bandRange', 'scales.issue.uncovered', 'scales.issue.bandOverlap', 'scales.issue.fewOptions', 'scales.issue.noWeights']);
  });
});
