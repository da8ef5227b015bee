/**
 * Scans every free-text field of a project for personal data (shared/domain/privacy.md) and says
 * where each finding is, so the user can decide before sharing or exporting. Nothing is changed.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { TableName } from '../model/entities.ts';
import type { Confidence, FindingKind } from './detectors.ts';
import { scanText } from './scanText.ts';
import { vocabularyOf } from './vocabulary.ts';

/** Where a finding is: the entity, the field, and the risk it belongs to (if any). */
export interface FindingPlace {
  table: TableName | 'project';
  id: string;
  /** Field name, e.g. "description", "goals", "indicators.target". */
  field: string;
  /** The entity's own label (risk title, cause label, partner name…), for display. */
  itemLabel: string;
  riskId: string | null;
  riskCode: string | null;
}

export interface PrivacyFinding {
  kind: FindingKind;
  confidence: Confidence;
  /** The matched text. */
  match: string;
  /** The match with a little context either side, on one line. */
  excerpt: string;
  place: FindingPlace;
}

export interface ScanOptions {
  /** Leave out findings below this confidence. Default: everything, including low (info). */
  minConfidence?: Confidence;
}

const RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

function excerptOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - 30);
  const to = Math.min(text.length, end + 30);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`.replace(/\s+/g, ' ');
}

/** Every finding in the document, in document order (project, then risks and their parts). */
export function scanDoc(doc: ProjectDoc, opts: ScanOptions = {}): PrivacyFinding[] {
  const vocab = { vocabulary: vocabularyOf(doc) };
  const limit = RANK[opts.minConfidence ?? 'low'];
  const out: PrivacyFinding[] = [];
  const riskOf = (riskId: string | null) => (riskId ? (doc.risks[riskId] ?? null) : null);

  const scan = (table: FindingPlace['table'], id: string, itemLabel: string, riskId: string | null, field: string, text: string) => {
    for (const m of scanText(text, vocab)) {
      if (RANK[m.confidence] > limit) continue;
      const risk = riskOf(riskId);
      out.push({
        kind: m.kind,
        confidence: m.confidence,
        match: m.text,
        excerpt: excerptOf(text, m.start, m.end),
        place: { table, id, field, itemLabel, riskId: risk ? risk.id : null, riskCode: risk ? risk.code : null },
      });
    }
  };
  const fields = (table: FindingPlace['table'], row: { id: string }, itemLabel: string, riskId: string | null, values: Record<string, string>) => {
    for (const [field, text] of Object.entries(values)) scan(table, row.id, itemLabel, riskId, field, text);
  };

  const p = doc.project;
  fields('project', p, p.title, null, { title: p.title, description: p.description });

  // The first risk a shared concept appears in, so a finding can be shown in context.
  const firstRisk = new Map<string, string>();
  const note = (concept: string, riskId: string) => {
    if (!firstRisk.has(concept)) firstRisk.set(concept, riskId);
  };
  for (const l of Object.values(doc.riskCauses)) note(l.causeId, l.riskId);
  for (const l of Object.values(doc.riskConsequences)) note(l.consequenceId, l.riskId);
  for (const pl of Object.values(doc.placements)) {
    note(pl.measureId, pl.riskId);
    note(pl.id, pl.riskId);
  }

  for (const r of Object.values(doc.risks).sort((a, b) => a.order - b.order)) {
    fields('risks', r, r.title, r.id, { title: r.title, hazard: r.hazard, centralEvent: r.centralEvent, description: r.description, evidence: r.evidence, resources: r.resources });
    r.goals.forEach((g) => scan('risks', r.id, r.title, r.id, 'goals', g));
    // The reason a finding was ignored is free text that travels in the file like any other.
    r.dismissedFindings.forEach((d) => scan('risks', r.id, r.title, r.id, 'dismissedFindings.reason', d.reason));
    for (const ind of r.indicators) {
      fields('risks', r, r.title, r.id, {
        'indicators.indicator': ind.indicator,
        'indicators.source': ind.source,
        'indicators.baseline': ind.baseline,
        'indicators.target': ind.target,
        'indicators.measureMoment': ind.measureMoment,
      });
    }
  }
  for (const x of Object.values(doc.causes)) fields('causes', x, x.label, firstRisk.get(x.id) ?? null, { label: x.label, description: x.description });
  for (const x of Object.values(doc.consequences)) fields('consequences', x, x.label, firstRisk.get(x.id) ?? null, { label: x.label, description: x.description });
  for (const x of Object.values(doc.measures)) fields('measures', x, x.label, firstRisk.get(x.id) ?? null, { label: x.label, description: x.description, budgetNote: x.budgetNote });
  for (const x of Object.values(doc.escalationFactors)) fields('escalationFactors', x, x.label, firstRisk.get(x.placementId) ?? null, { label: x.label, description: x.description });
  for (const x of Object.values(doc.partners)) fields('partners', x, x.name, null, { name: x.name, role: x.role });
  for (const x of Object.values(doc.areas)) fields('areas', x, x.name, null, { name: x.name });
  for (const x of Object.values(doc.scores)) if (x.session) fields('scores', x, x.criterion, x.riskId, { session: x.session });
  return out;
}
