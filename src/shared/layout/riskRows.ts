/**
 * The rows of the flat document tables that make up one risk's bow-tie: its cause and
 * consequence lines, placements, escalation factors and layout overrides. `scanRiskRows` reads
 * them for one risk with a pass over each table (what the editor needs: one bow-tie at a time);
 * `riskRowsIndex` groups every risk's rows in one pass, so an export that draws many bow-ties
 * does not scan the whole project for each of them. An index is a snapshot: build it for one
 * export of one document, not across edits.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { EscalationFactor, LayoutOverride, Placement, RiskCause, RiskConsequence } from '../model/entities.ts';

export interface RiskRows {
  causeLines: RiskCause[];
  consequenceLines: RiskConsequence[];
  placements: Placement[];
  /** Escalation factors hanging below one of the risk's placements. */
  factors: EscalationFactor[];
  overrides: LayoutOverride[];
}

/** The rows of each risk's bow-tie, by risk id. */
export type RiskRowsOf = (riskId: string) => RiskRows;

const none = (): RiskRows => ({ causeLines: [], consequenceLines: [], placements: [], factors: [], overrides: [] });

/** The rows of `riskId`'s bow-tie, read by one pass over each table. */
export function scanRiskRows(doc: ProjectDoc, riskId: string): RiskRows {
  const rows = none();
  const mine = new Set<string>();
  for (const p of Object.values(doc.placements)) {
    if (p.riskId !== riskId) continue;
    rows.placements.push(p);
    mine.add(p.id);
  }
  for (const f of Object.values(doc.escalationFactors)) if (mine.has(f.placementId)) rows.factors.push(f);
  for (const l of Object.values(doc.riskCauses)) if (l.riskId === riskId) rows.causeLines.push(l);
  for (const l of Object.values(doc.riskConsequences)) if (l.riskId === riskId) rows.consequenceLines.push(l);
  for (const o of Object.values(doc.layoutOverrides)) if (o.riskId === riskId) rows.overrides.push(o);
  return rows;
}

/** Every risk's bow-tie rows, grouped in one pass over the tables (same rows, same order as scanRiskRows). */
export function riskRowsIndex(doc: ProjectDoc): RiskRowsOf {
  const byRisk = new Map<string, RiskRows>();
  const of = (riskId: string): RiskRows => {
    let rows = byRisk.get(riskId);
    if (!rows) byRisk.set(riskId, (rows = none()));
    return rows;
  };
  const riskOfPlacement = new Map<string, string>();
  for (const p of Object.values(doc.placements)) {
    of(p.riskId).placements.push(p);
    riskOfPlacement.set(p.id, p.riskId);
  }
  for (const f of Object.values(doc.escalationFactors)) {
    const riskId = riskOfPlacement.get(f.placementId);
    if (riskId !== undefined) of(riskId).factors.push(f);
  }
  for (const l of Object.values(doc.riskCauses)) of(l.riskId).causeLines.push(l);
  for (const l of Object.values(doc.riskConsequences)) of(l.riskId).consequenceLines.push(l);
  for (const o of Object.values(doc.layoutOverrides)) of(o.riskId).overrides.push(o);
  const empty = none();
  return (riskId) => byRisk.get(riskId) ?? empty;
}
