/**
 * Everything the links view ("Verbanden") shows, computed once from the document: the shared
 * causes and measures, the partners × risks grid over the risks that have a bow-tie, and the
 * domain spread of each of those risks.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { Risk } from '../model/entities.ts';
import { indexDoc, type DocIndex } from '../model/query.ts';
import { domainSummary, type DomainRow } from './domainSummary.ts';
import { partnerRisks, type PartnerRisks } from './partnerRisks.ts';
import { sharedItems, type SharedItems } from './sharedItems.ts';

export interface LinksModel extends SharedItems {
  /** Risks with a bow-tie (any cause, consequence or measure), register order: the grid's columns. */
  risks: Risk[];
  partners: PartnerRisks;
  domains: DomainRow[];
}

/** The risks of the index that have something drawn in their bow-tie, in register order. */
export function bowtieRisks(ix: DocIndex): Risk[] {
  return ix.risks.filter((r) => ix.causeLinesByRisk.has(r.id) || ix.consequenceLinesByRisk.has(r.id) || ix.placementsByRisk.has(r.id));
}

/** Builds the links model in one pass over an index of `doc` (linear in the size of the document). */
export function linksModel(doc: ProjectDoc, locale = 'nl'): LinksModel {
  const ix = indexDoc(doc);
  const risks = bowtieRisks(ix);
  return {
    ...sharedItems(doc, ix, locale),
    risks,
    partners: partnerRisks(doc, ix, locale),
    domains: domainSummary(doc, ix, risks.map((r) => r.id)),
  };
}
