/**
 * How broad the approach to each risk is: its measures counted per domain (veiligheid, sociaal,
 * fysiek, economisch). A bow-tie carried by one domain only is a signal for the workshop.
 */
import type { DocIndex } from '../model/query.ts';
import type { ProjectDoc } from '../model/doc.ts';
import { DOMAINS, type Domain } from '../model/vocab.ts';

/** Measure counts per domain; `none` counts measures without a domain. */
export type DomainCounts = Record<Domain | 'none', number>;

export interface DomainRow {
  riskId: string;
  counts: DomainCounts;
  /** Distinct measures placed in the risk. */
  total: number;
}

function zero(): DomainCounts {
  return { safety: 0, social: 0, physical: 0, economic: 0, none: 0 };
}

/** One row per given risk (in the given order), counting each distinct measure once. */
export function domainSummary(doc: ProjectDoc, ix: DocIndex, riskIds: readonly string[]): DomainRow[] {
  return riskIds.map((riskId) => {
    const counts = zero();
    const seen = new Set<string>();
    for (const p of ix.placementsByRisk.get(riskId) ?? []) {
      const m = doc.measures[p.measureId];
      if (!m || seen.has(m.id)) continue;
      seen.add(m.id);
      counts[m.domain && (DOMAINS as readonly string[]).includes(m.domain) ? m.domain : 'none']++;
    }
    return { riskId, counts, total: seen.size };
  });
}
