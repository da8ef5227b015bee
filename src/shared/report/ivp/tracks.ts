/**
 * The IVP orders the approach by preventie – zorg – repressie (partners.md, "Safety chain").
 * A measure's track follows from its safety-chain link and domain, and otherwise from the side
 * of the bow-tie it protects.
 */
import type { Measure } from '../../model/entities.ts';
import type { MeasureUse } from '../riskParts.ts';

export const TRACKS = ['prevention', 'care', 'repression'] as const;
export type Track = (typeof TRACKS)[number];

/**
 * repressie: chain link repressie · zorg: chain link nazorg, or the social domain ·
 * preventie: chain link pro-actie, preventie or preparatie · otherwise by side: preventive
 * measures are preventie, limiting ones repressie.
 */
export function trackOf(measure: Measure, use: Pick<MeasureUse, 'protects'>): Track {
  if (measure.chainLink === 'repression') return 'repression';
  if (measure.chainLink === 'aftercare' || measure.domain === 'social') return 'care';
  if (measure.chainLink === 'proaction' || measure.chainLink === 'prevention' || measure.chainLink === 'preparation') return 'prevention';
  return use.protects.has('left') ? 'prevention' : 'repression';
}

export type Action = 'keep' | 'strengthen' | 'carryOut' | 'add';

/** What the plan does with a measure: keep a good one, strengthen a weaker one, carry out a planned one, add a missing one. */
export function actionOf(measure: Measure): Action {
  if (measure.status === 'missing') return 'add';
  if (measure.status === 'planned') return 'carryOut';
  return measure.effectiveness === 'good' ? 'keep' : 'strengthen';
}
