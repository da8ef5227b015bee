/**
 * One bow-tie read for a report: its causes and consequences, its measures once each (with the
 * sides they sit on, in bow-tie order), its escalation factors and its gaps.
 */
import type { EscalationFactor, Measure, Placement } from '../model/entities.ts';
import type { CauseLine, ConsequenceLine } from '../model/query.ts';
import type { ReportContext } from './context.ts';

export type Side = 'left' | 'right' | 'escalation';

export interface MeasureUse {
  measure: Measure;
  /** Sides this measure sits on in this risk; escalation means "against an escalation factor". */
  sides: Set<Side>;
  /** The side of the bow-tie it protects (an escalation measure counts for its factor's side). */
  protects: Set<'left' | 'right'>;
}

export interface FactorUse {
  factor: EscalationFactor;
  /** The measure the factor weakens. */
  weakens: Measure | null;
  against: Measure[];
}

export interface RiskParts {
  causes: CauseLine[];
  consequences: ConsequenceLine[];
  measures: MeasureUse[];
  factors: FactorUse[];
  /** Lines with no measure at all — not those whose measures a publication left out. */
  causesWithoutMeasure: CauseLine[];
  consequencesWithoutMeasure: ConsequenceLine[];
}

export function riskParts(ctx: ReportContext, riskId: string): RiskParts {
  const { doc, ix } = ctx;
  const causes = ix.causeLinesByRisk.get(riskId) ?? [];
  const consequences = ix.consequenceLinesByRisk.get(riskId) ?? [];
  const uses = new Map<string, MeasureUse>();
  const factors: FactorUse[] = [];

  const visit = (p: Placement, side: Side, protects: 'left' | 'right', depth: number) => {
    const measure = doc.measures[p.measureId];
    if (!measure) return;
    let use = uses.get(measure.id);
    if (!use) uses.set(measure.id, (use = { measure, sides: new Set(), protects: new Set() }));
    use.sides.add(side);
    use.protects.add(protects);
    if (depth > 3) return;
    for (const factor of ix.factorsByPlacement.get(p.id) ?? []) {
      const against = (ix.placementsByPath.get(factor.id) ?? []).filter((q) => q.riskId === riskId);
      factors.push({ factor, weakens: measure, against: against.flatMap((q) => (doc.measures[q.measureId] ? [doc.measures[q.measureId]!] : [])) });
      for (const q of against) visit(q, 'escalation', protects, depth + 1);
    }
  };
  const onPath = (pathId: string) => (ix.placementsByPath.get(pathId) ?? []).filter((p) => p.riskId === riskId);
  for (const c of causes) for (const p of onPath(c.line.id)) visit(p, 'left', 'left', 0);
  for (const c of consequences) for (const p of onPath(c.line.id)) visit(p, 'right', 'right', 0);

  return {
    causes,
    consequences,
    measures: [...uses.values()],
    factors,
    // A path whose measures were only left out of a publication is no gap.
    causesWithoutMeasure: causes.filter((c) => onPath(c.line.id).length === 0 && !ctx.withheldOn(c.line.id)),
    consequencesWithoutMeasure: consequences.filter((c) => onPath(c.line.id).length === 0 && !ctx.withheldOn(c.line.id)),
  };
}

/** The label of the side(s) a measure is on: preventief, beperkend, tegen escalatie or beide kanten. */
export function sideLabel(ctx: ReportContext, use: MeasureUse): string {
  const v = ctx.tx.vocab.side;
  if (use.sides.has('left') && use.sides.has('right')) return v.both;
  if (use.sides.has('left')) return v.left;
  if (use.sides.has('right')) return v.right;
  return v.escalation;
}
