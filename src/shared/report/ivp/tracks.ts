/**
 * The IVP orders the approach by preventie – zorg – repressie (partners.md, "Safety chain").
 * A measure's track follows from its safety-chain link, and only without one from the side of
 * the bow-tie it protects. The domain plays no part: a social-domain measure with chain link
 * preventie (an alcohol prevention programme) is preventie, not zorg.
 */
import type { Measure } from '../../model/entities.ts';
import type { ChainLink } from '../../model/vocab.ts';
import type { MeasureUse } from '../riskParts.ts';

export const TRACKS = ['prevention', 'care', 'repression'] as const;
export type Track = (typeof TRACKS)[number];

/** The track of each link of the safety chain: pro-actie, preventie and preparatie come before the event. */
const TRACK_OF_LINK: Record<ChainLink, Track> = {
  proaction: 'prevention',
  prevention: 'prevention',
  preparation: 'prevention',
  repression: 'repression',
  aftercare: 'care',
};

/**
 * By chain link (see TRACK_OF_LINK); a measure without one by side: one on a cause path is
 * preventie, one that only limits consequences repressie.
 */
export function trackOf(measure: Measure, use: Pick<MeasureUse, 'protects'>): Track {
  if (measure.chainLink) return TRACK_OF_LINK[measure.chainLink];
  return use.protects.has('left') ? 'prevention' : 'repression';
}

export type Action = 'keep' | 'strengthen' | 'carryOut' | 'add';

/** What the plan does with a measure: keep a good one, strengthen a weaker one, carry out a planned one, add a missing one. */
export function actionOf(measure: Measure): Action {
  if (measure.status === 'missing') return 'add';
  if (measure.status === 'planned') return 'carryOut';
  return measure.effectiveness === 'good' ? 'keep' : 'strengthen';
}
