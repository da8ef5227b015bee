/**
 * Structural rules S1–S5 and S7–S11, S13 over one risk's bow-tie (shared/domain/bowtie-rules.md).
 * S6 and S12 look across risks and live in links.ts.
 */
import { pickScores, scoreFrom } from '../model/riskScore.ts';
import { finding, type Finding } from './finding.ts';
import type { PathView, RiskView } from './riskView.ts';

/** The bow-tie rules apply once a risk is selected or has any bow-tie content; scoring (S11) always. */
export function hasBowtie(v: RiskView): boolean {
  return v.risk.status !== 'longlist' || v.causes.length + v.consequences.length > 0;
}

/** S1: one hazard and one central event, both filled in. S2: at least one cause and one consequence. */
export function checkCompleteness(v: RiskView): Finding[] {
  const out: Finding[] = [];
  const id = v.risk.id;
  if (!v.risk.hazard.trim()) out.push(finding('S1', 'risks', id, 'rule.S1.hazard', {}, 'hazard'));
  if (!v.risk.centralEvent.trim()) out.push(finding('S1', 'risks', id, 'rule.S1.event', {}, 'event'));
  if (v.causes.length === 0) out.push(finding('S2', 'risks', id, 'rule.S2.causes', {}, 'causes'));
  if (v.consequences.length === 0) out.push(finding('S2', 'risks', id, 'rule.S2.consequences', {}, 'consequences'));
  return out;
}

const table = (p: PathView) => (p.side === 'cause' ? 'riskCauses' : 'riskConsequences');

/**
 * Per path: S3/S4 no measure at all (an "ontbrekend" measure counts as a recorded gap), S5 a
 * single measure, S13 only missing or weak measures, S8 the same measure twice, S9 two measures
 * with the same owner and the same type (common mode).
 */
export function checkPaths(v: RiskView): Finding[] {
  const out: Finding[] = [];
  for (const p of v.paths) {
    const label = p.label;
    if (p.measures.length === 0) {
      out.push(finding(p.side === 'cause' ? 'S3' : 'S4', table(p), p.lineId, p.side === 'cause' ? 'rule.S3' : 'rule.S4', { label }));
      continue;
    }
    const distinct = new Map(p.measures.map((m) => [m.measure.id, m]));
    // A single *missing* measure protects nothing at all: that is S13's white spot, not S5.
    const only = distinct.size === 1 ? p.measures[0]!.measure : null;
    if (only && only.status !== 'missing') out.push(finding('S5', table(p), p.lineId, 'rule.S5', { label, measure: only.label }));
    if ([...distinct.values()].every((m) => m.measure.status === 'missing' || m.measure.effectiveness === 'weak')) {
      out.push(finding('S13', table(p), p.lineId, 'rule.S13', { label }));
    }
    const seen = new Set<string>();
    const modes = new Map<string, string>();
    for (const { placement, measure } of p.measures) {
      if (seen.has(measure.id)) {
        out.push(finding('S8', 'placements', placement.id, 'rule.S8', { label: measure.label }));
        continue;
      }
      seen.add(measure.id);
      if (measure.ownerId && measure.type) {
        const mode = `${measure.ownerId}/${measure.type}`;
        const first = modes.get(mode);
        if (first !== undefined) {
          const owner = v.doc.partners[measure.ownerId]?.name ?? '';
          out.push(finding('S9', 'placements', placement.id, 'rule.S9', { label: measure.label, other: first, owner }));
        } else modes.set(mode, measure.label);
      }
    }
  }
  return out;
}

/** S7: an escalation factor with no measure against it. */
export function checkEscalation(v: RiskView): Finding[] {
  return v.factors.filter((f) => f.measures.length === 0).map((f) => finding('S7', 'escalationFactors', f.factor.id, 'rule.S7', { label: f.factor.label }));
}

/**
 * S10: a measure without owner or with its effectiveness not assessed (a missing measure has no
 * effectiveness yet, which is fine). Reported once per measure per risk, on its first placement.
 */
export function checkMeasureFields(v: RiskView): Finding[] {
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const { placement, measure } of v.placements) {
    if (seen.has(measure.id)) continue;
    seen.add(measure.id);
    if (!measure.ownerId) out.push(finding('S10', 'placements', placement.id, 'rule.S10.owner', { label: measure.label }, 'owner'));
    if (measure.effectiveness === 'unknown' && measure.status !== 'missing') out.push(finding('S10', 'placements', placement.id, 'rule.S10.effectiveness', { label: measure.label }, 'effectiveness'));
  }
  return out;
}

/** S11: no likelihood/impact score, or a residual risk above the inherent risk. */
export function checkScores(v: RiskView): Finding[] {
  const picked = pickScores(v.index.scoresByRisk.get(v.risk.id) ?? []);
  const inherent = scoreFrom(picked, v.doc.project.scales);
  if (!inherent) return [finding('S11', 'risks', v.risk.id, 'rule.S11.missing', {}, 'missing')];
  const rl = picked.get('residual.likelihood');
  const ri = picked.get('residual.impact');
  if (rl === undefined || ri === undefined) return [];
  const residual = rl * ri;
  return residual > inherent.score ? [finding('S11', 'risks', v.risk.id, 'rule.S11.residual', { residual, inherent: inherent.score }, 'residual')] : [];
}
