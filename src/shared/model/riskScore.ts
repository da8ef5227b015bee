/**
 * A risk's likelihood, impact, score and band from its scores (shared/domain/scales.md).
 *
 * - The agreed score has an empty `session`; workshop sessions may hold others. Per criterion the
 *   agreed score wins, otherwise the most recently updated one.
 * - Impact: with impact dimensions enabled, the dimensions' scores (`impact.<dimensionId>`) are
 *   combined by the project's rule — the maximum, or the mean weighted by each dimension's
 *   weight — and rounded to the nearest class (halves up), so a risk's band is always the band
 *   of the matrix cell it sits in. Without dimension scores the plain `impact` score is used.
 * - Values are clamped into the scale's classes, so a scale shortened later still shows every
 *   risk (at its edge) instead of losing it.
 */
import type { ProjectDoc } from './doc.ts';
import type { Score } from './entities.ts';
import type { Band, ScaleClass, Scales } from './scalesSchema.ts';

export interface RiskScore {
  /** Class value of the likelihood (1..n). */
  likelihood: number;
  /** Class value of the impact (1..n), combined over dimensions when enabled. */
  impact: number;
  /** likelihood × impact */
  score: number;
  /** The band the score falls in, or null when no band covers it. */
  band: Band | null;
}

/** Scores of one risk by criterion, the chosen one per criterion. */
export type ScoresByCriterion = Map<string, number>;

/** Picks per criterion the agreed (session '') score, else the latest. Pass all of a risk's scores. */
export function pickScores(scores: Iterable<Score>): ScoresByCriterion {
  const best = new Map<string, Score>();
  for (const sc of scores) {
    const cur = best.get(sc.criterion);
    if (!cur || rank(sc) > rank(cur) || (rank(sc) === rank(cur) && (sc.updatedAt > cur.updatedAt || (sc.updatedAt === cur.updatedAt && sc.id > cur.id)))) {
      best.set(sc.criterion, sc);
    }
  }
  return new Map([...best].map(([k, v]) => [k, v.value]));
}

const rank = (s: Score): number => (s.session === '' ? 1 : 0);

function clampClass(value: number, classes: readonly ScaleClass[]): number | null {
  if (classes.length === 0 || !Number.isFinite(value)) return null;
  let lo = Infinity;
  let hi = -Infinity;
  for (const c of classes) {
    lo = Math.min(lo, c.value);
    hi = Math.max(hi, c.value);
  }
  return Math.min(hi, Math.max(lo, Math.floor(value + 0.5)));
}

/** The combined impact value before rounding, or null when not scored. */
function rawImpact(picked: ScoresByCriterion, scales: Scales): number | null {
  const dims = scales.impactDimensions.filter((d) => d.enabled && picked.has(`impact.${d.id}`));
  if (dims.length === 0) return picked.get('impact') ?? null;
  const values = dims.map((d) => picked.get(`impact.${d.id}`)!);
  if (scales.impactCombine === 'max') return Math.max(...values);
  const total = dims.reduce((sum, d) => sum + d.weight, 0);
  if (total <= 0) return values.reduce((a, b) => a + b, 0) / values.length;
  return dims.reduce((sum, d, i) => sum + d.weight * values[i]!, 0) / total;
}

/** The band covering `score`, the first one listed when bands overlap. */
export function bandFor(score: number, scales: Scales): Band | null {
  return scales.bands.find((b) => score >= b.min && score <= b.max) ?? null;
}

/** Likelihood, impact, score and band from already picked scores; null when either is missing. */
export function scoreFrom(picked: ScoresByCriterion, scales: Scales): RiskScore | null {
  const l = picked.get('likelihood');
  const i = rawImpact(picked, scales);
  if (l === undefined || i === null) return null;
  const likelihood = clampClass(l, scales.likelihood);
  const impact = clampClass(i, scales.impact);
  if (likelihood === null || impact === null) return null;
  const score = likelihood * impact;
  return { likelihood, impact, score, band: bandFor(score, scales) };
}

/** The risk's scores, or null when it has no likelihood or no impact yet. */
export function riskScores(doc: ProjectDoc, riskId: string): RiskScore | null {
  return scoreFrom(pickScores(Object.values(doc.scores).filter((s) => s.riskId === riskId)), doc.project.scales);
}

/** Every risk's scores in one pass over the scores table (for the matrix and the register). */
export function allRiskScores(doc: ProjectDoc): Map<string, RiskScore | null> {
  const byRisk = new Map<string, Score[]>();
  for (const s of Object.values(doc.scores)) {
    const list = byRisk.get(s.riskId);
    if (list) list.push(s);
    else byRisk.set(s.riskId, [s]);
  }
  const out = new Map<string, RiskScore | null>();
  for (const id of Object.keys(doc.risks)) out.set(id, scoreFrom(pickScores(byRisk.get(id) ?? []), doc.project.scales));
  return out;
}
