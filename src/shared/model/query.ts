/**
 * Read helpers over a ProjectDoc for the UI, the rules and the exports. Each helper scans the
 * tables it needs (linear, no hidden caches, so they are also correct on a document that is being
 * mutated in place). For bulk work — a view or an export over every risk — build one
 * `indexDoc(doc)` and use its grouped lists instead.
 */
import type { ProjectDoc } from './doc.ts';
import type { Cause, Consequence, EscalationFactor, Measure, Placement, Risk, RiskCause, RiskConsequence, Score } from './entities.ts';
import { byOrder } from './ops/order.ts';

/** A cause as it appears in one bow-tie: the line and the (possibly shared) concept. */
export interface CauseLine {
  line: RiskCause;
  cause: Cause;
}
/** A consequence as it appears in one bow-tie. */
export interface ConsequenceLine {
  line: RiskConsequence;
  consequence: Consequence;
}

function sorted<R extends { id: string; order: number }>(rows: Iterable<R>): R[] {
  return [...rows].sort(byOrder);
}

function where<R>(table: Record<string, R>, pick: (r: R) => boolean): R[] {
  const out: R[] = [];
  for (const r of Object.values(table)) if (pick(r)) out.push(r);
  return out;
}

/** All risks in register order. */
export function risksInOrder(doc: ProjectDoc): Risk[] {
  return sorted(Object.values(doc.risks));
}

/** The causes of a risk, top to bottom. */
export function causeLines(doc: ProjectDoc, riskId: string): CauseLine[] {
  return sorted(where(doc.riskCauses, (l) => l.riskId === riskId)).flatMap((line) => {
    const cause = doc.causes[line.causeId];
    return cause ? [{ line, cause }] : [];
  });
}

/** The consequences of a risk, top to bottom. */
export function consequenceLines(doc: ProjectDoc, riskId: string): ConsequenceLine[] {
  return sorted(where(doc.riskConsequences, (l) => l.riskId === riskId)).flatMap((line) => {
    const consequence = doc.consequences[line.consequenceId];
    return consequence ? [{ line, consequence }] : [];
  });
}

/** The measure placements on one path (a cause line, consequence line or escalation factor), in order. */
export function placementsOnPath(doc: ProjectDoc, pathId: string): Placement[] {
  return sorted(where(doc.placements, (p) => p.pathId === pathId));
}

/** The escalation factors hanging below one placement, in order. */
export function escalationFactorsOf(doc: ProjectDoc, placementId: string): EscalationFactor[] {
  return sorted(where(doc.escalationFactors, (f) => f.placementId === placementId));
}

/** Every placement of a risk (all paths, including escalation paths). */
export function placementsOfRisk(doc: ProjectDoc, riskId: string): Placement[] {
  return where(doc.placements, (p) => p.riskId === riskId);
}

/** Every placement of one measure, across risks. */
export function placementsOfMeasure(doc: ProjectDoc, measureId: string): Placement[] {
  return where(doc.placements, (p) => p.measureId === measureId);
}

/**
 * The side of the bow-tie a placement is on: left (preventive) for cause paths, right
 * (limiting) for consequence paths; an escalation measure is on the side of the measure its
 * factor weakens.
 */
export function sideOfPlacement(doc: ProjectDoc, placementId: string): 'left' | 'right' | null {
  let p = doc.placements[placementId];
  for (let hops = 0; p && p.pathKind === 'escalation' && hops < 4; hops++) {
    const f = doc.escalationFactors[p.pathId];
    p = f ? doc.placements[f.placementId] : undefined;
  }
  if (!p) return null;
  return p.pathKind === 'cause' ? 'left' : p.pathKind === 'consequence' ? 'right' : null;
}

/** Ids of the risks (in register order) in which a cause concept appears. */
export function risksUsingCause(doc: ProjectDoc, causeId: string): string[] {
  return riskIdsInOrder(doc, where(doc.riskCauses, (l) => l.causeId === causeId).map((l) => l.riskId));
}

/** Ids of the risks (in register order) in which a consequence concept appears. */
export function risksUsingConsequence(doc: ProjectDoc, consequenceId: string): string[] {
  return riskIdsInOrder(doc, where(doc.riskConsequences, (l) => l.consequenceId === consequenceId).map((l) => l.riskId));
}

/** Ids of the risks (in register order) in which a measure is placed. */
export function risksUsingMeasure(doc: ProjectDoc, measureId: string): string[] {
  return riskIdsInOrder(doc, placementsOfMeasure(doc, measureId).map((p) => p.riskId));
}

/** Ids of the risks (in register order) carrying a measure owned by the partner. */
export function risksUsingPartner(doc: ProjectDoc, partnerId: string): string[] {
  const owned = new Set(where(doc.measures, (m) => m.ownerId === partnerId).map((m) => m.id));
  return riskIdsInOrder(doc, where(doc.placements, (p) => owned.has(p.measureId)).map((p) => p.riskId));
}

