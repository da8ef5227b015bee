/**
 * The structure of one bow-tie, gathered from the flat document tables in one pass over each
 * table (rows grouped by risk and by path once), with lines ordered by `order` then id.
 * Dangling references (a placement whose measure is gone, a path that no longer exists) are
 * skipped, and cycles among escalation factors are cut, so the layout never fails on a
 * damaged or half-edited document.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { EscalationFactor, LayoutOverride, Measure, Placement, Risk } from '../model/entities.ts';
import type { Confidentiality } from '../model/vocab.ts';
import { scanRiskRows, type RiskRowsOf } from './riskRows.ts';

export interface MeasureItem {
  placement: Placement;
  measure: Measure;
  ownerName: string;
  escalations: EscalationItem[];
}

export interface EscalationItem {
  factor: EscalationFactor;
  measures: MeasureItem[];
}

export interface PathItem {
  /** riskCause or riskConsequence id */
  lineId: string;
  /** cause or consequence concept id */
  entityId: string;
  label: string;
  measures: MeasureItem[];
}

export interface BowtieTree {
  risk: Risk;
  causes: PathItem[];
  consequences: PathItem[];
  overrides: LayoutOverride[];
}

interface Ordered {
  id: string;
  order: number;
}

function byOrder(a: Ordered, b: Ordered): number {
  return a.order - b.order || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function push<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The bow-tie of `riskId`, or null when there is no such risk. `rowsOf` gives the risk's rows
 * (an export drawing many bow-ties passes one riskRowsIndex); by default they are scanned.
 */
export function bowtieTree(doc: ProjectDoc, riskId: string, hide: readonly Confidentiality[] = [], rowsOf?: RiskRowsOf): BowtieTree | null {
  const risk = doc.risks[riskId];
  if (!risk) return null;
  const hidden = (c: Confidentiality): boolean => hide.includes(c);
  const rows = rowsOf ? rowsOf(riskId) : scanRiskRows(doc, riskId);

  const placementsByPath = new Map<string, Placement[]>();
  for (const p of rows.placements) push(placementsByPath, `${p.pathKind}:${p.pathId}`, p);
  const factorsByPlacement = new Map<string, EscalationFactor[]>();
  for (const f of rows.factors) push(factorsByPlacement, f.placementId, f);
  for (const list of placementsByPath.values()) list.sort(byOrder);
  for (const list of factorsByPlacement.values()) list.sort(byOrder);

  const seenFactors = new Set<string>();
  const measuresOn = (pathKey: string): MeasureItem[] => {
    const out: MeasureItem[] = [];
    for (const placement of placementsByPath.get(pathKey) ?? []) {
      const measure = doc.measures[placement.measureId];
      if (!measure || hidden(measure.confidentiality)) continue;
      const escalations: EscalationItem[] = [];
      for (const factor of factorsByPlacement.get(placement.id) ?? []) {
        if (seenFactors.has(factor.id)) continue;
        seenFactors.add(factor.id);
        escalations.push({ factor, measures: measuresOn(`escalation:${factor.id}`) });
      }
      const ownerName = measure.ownerId ? (doc.partners[measure.ownerId]?.name ?? '') : '';
      out.push({ placement, measure, ownerName, escalations });
    }
    return out;
  };

  const causes: PathItem[] = [];
  for (const line of [...rows.causeLines].sort(byOrder)) {
    const cause = doc.causes[line.causeId];
    if (!cause || hidden(cause.confidentiality)) continue;
    causes.push({ lineId: line.id, entityId: cause.id, label: cause.label, measures: measuresOn(`cause:${line.id}`) });
  }
  const consequences: PathItem[] = [];
  for (const line of [...rows.consequenceLines].sort(byOrder)) {
    const consequence = doc.consequences[line.consequenceId];
    if (!consequence || hidden(consequence.confidentiality)) continue;
    consequences.push({
      lineId: line.id,
      entityId: consequence.id,
      label: consequence.label,
      measures: measuresOn(`consequence:${line.id}`),
    });
  }
  const overrides = [...rows.overrides];
  return { risk, causes, consequences, overrides };
}
