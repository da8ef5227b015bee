/**
 * Where a finding points on the canvas: the node key (src/shared/layout) of the element it is
 * about, so clicking a finding can select that element. Pure, so it is unit-tested.
 */
import type { Finding, Severity } from '../../../shared/rules/finding.ts';
import { causeKey, consequenceKey, escKey, measureKey } from '../../canvas/nodeKey.ts';

/** The node key of the element a finding is about, or null when it has no node on this bow-tie. */
export function findingTarget(f: Finding): string | null {
  const { table, id } = f.entity;
  switch (table) {
    case 'riskCauses':
      return causeKey(id);
    case 'riskConsequences':
      return consequenceKey(id);
    case 'placements':
      return measureKey(id);
    case 'escalationFactors':
      return escKey(id);
    case 'risks': {
      // Risk-level findings name their field in the key variant (`S1:hazard:<id>`); T7 is about the hazard text.
      const variant = f.key.split(':')[1];
      return variant === 'hazard' || f.ruleId === 'T7' ? 'hazard' : 'event';
    }
    default:
      return null;
  }
}

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

const ORDER: readonly Severity[] = ['warning', 'info'];

/** Findings grouped by severity, warnings first, keeping the rules' order within a group; empty groups left out. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return ORDER.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter((g) => g.findings.length > 0);
}