/** In how many risks a cause appears (2 or more: a linked cause). */
export function causeUsage(doc: ProjectDoc, causeId: string): number {
  return risksUsingCause(doc, causeId).length;
}

/** In how many risks a consequence appears. */
export function consequenceUsage(doc: ProjectDoc, consequenceId: string): number {
  return risksUsingConsequence(doc, consequenceId).length;
}

/** In how many risks a measure is placed (2 or more: a shared measure). */
export function measureUsage(doc: ProjectDoc, measureId: string): number {
  return risksUsingMeasure(doc, measureId).length;
}

/** The measures owned by a partner. */
export function measuresOfPartner(doc: ProjectDoc, partnerId: string): Measure[] {
  return where(doc.measures, (m) => m.ownerId === partnerId);
}

/** The score of a risk on one criterion ('likelihood', 'impact', 'impact.persons', 'trend', …), or null. */
export function scoreOf(doc: ProjectDoc, riskId: string, criterion: string, session = ''): Score | null {
  for (const s of Object.values(doc.scores)) if (s.riskId === riskId && s.criterion === criterion && s.session === session) return s;
  return null;
}

function riskIdsInOrder(doc: ProjectDoc, ids: readonly string[]): string[] {
  const set = new Set(ids);
  return risksInOrder(doc)
    .filter((r) => set.has(r.id))
    .map((r) => r.id);
}

/**
 * One pass over the document grouping rows by their parent, for views and exports that walk
 * every risk. Lists are sorted by order. Build a new index after the document changes.
 */
export interface DocIndex {
  risks: Risk[];
  causeLinesByRisk: Map<string, CauseLine[]>;
  consequenceLinesByRisk: Map<string, ConsequenceLine[]>;
  placementsByPath: Map<string, Placement[]>;
  placementsByRisk: Map<string, Placement[]>;
  placementsByMeasure: Map<string, Placement[]>;
  factorsByPlacement: Map<string, EscalationFactor[]>;
  scoresByRisk: Map<string, Score[]>;
  /** Risk ids (register order) per cause / consequence / measure concept. */
  risksByCause: Map<string, string[]>;
  risksByConsequence: Map<string, string[]>;
  risksByMeasure: Map<string, string[]>;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Builds a DocIndex in time linear in the size of the document. */
export function indexDoc(doc: ProjectDoc): DocIndex {
  const risks = risksInOrder(doc);
  const rank = new Map(risks.map((r, i) => [r.id, i]));
  const causeLinesByRisk = new Map<string, CauseLine[]>();
  for (const line of sorted(Object.values(doc.riskCauses))) {
    const cause = doc.causes[line.causeId];
    if (cause) push(causeLinesByRisk, line.riskId, { line, cause });
  }
  const consequenceLinesByRisk = new Map<string, ConsequenceLine[]>();
  for (const line of sorted(Object.values(doc.riskConsequences))) {
    const consequence = doc.consequences[line.consequenceId];
    if (consequence) push(consequenceLinesByRisk, line.riskId, { line, consequence });
  }
  const placementsByPath = new Map<string, Placement[]>();
  const placementsByRisk = new Map<string, Placement[]>();
  const placementsByMeasure = new Map<string, Placement[]>();
  for (const p of sorted(Object.values(doc.placements))) {
    push(placementsByPath, p.pathId, p);
    push(placementsByRisk, p.riskId, p);
    push(placementsByMeasure, p.measureId, p);
  }
  const factorsByPlacement = new Map<string, EscalationFactor[]>();
  for (const f of sorted(Object.values(doc.escalationFactors))) push(factorsByPlacement, f.placementId, f);
  const scoresByRisk = new Map<string, Score[]>();
  for (const s of Object.values(doc.scores)) push(scoresByRisk, s.riskId, s);

  const usage = (pairs: Iterable<[string, string]>) => {
    const m = new Map<string, Set<string>>();
    for (const [concept, riskId] of pairs) {
      let s = m.get(concept);
      if (!s) m.set(concept, (s = new Set()));
      s.add(riskId);
    }
    const out = new Map<string, string[]>();
    for (const [k, s] of m) out.set(k, [...s].filter((id) => rank.has(id)).sort((a, b) => rank.get(a)! - rank.get(b)!));
    return out;
  };
  return {
    risks,
    causeLinesByRisk,
    consequenceLinesByRisk,
    placementsByPath,
    placementsByRisk,
    placementsByMeasure,
    factorsByPlacement,
    scoresByRisk,
    risksByCause: usage(Object.values(doc.riskCauses).map((l) => [l.causeId, l.riskId])),
    risksByConsequence: usage(Object.values(doc.riskConsequences).map((l) => [l.consequenceId, l.riskId])),
    risksByMeasure: usage(Object.values(doc.placements).map((p) => [p.measureId, p.riskId])),
  };
}
