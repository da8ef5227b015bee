/**
 * Everything a report section needs, computed once: the (publication-filtered) document, its
 * index, the scores of every risk, the wording in the report's language and small lookups.
 */
import { allRiskScores, pickScores, type RiskScore, type ScoresByCriterion } from '../model/riskScore.ts';
import type { ProjectDoc } from '../model/doc.ts';
import type { Risk, Theme } from '../model/entities.ts';
import { indexDoc, type DocIndex } from '../model/query.ts';
import type { Language } from '../model/vocab.ts';
import { joinList } from './fmt.ts';
import { riskRowsIndex, type RiskRowsOf } from '../layout/riskRows.ts';
import { publicationDoc } from './publication.ts';
import { reportText } from './text/index.ts';
import type { ReportText } from './text/nl.ts';
import type { EvidenceSet } from '../evidence/types.ts';

export interface ReportOptions {
  /** Date printed in the report, ISO (YYYY-MM-DD or a timestamp). Default: today. */
  date?: string;
  /** Leave out everything marked vertrouwelijk. */
  publication?: boolean;
  /** With `publication`, also leave out what is marked intern. */
  omitInternal?: boolean;
  /** Report language; default the project's. */
  lang?: Language;
  /** Open-data figures read for this report (police, CBS), with the risk each kind counts towards. */
  evidence?: EvidenceSet;
}

export interface ReportContext {
  /** The document the report is written from — already filtered for a publication. */
  doc: ProjectDoc;
  ix: DocIndex;
  tx: ReportText;
  lang: Language;
  date: string;
  publication: boolean;
  omitInternal: boolean;
  scores: Map<string, RiskScore | null>;
  evidence: EvidenceSet | null;
  /** Per risk: the chosen score per criterion (likelihood, impact, trend, …). */
  criteria: Map<string, ScoresByCriterion>;
  /** The theme of a risk and the field (veiligheidsveld) it belongs to. */
  themeOf(risk: Risk): { field: Theme | null; theme: Theme | null };
  partnerName(id: string | null): string | null;
  /** Whether the risk has a bow-tie to show: at least one cause or consequence (in this document). */
  hasBowtie(riskId: string): boolean;
  /** The risks worked out as a bow-tie (status uitgewerkt, with a bow-tie), in register order. */
  bowtieRisks: Risk[];
  /**
   * Whether a measure on this path (cause or consequence line, escalation factor) was left out
   * of this publication: then the report must not say the path has no measure.
   */
  withheldOn(pathId: string): boolean;
  /** "R03 Jeugdoverlast" */
  riskRef(riskId: string): string;
  /** "R03, R05 en R07" */
  riskCodes(riskIds: readonly string[]): string;
  and(items: readonly string[]): string;
  /** Each risk's bow-tie rows, grouped once for all the report's figures. */
  rows: RiskRowsOf;
  /** The figures' SVGs drawn while planning their pages, by image key (handed on as ReportDoc.drawn). */
  drawn: Map<string, string>;
}

export function reportContext(source: ProjectDoc, opts: ReportOptions = {}): ReportContext {
  const doc = opts.publication ? publicationDoc(source, { omitInternal: opts.omitInternal ?? false }) : source;
  const lang = opts.lang ?? doc.project.language;
  const tx = reportText(lang);
  const ix = indexDoc(doc);
  const criteria = new Map<string, ScoresByCriterion>();
  for (const r of ix.risks) criteria.set(r.id, pickScores(ix.scoresByRisk.get(r.id) ?? []));
  const code = (id: string) => {
    const r = doc.risks[id];
    return r ? r.code || r.title : '?';
  };
  const and = (items: readonly string[]) => joinList(items, tx.and);
  const hasBowtie = (id: string) => (ix.causeLinesByRisk.get(id)?.length ?? 0) + (ix.consequenceLinesByRisk.get(id)?.length ?? 0) > 0;
  const withheld = new Set<string>();
  if (doc !== source) for (const p of Object.values(source.placements)) if (!doc.measures[p.measureId]) withheld.add(p.pathId);
  return {
    doc,
    ix,
    tx,
    lang,
    date: opts.date ?? new Date().toISOString().slice(0, 10),
    publication: opts.publication ?? false,
    omitInternal: opts.omitInternal ?? false,
    scores: allRiskScores(doc),
    evidence: opts.evidence ?? null,
    criteria,
    hasBowtie,
    bowtieRisks: ix.risks.filter((r) => r.status === 'workedOut' && hasBowtie(r.id)),
    withheldOn: (pathId) => withheld.has(pathId),
    themeOf(risk) {
      const theme = risk.themeId ? (doc.themes[risk.themeId] ?? null) : null;
      if (!theme) return { field: null, theme: null };
      if (!theme.parentId) return { field: theme, theme: null };
      return { field: doc.themes[theme.parentId] ?? null, theme };
    },
    partnerName: (id) => (id ? (doc.partners[id]?.name ?? null) : null),
    riskRef(id) {
      const r = doc.risks[id];
      return r ? [r.code, r.title].filter(Boolean).join(' ') : '?';
    },
    riskCodes: (ids) => and(ids.map(code)),
    and,
    rows: riskRowsIndex(doc),
    drawn: new Map(),
  };
}
