/** Operations on the IVP indicators of a risk ("Hoe meten we het?"). */
import { because, CheckError, c } from '../check.ts';
import type { ProjectDoc } from '../doc.ts';
import { indicatorCheck, type Indicator } from '../entities.ts';
import { checkIndex, checkPatch, need, type InputOf } from './guard.ts';
import { freshId, now, touchProject } from './stamp.ts';

const f = indicatorCheck.shape;
const addInput = c.object({
  indicator: f.indicator,
  source: c.optional(f.source),
  baseline: c.optional(f.baseline),
  baselineYear: c.optional(f.baselineYear),
  target: c.optional(f.target),
  measureMoment: c.optional(f.measureMoment),
  index: c.optional(c.int({ min: 0 })),
});
export type AddIndicatorInput = InputOf<typeof addInput>;

const EDITABLE = ['indicator', 'source', 'baseline', 'baselineYear', 'target', 'measureMoment'] as const;
export type IndicatorPatch = Partial<Pick<Indicator, (typeof EDITABLE)[number]>>;

function position(list: readonly Indicator[], indicatorId: string): number {
  const i = list.findIndex((x) => x.id === indicatorId);
  if (i < 0) throw new CheckError('indicatorId', because('check.unknownIndicator'));
  return i;
}

/** Adds an indicator (indicator, bron, nulmeting, streefwaarde, meetmoment) to a risk; returns its id. */
export function addIndicator(doc: ProjectDoc, riskId: string, input: AddIndicatorInput): string {
  const risk = need(doc, 'risks', riskId, 'riskId');
  const v = addInput(input, 'indicator');
  if (risk.indicators.length >= 100) throw new CheckError('indicator', because('check.maxIndicators'));
  const at = now();
  const id = freshId();
  const row: Indicator = { id, indicator: v.indicator, source: v.source ?? '', baseline: v.baseline ?? '', baselineYear: v.baselineYear ?? null, target: v.target ?? '', measureMoment: v.measureMoment ?? '' };
  risk.indicators.splice(Math.min(v.index ?? risk.indicators.length, risk.indicators.length), 0, row);
  risk.updatedAt = at;
  touchProject(doc, at);
  return id;
}

/** Edits one indicator of a risk. */
export function updateIndicator(doc: ProjectDoc, riskId: string, indicatorId: string, patch: IndicatorPatch): void {
  const risk = need(doc, 'risks', riskId, 'riskId');
  const ind = risk.indicators[position(risk.indicators, indicatorId)]!;
  const p = checkPatch(f, EDITABLE, patch);
  let changed = false;
  for (const [k, v] of Object.entries(p) as [keyof IndicatorPatch, never][]) {
    if (ind[k] !== v) {
      ind[k] = v;
      changed = true;
    }
  }
  if (!changed) return;
  const at = now();
  risk.updatedAt = at;
  touchProject(doc, at);
}

/** Removes one indicator of a risk. */
export function removeIndicator(doc: ProjectDoc, riskId: string, indicatorId: string): void {
  const risk = need(doc, 'risks', riskId, 'riskId');
  risk.indicators.splice(position(risk.indicators, indicatorId), 1);
  const at = now();
  risk.updatedAt = at;
  touchProject(doc, at);
}

/** Moves an indicator to `index` in the list of its risk. */
export function moveIndicator(doc: ProjectDoc, riskId: string, indicatorId: string, index: number): void {
  const risk = need(doc, 'risks', riskId, 'riskId');
  const from = position(risk.indicators, indicatorId);
  const to = Math.min(checkIndex(index) ?? Number.MAX_SAFE_INTEGER, risk.indicators.length - 1);
  if (from === to) return;
  const [ind] = risk.indicators.splice(from, 1);
  risk.indicators.splice(to, 0, ind!);
  const at = now();
  risk.updatedAt = at;
  touchProject(doc, at);
}
