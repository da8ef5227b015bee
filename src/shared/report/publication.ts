/**
 * The publication variant of a project: the same document without everything marked
 * vertrouwelijk (and, on request, intern). Every export of the publication variant is built from
 * this filtered document, so text, tables and diagrams leave out the same things by construction.
 */
import type { ProjectDoc } from '../model/doc.ts';
import type { Confidentiality } from '../model/vocab.ts';

export interface PublicationOptions {
  /** Also leave out what is marked intern. */
  omitInternal?: boolean;
}

/** Which confidentiality levels stay in a publication. */
export function allowedLevels(opts: PublicationOptions = {}): ReadonlySet<Confidentiality> {
  return new Set<Confidentiality>(opts.omitInternal ? ['public'] : ['public', 'internal']);
}

function keep<R>(table: Record<string, R>, pick: (r: R) => boolean): Record<string, R> {
  const out: Record<string, R> = {};
  for (const [id, r] of Object.entries(table)) if (pick(r)) out[id] = r;
  return out;
}

/**
 * Returns a copy of `doc` without confidential risks, causes, consequences and measures, and
 * without everything that only existed through them: their lines, placements, escalation
 * factors (and the measures against those), scores and layout overrides. Shared concepts
 * stay, with only the lines that remain.
 */
export function publicationDoc(doc: ProjectDoc, opts: PublicationOptions = {}): ProjectDoc {
  const ok = allowedLevels(opts);
  const risks = keep(doc.risks, (r) => ok.has(r.confidentiality));
  const causes = keep(doc.causes, (c) => ok.has(c.confidentiality));
  const consequences = keep(doc.consequences, (c) => ok.has(c.confidentiality));
  const measures = keep(doc.measures, (m) => ok.has(m.confidentiality));
  const riskCauses = keep(doc.riskCauses, (l) => l.riskId in risks && l.causeId in causes);
  const riskConsequences = keep(doc.riskConsequences, (l) => l.riskId in risks && l.consequenceId in consequences);

  // Placements and escalation factors depend on each other (a measure against a factor hangs on
  // that factor, which hangs on a placement): keep what has a surviving parent, to a fixed point.
  let placements = keep(doc.placements, (p) => p.riskId in risks && p.measureId in measures);
  let factors = doc.escalationFactors;
  for (;;) {
    const nextFactors = keep(factors, (f) => f.placementId in placements);
    const nextPlacements = keep(placements, (p) =>
      p.pathKind === 'cause' ? p.pathId in riskCauses : p.pathKind === 'consequence' ? p.pathId in riskConsequences : p.pathId in nextFactors,
    );
    const stable = Object.keys(nextFactors).length === Object.keys(factors).length && Object.keys(nextPlacements).length === Object.keys(placements).length;
    factors = nextFactors;
    placements = nextPlacements;
    if (stable) break;
  }

  // A concept that is no longer used anywhere would still show up in cross-risk overviews.
  const usedCauses = new Set(Object.values(riskCauses).map((l) => l.causeId));
  const usedConsequences = new Set(Object.values(riskConsequences).map((l) => l.consequenceId));
  const usedMeasures = new Set(Object.values(placements).map((p) => p.measureId));
  const origCauseUse = new Set(Object.values(doc.riskCauses).map((l) => l.causeId));
  const origConsequenceUse = new Set(Object.values(doc.riskConsequences).map((l) => l.consequenceId));
  const origMeasureUse = new Set(Object.values(doc.placements).map((p) => p.measureId));

  return {
    ...doc,
    risks,
    // Concepts that lost every line because of the filter go; concepts that were never placed
    // (a library entry not used yet) stay as they were.
    causes: keep(causes, (c) => usedCauses.has(c.id) || !origCauseUse.has(c.id)),
    consequences: keep(consequences, (c) => usedConsequences.has(c.id) || !origConsequenceUse.has(c.id)),
    measures: keep(measures, (m) => usedMeasures.has(m.id) || !origMeasureUse.has(m.id)),
    riskCauses,
    riskConsequences,
    placements,
    escalationFactors: factors,
    scores: keep(doc.scores, (s) => s.riskId in risks),
    layoutOverrides: keep(doc.layoutOverrides, (o) => o.riskId in risks),
    // Nicknames may be real names (personal data): a publication keeps the counts, not who voted.
    scoringSessions: Object.fromEntries(Object.values(doc.scoringSessions).map((s) => [s.id, { ...s, riskIds: s.riskIds.filter((id) => id in risks) }])),
    sessionVotes: {},
    evidenceSeries: Object.fromEntries(Object.values(doc.evidenceSeries).map((e) => [e.id, e.riskId === null || e.riskId in risks ? e : { ...e, riskId: null }])),
  };
}
