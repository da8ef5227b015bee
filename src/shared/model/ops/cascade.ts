/**
 * Removal with cascade, shared by every delete operation. Removing a risk removes its lines,
 * placements, scores and overrides; removing a line (path) removes the placements on it;
 * removing a placement removes the escalation factors below it, and those take the placements
 * against them along. Cause, consequence and measure concepts are deleted when nothing uses them
 * any more; layout overrides of removed nodes go too; the surviving siblings are renumbered.
 *
 * Everything is collected first with a fixed number of passes over each table and then deleted,
 * so a cascade costs a few linear scans however much it removes.
 */
import type { ProjectDoc } from '../doc.ts';
import { byOrder } from './order.ts';
import { peek, rowsOf } from './read.ts';

/** What to remove; everything depending on it goes too. */
export interface CascadeRoots {
  risks?: Iterable<string>;
  /** riskCause and riskConsequence ids. */
  lines?: Iterable<string>;
  placements?: Iterable<string>;
  factors?: Iterable<string>;
}

/**
 * Removes `roots` and everything that depends on them. With `keepMeasures` the measure
 * concepts of removed placements stay even when unplaced (used when a measure is being deleted
 * or re-placed by the caller).
 */
export function cascade(doc: ProjectDoc, roots: CascadeRoots, at: string, opts: { keepMeasures?: boolean } = {}): void {
  const risks = new Set(roots.risks ?? []);
  const lineRoots = new Set(roots.lines ?? []);
  const causeLines = rowsOf(doc.riskCauses).filter((l) => lineRoots.has(l.id) || risks.has(l.riskId));
  const consequenceLines = rowsOf(doc.riskConsequences).filter((l) => lineRoots.has(l.id) || risks.has(l.riskId));
  const paths = new Set([...causeLines.map((l) => l.id), ...consequenceLines.map((l) => l.id), ...(roots.factors ?? [])]);
  const placements = new Set(roots.placements ?? []);
  const factors = new Set(roots.factors ?? []);

  // Placements on removed paths or risks; factors below removed placements; placements against
  // those factors — until nothing new turns up (factors are one level deep, so two rounds).
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of rowsOf(doc.placements)) {
      if (!placements.has(p.id) && (risks.has(p.riskId) || paths.has(p.pathId))) {
        placements.add(p.id);
        grew = true;
      }
    }
    for (const f of rowsOf(doc.escalationFactors)) {
      if (!factors.has(f.id) && placements.has(f.placementId)) {
        factors.add(f.id);
        paths.add(f.id);
        grew = true;
      }
    }
  }

  const touchedPaths = new Set<string>();
  const touchedParents = new Set<string>();
  const touchedRisks = { cause: new Set<string>(), consequence: new Set<string>() };
  const measureIds = new Set<string>();
  for (const id of placements) {
    const p = peek(doc.placements, id);
    if (!p) continue;
    touchedPaths.add(p.pathId);
    measureIds.add(p.measureId);
    delete doc.placements[id];
  }
  for (const id of factors) {
    const f = peek(doc.escalationFactors, id);
    if (!f) continue;
    touchedParents.add(f.placementId);
    delete doc.escalationFactors[id];
  }
  for (const l of causeLines) {
    touchedRisks.cause.add(l.riskId);
    delete doc.riskCauses[l.id];
  }
  for (const l of consequenceLines) {
    touchedRisks.consequence.add(l.riskId);
    delete doc.riskConsequences[l.id];
  }
  for (const s of rowsOf(doc.scores)) if (risks.has(s.riskId)) delete doc.scores[s.id];
  // A session's votes on a removed risk go with it; the session and its evidence series stay, no longer pointing at it.
  for (const v of rowsOf(doc.sessionVotes)) if (risks.has(v.riskId)) delete doc.sessionVotes[v.id];
  for (const s of rowsOf(doc.scoringSessions)) {
    if (!s.riskIds.some((id) => risks.has(id))) continue;
    const edit = doc.scoringSessions[s.id]!;
    edit.riskIds = s.riskIds.filter((id) => !risks.has(id));
    edit.updatedAt = at;
  }
  for (const e of rowsOf(doc.evidenceSeries)) {
    if (e.riskId === null || !risks.has(e.riskId)) continue;
    const edit = doc.evidenceSeries[e.id]!;
    edit.riskId = null;
    edit.updatedAt = at;
  }
  const nodes = new Set([...placements, ...factors, ...causeLines.map((l) => l.id), ...consequenceLines.map((l) => l.id)]);
  for (const o of rowsOf(doc.layoutOverrides)) {
    if (risks.has(o.riskId) || nodes.has(o.nodeKey.slice(o.nodeKey.lastIndexOf(':') + 1))) delete doc.layoutOverrides[o.id];
  }
  for (const id of risks) delete doc.risks[id];

  dropUnused(doc.causes, new Set(causeLines.map((l) => l.causeId)), rowsOf(doc.riskCauses).map((l) => l.causeId));
  dropUnused(doc.consequences, new Set(consequenceLines.map((l) => l.consequenceId)), rowsOf(doc.riskConsequences).map((l) => l.consequenceId));
  if (!opts.keepMeasures) dropUnused(doc.measures, measureIds, rowsOf(doc.placements).map((p) => p.measureId));

  renumberGroups(doc.placements, (p) => p.pathId, touchedPaths, at);
  renumberGroups(doc.escalationFactors, (f) => f.placementId, touchedParents, at);
  renumberGroups(doc.riskCauses, (l) => l.riskId, touchedRisks.cause, at);
  renumberGroups(doc.riskConsequences, (l) => l.riskId, touchedRisks.consequence, at);
  if (risks.size > 0) renumberGroups(doc.risks, () => '', new Set(['']), at);
}

/** Deletes the `candidates` of a concept table that no remaining row uses. */
function dropUnused(table: Record<string, unknown>, candidates: Set<string>, stillUsed: readonly string[]): void {
  if (candidates.size === 0) return;
  for (const id of stillUsed) candidates.delete(id);
  for (const id of candidates) delete table[id];
}

interface Ordered {
  id: string;
  order: number;
  updatedAt: string;
}

/** Renumbers densely, in one pass, the groups of `table` whose key is in `keys`. */
export function renumberGroups<R extends Ordered>(table: Record<string, R>, keyOf: (row: R) => string, keys: Set<string>, at: string): void {
  if (keys.size === 0) return;
  const groups = new Map<string, R[]>();
  for (const row of rowsOf(table)) {
    const k = keyOf(row);
    if (!keys.has(k)) continue;
    const g = groups.get(k);
    if (g) g.push(row);
    else groups.set(k, [row]);
  }
  for (const g of groups.values()) {
    g.sort(byOrder).forEach((row, i) => {
      if (row.order === i) return;
      const edit = table[row.id]!;
      edit.order = i;
      edit.updatedAt = at;
    });
  }
}
