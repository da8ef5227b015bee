/**
 * Changing a scale never silently corrupts scores. When a scale keeps its number of classes
 * (e.g. 1–5 ↔ A–E) every score keeps its class, one to one. When the number of classes changes,
 * the scores on that scale can be converted proportionally (class 4 of 5 → class 3 of 4 …) or
 * left as they are — then the ones off the new scale are flagged for review in the register
 * (`RegisterRow.outOfRange`) until someone scores them again.
 */
import type { ProjectDoc } from '../model/doc.ts';
import { updateProject } from '../model/ops/project.ts';
import type { Scales } from '../model/scalesSchema.ts';

export interface ScoreConversion {
  scoreId: string;
  riskId: string;
  criterion: string;
  from: number;
  to: number;
}

export interface ScaleChangePlan {
  /** What "convert" would change. Empty when every scale keeps its number of classes. */
  conversions: ScoreConversion[];
  /** Scores that would be off the new scale if they are kept as they are. */
  offScale: number;
}

/** The ordered values of a criterion's scale, or null for an unknown criterion. */
function valuesOf(scales: Scales, criterion: string): number[] | null {
  const sorted = (list: { value: number }[]) => list.map((c) => c.value).sort((a, b) => a - b);
  if (criterion === 'likelihood' || criterion === 'residual.likelihood') return sorted(scales.likelihood);
  if (criterion === 'impact' || criterion === 'residual.impact') return sorted(scales.impact);
  if (criterion.startsWith('impact.')) return scales.impactDimensions.some((d) => `impact.${d.id}` === criterion) ? sorted(scales.impact) : null;
  const extra = scales.criteria.find((c) => c.id === criterion);
  return extra ? extra.options.map((_, i) => i + 1) : null;
}

/** Maps position i of n onto m positions, keeping both ends: 1→1, n→m. */
function rescale(index: number, n: number, m: number): number {
  if (n <= 1 || m <= 1) return 0;
  return Math.round((index * (m - 1)) / (n - 1));
}

/** What replacing the project's scales by `next` does to the existing scores. Pure. */
export function planScaleChange(doc: ProjectDoc, next: Scales): ScaleChangePlan {
  const conversions: ScoreConversion[] = [];
  let offScale = 0;
  const cache = new Map<string, [number[] | null, number[] | null]>();
  for (const s of Object.values(doc.scores)) {
    let pair = cache.get(s.criterion);
    if (!pair) cache.set(s.criterion, (pair = [valuesOf(doc.project.scales, s.criterion), valuesOf(next, s.criterion)]));
    const [before, after] = pair;
    if (!after) continue;
    if (!after.includes(s.value)) offScale++;
    if (!before || before.length === after.length) continue;
    const i = before.indexOf(s.value);
    if (i < 0) continue;
    const to = after[rescale(i, before.length, after.length)]!;
    if (to !== s.value) conversions.push({ scoreId: s.id, riskId: s.riskId, criterion: s.criterion, from: s.value, to });
  }
  return { conversions, offScale };
}

/**
 * Replaces the project's scales by `next` (on a draft). With `convert`, scores on a scale whose
 * number of classes changed are rescaled; otherwise they are kept and flagged when off-scale.
 * Returns the number of converted scores.
 */
export function applyScaleChange(doc: ProjectDoc, next: Scales, mode: 'convert' | 'keep'): number {
  const plan = planScaleChange(doc, next);
  updateProject(doc, { scales: next });
  if (mode === 'keep') return 0;
  const at = doc.project.updatedAt;
  for (const c of plan.conversions) {
    const score = doc.scores[c.scoreId];
    if (!score) continue;
    score.value = c.to;
    score.updatedAt = at;
  }
  return plan.conversions.length;
}
