/**
 * Keeping imported open-data figures in the document (docs/evidence.md): one series per area,
 * kind and measure of a table, with the risk its kind counts towards. Importing a table again
 * replaces its series, so a re-import never doubles the figures.
 */
import type { ProjectDoc } from '../doc.ts';
import type { EvidenceSeries } from '../entities.ts';
import type { EvidenceImport } from '../../evidence/types.ts';
import { freshId, now, touchProject } from './stamp.ts';

/** Stores the series of one read file (replacing earlier series of the same table); returns how many. */
export function storeEvidence(doc: ProjectDoc, imp: Omit<EvidenceImport, 'skippedOtherAreas' | 'lines'>, mapping: Readonly<Record<string, string | null>>): number {
  const at = now();
  removeEvidenceTable(doc, imp.tableId, imp.source, at);
  const groups = new Map<string, EvidenceSeries>();
  for (const o of imp.observations) {
    const key = `${o.area}\u0000${o.kind}\u0000${o.measure}`;
    let series = groups.get(key);
    if (!series) {
      const riskId = mapping[o.kind] ?? null;
      series = {
        id: freshId(), createdAt: at, updatedAt: at, source: imp.source, tableId: imp.tableId, title: imp.title, downloadedAt: imp.downloadedAt,
        area: o.area, kind: o.kind, measure: o.measure, riskId: riskId && Object.hasOwn(doc.risks, riskId) ? riskId : null, points: [],
      };
      groups.set(key, series);
    }
    series.points.push({ period: o.period, value: o.value });
  }
  for (const s of groups.values()) {
    s.points.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
    doc.evidenceSeries[s.id] = s;
  }
  touchProject(doc, at);
  return groups.size;
}

/** Removes the stored series of a table (of one source only, when given). */
export function removeEvidenceTable(doc: ProjectDoc, tableId: string, source?: string, at = now()): void {
  for (const s of Object.values(doc.evidenceSeries)) if (s.tableId === tableId && (source === undefined || s.source === source)) delete doc.evidenceSeries[s.id];
  touchProject(doc, at);
}

/** Points a kind's stored series at another risk (or none), as the user's mapping says. */
export function mapEvidenceKind(doc: ProjectDoc, kind: string, riskId: string | null): void {
  const at = now();
  for (const s of Object.values(doc.evidenceSeries)) {
    if (s.kind !== kind || s.riskId === riskId) continue;
    s.riskId = riskId;
    s.updatedAt = at;
  }
  touchProject(doc, at);
}
