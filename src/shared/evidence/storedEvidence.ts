/**
 * The evidence kept in a document (format version 4, `evidenceSeries`) in the shape the Figures
 * view and the report read: one import per published table, and which risk each kind counts
 * towards as the stored series say.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { EvidenceImport, EvidenceObservation, EvidenceSet } from './types.ts';

/** The stored tables, oldest import first, each with its observations. */
export function storedImports(doc: ProjectDoc): EvidenceImport[] {
  const byTable = new Map<string, EvidenceImport>();
  const series = Object.values(doc.evidenceSeries).sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
  for (const s of series) {
    const key = `${s.source}\u0000${s.tableId}`;
    let imp = byTable.get(key);
    if (!imp) {
      imp = { source: s.source, tableId: s.tableId, title: s.title, downloadedAt: s.downloadedAt, observations: [], skippedOtherAreas: 0, lines: 0 };
      byTable.set(key, imp);
    }
    for (const p of s.points) {
      const o: EvidenceObservation = { source: s.source, tableId: s.tableId, downloadedAt: s.downloadedAt, area: s.area, period: p.period, kind: s.kind, measure: s.measure, value: p.value };
      imp.observations.push(o);
    }
    imp.lines = imp.observations.length;
  }
  return [...byTable.values()];
}

/** Kind → risk as the stored series map it (null when a kind's series are not mapped). */
export function storedMapping(doc: ProjectDoc): Record<string, string | null> {
  const out: Record<string, string | null> = {};
  for (const s of Object.values(doc.evidenceSeries)) if (out[s.kind] === undefined || out[s.kind] === null) out[s.kind] = s.riskId;
  return out;
}

/** The document's evidence for a report, or undefined when it has none. */
export function storedEvidence(doc: ProjectDoc): EvidenceSet | undefined {
  const imports = storedImports(doc);
  return imports.length > 0 ? { imports, mapping: storedMapping(doc) } : undefined;
}
