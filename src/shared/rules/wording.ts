/**
 * Wording rules T1–T9 (shared/domain/bowtie-rules.md): heuristics on labels, Dutch and English.
 * They only inform; a facilitator decides.
 */
import { finding, type Finding } from './finding.ts';
import { ACTIVITY, DAMAGE_TYPE, DISASTER, FAILING_MEASURE, FILLER, GENERIC_MEASURE, HUMAN_ERROR, INCIDENT, REASON, VAGUE_EVENT } from './keywords.ts';
import type { RiskView } from './riskView.ts';

/** Lower-case words of a label (letters and digits, any script). */
export function wordsOf(label: string): string[] {
  return label.toLocaleLowerCase('nl').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** The first trigger (word or phrase) that occurs in `words` as whole words, or null. */
export function trigger(words: readonly string[], phrases: readonly string[]): string | null {
  const text = ` ${words.join(' ')} `;
  return phrases.find((p) => text.includes(` ${p} `)) ?? null;
}

const FILLERS = new Set(FILLER);
/** Whether the label says nothing but one of `list` (apart from articles and vague adjectives). */
export function alone(words: readonly string[], list: readonly string[]): boolean {
  const rest = words.filter((w) => !FILLERS.has(w));
  if (rest.length === 0) return false;
  if (list.includes(rest.join(' ')) || list.includes(words.join(' '))) return true;
  const single = new Set(list.filter((x) => !x.includes(' ')));
  return rest.every((w) => single.has(w));
}

/** T9 limits: a label is a short noun phrase of 2 to about 15 words. */
export const MIN_WORDS = 2;
export const MAX_WORDS = 15;

function length(label: string, make: (key: 'rule.T9.short' | 'rule.T9.long', words: number) => Finding): Finding[] {
  const n = label.trim() ? label.trim().split(/\s+/).length : 0;
  if (n === 0) return [];
  if (n < MIN_WORDS) return [make('rule.T9.short', n)];
  if (n > MAX_WORDS) return [make('rule.T9.long', n)];
  return [];
}

/** All wording findings of one risk's bow-tie. */
export function checkWording(v: RiskView): Finding[] {
  const out: Finding[] = [];
  const { risk } = v;
  const hazard = wordsOf(risk.hazard);
  if (trigger(hazard, INCIDENT)) out.push(finding('T7', 'risks', risk.id, 'rule.T7', { label: risk.hazard }));
  const event = wordsOf(risk.centralEvent);
  if (alone(event, VAGUE_EVENT) || trigger(event, DISASTER)) out.push(finding('T6', 'risks', risk.id, 'rule.T6', { label: risk.centralEvent }));
  out.push(...length(risk.hazard, (key, words) => finding('T9', 'risks', risk.id, key, { label: risk.hazard, words }, 'hazard')));
  out.push(...length(risk.centralEvent, (key, words) => finding('T9', 'risks', risk.id, key, { label: risk.centralEvent, words }, 'event')));

  for (const { line, cause } of v.causes) {
    const w = wordsOf(cause.label);
    if (trigger(w, HUMAN_ERROR)) out.push(finding('T4', 'riskCauses', line.id, 'rule.T4', { label: cause.label }));
    else if (trigger(w, FAILING_MEASURE)) out.push(finding('T1', 'riskCauses', line.id, 'rule.T1', { label: cause.label }));
    out.push(...length(cause.label, (key, words) => finding('T9', 'riskCauses', line.id, key, { label: cause.label, words })));
  }
  for (const { line, consequence } of v.consequences) {
    if (alone(wordsOf(consequence.label), DAMAGE_TYPE)) out.push(finding('T5', 'riskConsequences', line.id, 'rule.T5', { label: consequence.label }));
    out.push(...length(consequence.label, (key, words) => finding('T9', 'riskConsequences', line.id, key, { label: consequence.label, words })));
  }
  const seen = new Set<string>();
  for (const { placement, measure } of v.placements) {
    if (seen.has(measure.id)) continue;
    seen.add(measure.id);
    const w = wordsOf(measure.label);
    if (alone(w, GENERIC_MEASURE)) out.push(finding('T3', 'placements', placement.id, 'rule.T3', { label: measure.label }));
    else if (trigger(w, ACTIVITY)) out.push(finding('T2', 'placements', placement.id, 'rule.T2', { label: measure.label }));
    out.push(...length(measure.label, (key, words) => finding('T9', 'placements', placement.id, key, { label: measure.label, words })));
  }
  for (const { factor } of v.factors) {
    if (factor.label.trim() && !trigger(wordsOf(factor.label), REASON)) out.push(finding('T8', 'escalationFactors', factor.id, 'rule.T8', { label: factor.label }));
    out.push(...length(factor.label, (key, words) => finding('T9', 'escalationFactors', factor.id, key, { label: factor.label, words })));
  }
  return out;
}
