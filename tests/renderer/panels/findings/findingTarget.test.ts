import { describe, expect, it } from 'vitest';
import { finding, type Finding } from '../../../../src/shared/rules/finding.ts';
import { findingTarget, groupFindings } from '../../../../src/renderer/panels/findings/findingTarget.ts';

describe('findingTarget', () => {
  it('points a path finding at its cause or consequence node', () => {
    expect(findingTarget(finding('S3', 'riskCauses', 'rc1', 'rule.S3', { label: 'x' }))).toBe('cause:rc1');
    expect(findingTarget(finding('S4', 'riskConsequences', 'rq1', 'rule.S4', { label: 'x' }))).toBe('consequence:rq1');
  });

  it('points a measure finding at the placement and an escalation finding at the factor', () => {
    expect(findingTarget(finding('S10', 'placements', 'p1', 'rule.S10.owner', { label: 'x' }, 'owner'))).toBe('measure:p1');
    expect(findingTarget(finding('S7', 'escalationFactors', 'e1', 'rule.S7', { label: 'x' }))).toBe('esc:e1');
  });

  it('points risk findings about the hazard at the hazard, the rest at the central event', () => {
    expect(findingTarget(finding('S1', 'risks', 'r1', 'rule.S1.hazard', {}, 'hazard'))).toBe('hazard');
    expect(findingTarget(finding('T7', 'risks', 'r1', 'rule.T7', { label: 'x' }))).toBe('hazard');
    expect(findingTarget(finding('T9', 'risks', 'r1', 'rule.T9.long', { label: 'x', words: 30 }, 'hazard'))).toBe('hazard');
    expect(findingTarget(finding('S1', 'risks', 'r1', 'rule.S1.event', {}, 'event'))).toBe('event');
    expect(findingTarget(finding('S2', 'risks', 'r1', 'rule.S2.causes', {}, 'causes'))).toBe('event');
    expect(findingTarget(finding('S11', 'risks', 'r1', 'rule.S11.missing', {}, 'missing'))).toBe('event');
  });

  it('has no node for a project-wide finding about an unplaced measure', () => {
    expect(findingTarget(finding('S6', 'measures', 'm1', 'rule.S6', { label: 'x' }))).toBeNull();
  });
});

describe('groupFindings', () => {
  it('puts warnings before information, keeps the order within a group and leaves out empty groups', () => {
    const list: Finding[] = [
      finding('S5', 'riskCauses', 'a', 'rule.S5', { label: 'a', measure: 'm' }),
      finding('S3', 'riskCauses', 'b', 'rule.S3', { label: 'b' }),
      finding('T4', 'riskCauses', 'c', 'rule.T4', { label: 'c' }),
      finding('S4', 'riskConsequences', 'd', 'rule.S4', { label: 'd' }),
    ];
    const groups = groupFindings(list);
    expect(groups.map((g) => g.severity)).toEqual(['warning', 'info']);
    expect(groups[0]!.findings.map((f) => f.entity.id)).toEqual(['b', 'd']);
    expect(groups[1]!.findings.map((f) => f.entity.id)).toEqual(['a', 'c']);
    expect(groupFindings(list.filter((f) => f.severity === 'info')).map((g) => g.severity)).toEqual(['info']);
    expect(groupFindings([])).toEqual([]);
  });
});
