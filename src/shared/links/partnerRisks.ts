/**
 * Which partner carries which risk: per partner that owns placed measures, how many of them sit
 * in each risk, and their status. Feeds the partners × risks grid of the links view and the
 * partner table of IVRP chapter 6.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { Measure, Partner } from '../model/entities.ts';
import type { DocIndex } from '../model/query.ts';
import type { MeasureStatus } from '../model/vocab.ts';

export interface PartnerRiskRow {
  partner: Partner;
  /** The partner's measures that are placed in at least one risk. */
  measures: Measure[];
  /** Risks (register order) in which at least one of those measures is placed. */
  riskIds: string[];
  /** Risk id → number of the partner's distinct measures in that risk. */
  perRisk: Map<string, number>;
  status: Record<MeasureStatus, number>;
}

export interface PartnerRisks {
  /** Partners owning placed measures: most measures first, then by name. */
  rows: PartnerRiskRow[];
  /** Risk id → number of placed measures without an owner (or whose owner no longer exists). */
  unowned: Map<string, number>;
}

/** Groups the placed measures of a document by owning partner and by risk. */
export function partnerRisks(doc: ProjectDoc, ix: DocIndex, locale = 'nl'): PartnerRisks {
  const byPartner = new Map<string, PartnerRiskRow>();
  const unowned = new Map<string, number>();
  for (const measure of Object.values(doc.measures)) {
    const riskIds = ix.risksByMeasure.get(measure.id) ?? [];
    if (riskIds.length === 0) continue;
    const partner = measure.ownerId ? doc.partners[measure.ownerId] : undefined;
    if (!partner) {
      for (const id of riskIds) unowned.set(id, (unowned.get(id) ?? 0) + 1);
      continue;
    }
    let row = byPartner.get(partner.id);
    if (!row) byPartner.set(partner.id, (row = { partner, measures: [], riskIds: [], perRisk: new Map(), status: { existing: 0, planned: 0, missing: 0 } }));
    row.measures.push(measure);
    row.status[measure.status]++;
    for (const id of riskIds) row.perRisk.set(id, (row.perRisk.get(id) ?? 0) + 1);
  }
  const rows = [...byPartner.values()];
  for (const row of rows) {
    row.riskIds = ix.risks.filter((r) => row.perRisk.has(r.id)).map((r) => r.id);
    row.measures.sort((a, b) => a.label.localeCompare(b.label, locale));
  }
  rows.sort((a, b) => b.measures.length - a.measures.length || a.partner.name.localeCompare(b.partner.name, locale));
  return { rows, unowned };
}
