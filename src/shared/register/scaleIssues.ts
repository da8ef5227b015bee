/**
 * What is wrong with a scales configuration before it is applied: empty or repeated class codes,
 * bands that overlap or leave scores uncovered, criteria with fewer than two options, a weighted
 * mean without weights. Messages are i18n keys with parameters.
 */
import type { MessageKey } from '../i18n/t.ts';
import type { Scales } from '../model/scalesSchema.ts';

export interface ScaleIssue {
  key: MessageKey;
  params: Record<string, string | number>;
}

export function scaleIssues(s: Scales): ScaleIssue[] {
  const out: ScaleIssue[] = [];
  for (const [name, classes] of [['likelihood', s.likelihood], ['impact', s.impact]] as const) {
    if (classes.length < 2) out.push({ key: 'scales.issue.tooFewClasses', params: { scale: name } });
    const codes = classes.map((c) => c.code.trim());
    if (codes.some((c) => c === '')) out.push({ key: 'scales.issue.emptyCode', params: { scale: name } });
    const dup = codes.find((c, i) => c !== '' && codes.indexOf(c) !== i);
    if (dup) out.push({ key: 'scales.issue.duplicateCode', params: { scale: name, code: dup } });
  }
  for (const b of s.bands) if (b.min > b.max) out.push({ key: 'scales.issue.bandRange', params: { band: b.label, min: b.min, max: b.max } });
  const maxScore = Math.max(0, ...s.likelihood.map((c) => c.value)) * Math.max(0, ...s.impact.map((c) => c.value));
  const scores = new Set<number>();
  for (const l of s.likelihood) for (const i of s.impact) scores.add(l.value * i.value);
  const uncovered = [...scores].filter((n) => !s.bands.some((b) => n >= b.min && n <= b.max)).sort((a, b) => a - b);
  if (uncovered.length > 0) out.push({ key: 'scales.issue.uncovered', params: { scores: uncovered.join(', '), max: maxScore } });
  const sorted = [...s.bands].sort((a, b) => a.min - b.min);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.min <= sorted[i - 1]!.max) out.push({ key: 'scales.issue.bandOverlap', params: { a: sorted[i - 1]!.label, b: sorted[i]!.label } });
  }
  for (const c of s.criteria) if (c.enabled && c.options.length < 2) out.push({ key: 'scales.issue.fewOptions', params: { criterion: c.label } });
  const dims = s.impactDimensions.filter((d) => d.enabled);
  if (s.impactCombine === 'weightedMean' && dims.length > 0 && dims.every((d) => d.weight <= 0)) out.push({ key: 'scales.issue.noWeights', params: {} });
  return out;
}
