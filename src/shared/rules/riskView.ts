/**
 * One risk's bow-tie gathered for the rules: its lines in order, the placements per path with
 * their measures, and the escalation factors per placement. Built from a DocIndex, so checking a
 * whole project stays linear.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { EscalationFactor, Measure, Placement, Risk } from '../model/entities.ts';
import type { CauseLine, ConsequenceLine, DocIndex } from '../model/query.ts';

export interface PlacedMeasure {
  placement: Placement;
  measure: Measure;
}

export interface PathView {
  side: 'cause' | 'consequence';
  /** The riskCause / riskConsequence id (the path id). */
  lineId: string;
  label: string;
  measures: PlacedMeasure[];
}

export interface RiskView {
  doc: ProjectDoc;
  index: DocIndex;
  risk: Risk;
  causes: CauseLine[];
  consequences: ConsequenceLine[];
  paths: PathView[];
  /** Every placement of the risk with its measure, including measures against escalation factors. */
  placements: PlacedMeasure[];
  factors: { factor: EscalationFactor; measures: PlacedMeasure[] }[];
}

function placed(doc: ProjectDoc, list: readonly Placement[] | undefined): PlacedMeasure[] {
  return (list ?? []).flatMap((placement) => {
    const measure = doc.measures[placement.measureId];
    return measure ? [{ placement, measure }] : [];
  });
}

/** The bow-tie of `riskId`, from an index of `doc`. */
export function riskView(doc: ProjectDoc, index: DocIndex, riskId: string): RiskView | null {
  const risk = doc.risks[riskId];
  if (!risk) return null;
  const causes = index.causeLinesByRisk.get(riskId) ?? [];
  const consequences = index.consequenceLinesByRisk.get(riskId) ?? [];
  const paths: PathView[] = [
    ...causes.map((l) => ({ side: 'cause' as const, lineId: l.line.id, label: l.cause.label, measures: placed(doc, index.placementsByPath.get(l.line.id)) })),
    ...consequences.map((l) => ({ side: 'consequence' as const, lineId: l.line.id, label: l.consequence.label, measures: placed(doc, index.placementsByPath.get(l.line.id)) })),
  ];
  const placements = placed(doc, index.placementsByRisk.get(riskId));
  const factors = placements.flatMap(({ placement }) => (index.factorsByPlacement.get(placement.id) ?? []).map((factor) => ({ factor, measures: placed(doc, index.placementsByPath.get(factor.id)) })));
  return { doc, index, risk, causes, consequences, paths, placements, factors };
}
